/** The Instagram API with Instagram Login scopes Tally knows (the `business_*` names died on 2025-01-27). */
export const INSTAGRAM_SCOPES = [
  'instagram_business_basic',
  'instagram_business_manage_insights',
] as const;

export type InstagramScope = (typeof INSTAGRAM_SCOPES)[number];

/** Profile and media need `instagram_business_basic`; media views need the insights scope. */
export const DEFAULT_INSTAGRAM_SCOPES: readonly InstagramScope[] = INSTAGRAM_SCOPES;

export const INSIGHTS_SCOPE: InstagramScope = 'instagram_business_manage_insights';
