// Finds the Chromium the browser tests and benchmarks drive: $CHROME_PATH first, then the usual places.
// (scripts/ensure-chromium.mjs installs one when none is found.)
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A chromedriver: $CHROMEDRIVER_PATH, else the system's. (The npm `chromedriver` package
 * tachometer depends on is installed without its download, so its own shim fails.)
 * @returns {string | undefined}
 */
export function findChromedriver() {
  const fromEnv = process.env.CHROMEDRIVER_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return [
    '/usr/bin/chromedriver',
    '/usr/lib/chromium/chromedriver',
    '/snap/bin/chromium.chromedriver',
    '/usr/local/bin/chromedriver',
    '/opt/homebrew/bin/chromedriver',
  ].find((path) => existsSync(path));
}
