import { parseWithSchema } from '../messaging/schema-input.js';
import { StartConnectInputSchema } from './connect-messages.js';
import {
  ListCreatorsQuerySchema,
  SearchResourcesInputSchema,
  StatsHistoryQuerySchema,
} from './creator-messages.js';
import { refusalOf } from '../../test/support/refusal.js';

const failureOf = refusalOf;

const lookup = { type: 'account', identifier: '@maya' };

describe('ListCreatorsQuerySchema', () => {
  it.each(['tiktok', 'TikTok', 'TIKTOK'])('takes the platform %s in uppercase', (platform) => {
    expect(parseWithSchema(ListCreatorsQuerySchema, { platform }).platform).toBe('TIKTOK');
  });

  it.each(['myspace', ' tiktok', 'tiktok ', 'tıktok', ''])(
    'refuses the platform %j, naming the allowed ones',
    (platform) => {
      const failure = failureOf(ListCreatorsQuerySchema, { platform });

      expect(failure.code).toBe('validation_failed');
      expect(failure.details).toEqual([
        {
          field: 'platform',
          reason: 'platform must be one of: TIKTOK, INSTAGRAM, YOUTUBE (in any letter case)',
        },
      ]);
    },
  );

  it.each([
    ['instagram', 'INSTAGRAM'],
    ['YouTube', 'YOUTUBE'],
  ])('takes %s, a platform that has opened, in uppercase', (platform, expected) => {
    expect(parseWithSchema(ListCreatorsQuerySchema, { platform }).platform).toBe(expected);
  });

  it('reads the page size from the query text', () => {
    expect(parseWithSchema(ListCreatorsQuerySchema, { limit: '5' })).toEqual({ limit: 5 });
    expect(failureOf(ListCreatorsQuerySchema, { limit: '101' }).details).toEqual([
      { field: 'limit', reason: 'limit must be from 1 to 100' },
    ]);
  });
});

describe('StatsHistoryQuerySchema', () => {
  it('takes dates and date-times, and a limit from the query text', () => {
    const query = { from: '2025-01-01', to: '2025-01-31T00:00:00Z', limit: '5' };

    expect(parseWithSchema(StatsHistoryQuerySchema, query)).toEqual({ ...query, limit: 5 });
  });

  it.each(['yesterday', '2025-02-30', '2025-01-01T25:00:00Z', '2026-W01'])(
    'refuses %j as a date',
    (from) => {
      expect(failureOf(StatsHistoryQuerySchema, { from }).details).toEqual([
        { field: 'from', reason: 'from must be an ISO 8601 date or date-time' },
      ]);
    },
  );
});

describe('StartConnectInputSchema', () => {
  it('takes nothing, or an http(s) page and the customer’s own id', () => {
    expect(parseWithSchema(StartConnectInputSchema, {})).toEqual({});
    const input = { redirectUrl: 'http://localhost:3000/done', externalUserId: 'user 42' };
    expect(parseWithSchema(StartConnectInputSchema, input)).toEqual(input);
  });

  it.each(['javascript:alert(1)', 'ftp://example.com/', '//evil.example', '/relative', 'http:x'])(
    'refuses %j as a redirect URL',
    (redirectUrl) => {
      expect(failureOf(StartConnectInputSchema, { redirectUrl }).details).toEqual([
        { field: 'redirectUrl', reason: 'redirectUrl must be an http(s) URL' },
      ]);
    },
  );

  it('refuses an external id that is not printable ASCII', () => {
    expect(failureOf(StartConnectInputSchema, { externalUserId: 'naïve' }).details).toEqual([
      { field: 'externalUserId', reason: 'externalUserId must be printable ASCII' },
    ]);
  });
});

describe('SearchResourcesInputSchema', () => {
  it('counts an empty list in words', () => {
    expect(failureOf(SearchResourcesInputSchema, { resources: [] }).details).toEqual([
      { field: 'resources', reason: 'resources must contain 1 to 50 resources' },
    ]);
  });

  it('takes every lookup’s platform in uppercase', () => {
    const input = parseWithSchema(SearchResourcesInputSchema, {
      resources: [
        { ...lookup, platform: 'tiktok' },
        { ...lookup, platform: 'TIKTOK' },
      ],
    });

    expect(input.resources.map((item) => item.platform)).toEqual(['TIKTOK', 'TIKTOK']);
  });

  it('takes a lookup on every platform', () => {
    const input = parseWithSchema(SearchResourcesInputSchema, {
      resources: [
        { ...lookup, platform: 'tiktok' },
        { ...lookup, platform: 'Instagram' },
        { ...lookup, platform: 'YouTube' },
      ],
    });

    expect(input.resources.map((item) => item.platform)).toEqual([
      'TIKTOK',
      'INSTAGRAM',
      'YOUTUBE',
    ]);
  });

  it('names the lookup whose platform is unknown', () => {
    const failure = failureOf(SearchResourcesInputSchema, {
      resources: [
        { ...lookup, platform: 'tiktok' },
        { ...lookup, platform: 'myspace' },
      ],
    });

    expect(failure.code).toBe('validation_failed');
    expect(failure.details).toEqual([
      {
        field: 'resources[1].platform',
        reason:
          'resources[1].platform must be one of: TIKTOK, INSTAGRAM, YOUTUBE (in any letter case)',
      },
    ]);
  });

  it('says a lookup needs a platform, naming the allowed ones', () => {
    expect(failureOf(SearchResourcesInputSchema, { resources: [lookup] }).details).toEqual([
      {
        field: 'resources[0].platform',
        reason: 'resources[0].platform is required and must be one of: TIKTOK, INSTAGRAM, YOUTUBE',
      },
    ]);
  });

  it('names a field inside a list element by its position', () => {
    const item = { ...lookup, platform: 'tiktok' };
    const failure = failureOf(SearchResourcesInputSchema, {
      resources: [item, { ...item, 7: true }, 'x'],
    });

    expect(failure.details).toEqual([
      { field: 'resources[1].7', reason: 'resources[1].7 is not a known field' },
      { field: 'resources[2]', reason: 'resources[2] must be an object' },
    ]);
  });
});
