import { describe, expect, it } from 'vitest';
import { creatorsListPath, creatorsQuery, platformFromSearch } from './platform-filter';

describe('the creators list platform filter', () => {
  it('reads the platform from the address in any letter case', () => {
    expect(platformFromSearch(new URLSearchParams('platform=youtube'))).toBe('YOUTUBE');
    expect(platformFromSearch(new URLSearchParams('platform=Instagram'))).toBe('INSTAGRAM');
    expect(platformFromSearch(new URLSearchParams('platform=TIKTOK'))).toBe('TIKTOK');
  });

  it('lists every platform when the address names none it knows', () => {
    expect(platformFromSearch(new URLSearchParams(''))).toBeNull();
    expect(platformFromSearch(new URLSearchParams('platform='))).toBeNull();
    expect(platformFromSearch(new URLSearchParams('platform=myspace'))).toBeNull();
    expect(platformFromSearch(new URLSearchParams('platform=you tube'))).toBeNull();
  });

  it('writes the filter into the address, lowercase, and leaves it out for every platform', () => {
    expect(creatorsListPath('YOUTUBE')).toBe('/creators?platform=youtube');
    expect(creatorsListPath('INSTAGRAM')).toBe('/creators?platform=instagram');
    expect(creatorsListPath(null)).toBe('/creators');
  });

  it('asks the API for one platform as it spells them, or for all', () => {
    expect(creatorsQuery('TIKTOK')).toEqual({ platform: 'TIKTOK' });
    expect(creatorsQuery(null)).toEqual({});
  });
});
