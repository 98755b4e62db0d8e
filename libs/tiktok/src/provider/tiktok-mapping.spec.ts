import { grantedProfileFields, TIKTOK_PROFILE_FIELDS } from './tiktok-mapping.js';

describe('grantedProfileFields', () => {
  it('asks for every profile field when the creator granted every scope', () => {
    const scopes = ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.list'];

    expect(grantedProfileFields(scopes)).toEqual([...TIKTOK_PROFILE_FIELDS]);
  });

  it('leaves out the fields of scopes the creator refused', () => {
    const fields = grantedProfileFields(['user.info.basic', 'video.list']);

    expect(fields).toEqual(['open_id', 'avatar_url', 'display_name']);
  });

  it('asks for every field when no scopes were recorded', () => {
    expect(grantedProfileFields([])).toEqual([...TIKTOK_PROFILE_FIELDS]);
  });
});
