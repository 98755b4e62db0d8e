// The dashboard's browser tests drive Debian's Chromium (no browser downloads):
// found where CHROMIUM_PATH or Debian puts it, or installed with apt.
import { existsSync } from 'node:fs';
import { step } from './log.mjs';
import { aptInstall } from './services.mjs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
// Chromium needs fonts to draw text in screenshots; Debian only recommends them.
const PACKAGES = ['chromium', 'fonts-liberation', 'fonts-dejavu-core'];

/** Returns the Chromium binary for the browser tests, installing Debian's when there is none. */
export async function ensureChromium(env) {
  const wanted = env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
  if (existsSync(wanted)) return wanted;
  if (env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist`);
  await aptInstall(PACKAGES);
  if (!existsSync(DEBIAN_CHROMIUM))
    throw new Error(`apt installed chromium but ${DEBIAN_CHROMIUM} is missing`);
  step(`chromium: installed (${DEBIAN_CHROMIUM})`);
  return DEBIAN_CHROMIUM;
}
