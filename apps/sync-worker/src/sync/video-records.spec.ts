import type { PlatformMedia } from '@tally/platform-kit';
import { videoRecords } from './video-records.js';

function media(externalId: string, overrides: Partial<PlatformMedia> = {}): PlatformMedia {
  return {
    externalId,
    title: null,
    description: null,
    permalink: null,
    thumbnailUrl: null,
    publishedAt: null,
    durationSeconds: null,
    views: null,
    likes: null,
    comments: null,
    shares: null,
    platformData: {},
    ...overrides,
  };
}

describe('videoRecords', () => {
  const seenAt = new Date('2026-11-24T12:00:00Z');

  it('maps each media to a row, keeping a 19-digit id as a string', () => {
    const [record] = videoRecords(
      [
        media('7300000000000000001', {
          title: 'Bread',
          views: 12,
          publishedAt: new Date(1_700_000_000_000),
        }),
      ],
      seenAt,
    );

    expect(record).toMatchObject({
      externalId: '7300000000000000001',
      title: 'Bread',
      views: 12,
      publishedAt: new Date(1_700_000_000_000),
    });
  });

  it('dates a media the platform gave no date when it was first seen', () => {
    const [record] = videoRecords([media('17895695668004550')], seenAt);

    expect(record?.publishedAt).toEqual(seenAt);
  });

  it('keeps a media listed twice in one page once', () => {
    const records = videoRecords(
      [media('7300000000000000001'), media('7300000000000000002'), media('7300000000000000001')],
      seenAt,
    );

    expect(records.map((record) => record.externalId)).toEqual([
      '7300000000000000001',
      '7300000000000000002',
    ]);
  });
});
