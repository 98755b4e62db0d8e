import { channelLookupKey, channelLookupOf, videoIdOf } from './youtube-identifiers.js';

const CHANNEL = 'UC_x5XG1OV2P6uZZ5FSM9Ttw';

describe('channelLookupOf', () => {
  it.each([
    [CHANNEL, { id: CHANNEL }],
    ['@GoogleDevelopers', { handle: 'googledevelopers' }],
    ['googledevelopers', { handle: 'googledevelopers' }],
    ['https://www.youtube.com/@GoogleDevelopers', { handle: 'googledevelopers' }],
    ['youtube.com/@googledevelopers/videos', { handle: 'googledevelopers' }],
    [`https://m.youtube.com/channel/${CHANNEL}`, { id: CHANNEL }],
    [`  ${CHANNEL}  `, { id: CHANNEL }],
  ])('reads %s', (identifier, expected) => {
    expect(channelLookupOf(identifier)).toEqual(expected);
  });

  it.each([
    'https://www.youtube.com/c/GoogleDevelopers',
    'https://www.youtube.com/user/GoogleDevelopers',
    'https://example.com/@googledevelopers',
    'https://youtu.be/dQw4w9WgXcQ',
    'ab',
    'not a handle',
    '@',
  ])('refuses %s, which names no channel one lookup can find', (identifier) => {
    expect(channelLookupOf(identifier)).toBeNull();
  });

  it('keys the same channel alike however it was spelled', () => {
    expect(channelLookupKey(channelLookupOf('@GoogleDevelopers')!)).toBe(
      channelLookupKey(channelLookupOf('https://youtube.com/@googledevelopers')!),
    );
  });
});

describe('videoIdOf', () => {
  it.each([
    'dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    'youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ?si=abc',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube.com/live/dQw4w9WgXcQ',
  ])('reads %s', (identifier) => {
    expect(videoIdOf(identifier)).toBe('dQw4w9WgXcQ');
  });

  it.each([
    'dQw4w9WgXc',
    'https://www.youtube.com/watch?v=short',
    'https://vimeo.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/@handle',
    '7300000000000000001',
  ])('refuses %s', (identifier) => {
    expect(videoIdOf(identifier)).toBeNull();
  });
});
