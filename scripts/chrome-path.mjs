// Where the system's Chromium is: CHROME_PATH, else the usual install paths. No test tool
// downloads a browser of its own here.
import { existsSync } from 'node:fs';

const KNOWN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return KNOWN_PATHS.find((path) => existsSync(path));
}

/** Flags for a headless Chromium on a machine with no outside network, run as any user. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
