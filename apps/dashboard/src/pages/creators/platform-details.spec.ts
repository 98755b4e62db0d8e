import { describe, expect, it } from 'vitest';
import type { CreatorProfile } from '../../api/types';
import { formatDate } from '../../lib/format';
import { httpUrl, platformDetails, profileLink } from './platform-details';

type Creator = Pick<
  CreatorProfile,
  'platform' | 'platformData' | 'profileUrl' | 'username' | 'externalId'
>;

function creator(overrides: Partial<Creator>): Creator {
  return {
    platform: 'TIKTOK',
    platformData: {},
    profileUrl: null,
    username: 'ada',
    externalId: 'ext-1',
    ...overrides,
  };
}

describe('platformDetails', () => {
  it("labels Instagram's account type and links its website", () => {
    expect(
      platformDetails(
        creator({
          platform: 'INSTAGRAM',
          platformData: { accountType: 'MEDIA_CREATOR', website: 'https://ada.example/' },
        }),
      ),
    ).toEqual([
      { label: 'Account type', text: 'Creator' },
      { label: 'Website', text: 'ada.example', href: 'https://ada.example/' },
    ]);
    expect(
      platformDetails(
        creator({ platform: 'INSTAGRAM', platformData: { accountType: 'BUSINESS' } }),
      ),
    ).toEqual([{ label: 'Account type', text: 'Business' }]);
    expect(
      platformDetails(
        creator({ platform: 'INSTAGRAM', platformData: { accountType: 'NEW_KIND_OF_ACCOUNT' } }),
      ),
    ).toEqual([{ label: 'Account type', text: 'New kind of account' }]);
  });

  it('never makes a link of a website that is not a web page', () => {
    expect(
      platformDetails(
        creator({ platform: 'INSTAGRAM', platformData: { website: 'javascript:alert(1)' } }),
      ),
    ).toEqual([{ label: 'Website', text: 'javascript:alert(1)' }]);
  });

  it("labels YouTube's handle, country, creation date and hidden subscribers", () => {
    expect(
      platformDetails(
        creator({
          platform: 'YOUTUBE',
          platformData: {
            uploadsPlaylistId: 'UU123',
            customUrl: '@natgeo',
            publishedAt: '2006-05-01T12:00:00Z',
            hiddenSubscriberCount: true,
            country: 'gb',
          },
        }),
      ),
    ).toEqual([
      { label: 'Channel handle', text: '@natgeo' },
      { label: 'Country', text: 'United Kingdom' },
      { label: 'Channel created', text: formatDate('2006-05-01T12:00:00Z') },
      { label: 'Subscribers', text: 'Hidden by the channel' },
    ]);
  });

  it('leaves out what the platform left out or sent in a shape it should not have', () => {
    expect(
      platformDetails(
        creator({
          platform: 'YOUTUBE',
          platformData: {
            customUrl: null,
            publishedAt: 'not a date',
            hiddenSubscriberCount: false,
            country: 42,
          },
        }),
      ),
    ).toEqual([]);
    expect(platformDetails(creator({ platform: 'TIKTOK' }))).toEqual([]);
  });

  it('adds the @ to a legacy custom URL', () => {
    expect(
      platformDetails(creator({ platform: 'YOUTUBE', platformData: { customUrl: 'natgeo' } })),
    ).toEqual([{ label: 'Channel handle', text: '@natgeo' }]);
  });
});

describe('profileLink', () => {
  it("prefers the API's profile address", () => {
    expect(
      profileLink(creator({ platform: 'YOUTUBE', profileUrl: 'https://youtube.example/c/1' })),
    ).toEqual({ href: 'https://youtube.example/c/1', label: 'Profile on YouTube' });
  });

  it("makes one from the username, the handle or the channel's id", () => {
    expect(profileLink(creator({ platform: 'TIKTOK', username: 'ada.dances' }))?.href).toBe(
      'https://www.tiktok.com/@ada.dances',
    );
    expect(profileLink(creator({ platform: 'INSTAGRAM', username: 'natgeo' }))?.href).toBe(
      'https://www.instagram.com/natgeo/',
    );
    expect(
      profileLink(creator({ platform: 'YOUTUBE', platformData: { customUrl: '@natgeo' } }))?.href,
    ).toBe('https://www.youtube.com/@natgeo');
    expect(profileLink(creator({ platform: 'YOUTUBE', externalId: 'UC123' }))?.href).toBe(
      'https://www.youtube.com/channel/UC123',
    );
    expect(profileLink(creator({ platform: 'INSTAGRAM', username: null }))).toBeNull();
  });

  it('ignores a profile address that is not a web page', () => {
    expect(
      profileLink(creator({ platform: 'TIKTOK', profileUrl: 'javascript:alert(1)' }))?.href,
    ).toBe('https://www.tiktok.com/@ada');
  });
});

describe('httpUrl', () => {
  it('takes http and https addresses only', () => {
    expect(httpUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(httpUrl('http://a.example')).toBe('http://a.example/');
    expect(httpUrl('ftp://a.example')).toBeNull();
    expect(httpUrl('not a url')).toBeNull();
    expect(httpUrl(null)).toBeNull();
  });
});
