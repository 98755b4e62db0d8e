/** The platforms a provider can be for, spelled as the API answers them (see @tally/contracts PLATFORMS). */
export type PlatformId = 'TIKTOK' | 'INSTAGRAM' | 'YOUTUBE';
