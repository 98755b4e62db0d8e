import type { InstagramSettings, YouTubeSettings } from '../../src/config/platform-settings.js';
import { buildSandbox } from '../../src/sandbox.app.js';
import { SandboxClock } from '../../src/state/sandbox-clock.js';
import { INSTAGRAM_REDIRECT_URI } from './instagram-harness.js';
import { type Sandbox, TEST_NOW } from './sandbox-harness.js';
import { GOOGLE_REDIRECT_URI } from './youtube-harness.js';

/** A sandbox at the fixed test instant, with the test redirect URIs registered for Instagram and Google. */
export async function startPlatformSandbox(
  overrides: { instagram?: Partial<InstagramSettings>; youtube?: Partial<YouTubeSettings> } = {},
): Promise<Sandbox> {
  const clock = new SandboxClock(() => TEST_NOW);
  const app = await buildSandbox({
    clock,
    instagram: { redirectUris: [INSTAGRAM_REDIRECT_URI], ...overrides.instagram },
    youtube: { redirectUris: [GOOGLE_REDIRECT_URI], ...overrides.youtube },
  });
  return { app, clock };
}
