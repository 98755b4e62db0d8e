import { videoRecords } from './video-records.js';

describe('videoRecords', () => {
  const seenAt = new Date('2026-11-24T12:00:00Z');

  it('maps each video, keeping its 19-digit id as a string and its create_time as a date', () => {
    const [record] = videoRecords(
      [{ id: '7300000000000000001', create_time: 1_700_000_000, title: 'Bread', view_count: 12 }],
      seenAt,
    );

    expect(record).toMatchObject({
      externalId: '7300000000000000001',
      title: 'Bread',
      views: 12,
      publishedAt: new Date(1_700_000_000_000),
    });
  });

  it('keeps a video listed twice in one page once', () => {
    const records = videoRecords(
      [{ id: '7300000000000000001' }, { id: '7300000000000000002' }, { id: '7300000000000000001' }],
      seenAt,
    );

    expect(records.map((record) => record.externalId)).toEqual([
      '7300000000000000001',
      '7300000000000000002',
    ]);
  });
});
