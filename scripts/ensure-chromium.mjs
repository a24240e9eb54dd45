// `node scripts/ensure-chromium.mjs [--driver]`: makes sure the browser tests have a Chromium (and,
// with --driver, `pnpm bench` a chromedriver). Found: nothing to do. Missing on Debian or Ubuntu as
// root: installs the distribution's package with apt-get, saying what it installs and how long that
// may take. Anywhere else: one line naming what to install, and exit code 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromedriver, findChromium } from './chromium.mjs';

/** @typedef {'chromium' | 'chromedriver'} Piece */

/** What apt installs each piece from, per distribution (Ubuntu's are snaps behind a deb). */
const aptPackages = {
  debian: { name: 'Debian', chromium: 'chromium', chromedriver: 'chromium-driver' },
  ubuntu: { name: 'Ubuntu', chromium: 'chromium-browser', chromedriver: 'chromium-chromedriver' },
};
const brewCasks = { chromium: 'chromium', chromedriver: 'chromedriver' };
const pathVariables = { chromium: 'CHROME_PATH', chromedriver: 'CHROMEDRIVER_PATH' };
const labels = { chromium: 'Chromium', chromedriver: 'chromedriver' };

/**
 * What `ensureChromium` needs from the machine; tests pass their own.
 * @typedef {object} System
 * @property {() => string | undefined} findChromium
 * @property {() => string | undefined} findChromedriver one that runs
 * @property {string} osRelease the text of /etc/os-release ('' when there is none)
 * @property {boolean} root
 * @property {boolean} hasAptGet
 * @property {string} platform `process.platform`
 * @property {Record<string, string | undefined>} env
 * @property {(command: string, args: string[]) => boolean} run in the foreground; true on success
 * @property {(line: string) => void} log
 * @property {() => number} now milliseconds
 */

/** @returns {System} */
function realSystem() {
  return {
    findChromium,
    findChromedriver() {
      const driver = findChromedriver();
      return driver && spawnSync(driver, ['--version']).status === 0 ? driver : undefined;
    },
    osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '',
    root: process.getuid?.() === 0,
    hasAptGet: existsSync('/usr/bin/apt-get'),
    platform: process.platform,
    env: process.env,
    run: (command, args) =>
      spawnSync(command, args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0,
    log: (line) => console.log(line),
    now: () => Date.now(),
  };
}

/**
 * `debian`, `ubuntu` or undefined, from /etc/os-release's ID, else its ID_LIKE (Mint → ubuntu).
 * @param {System} system
 * @returns {keyof typeof aptPackages | undefined}
 */
function aptDistribution({ platform, osRelease, hasAptGet }) {
  if (platform !== 'linux' || !hasAptGet) return undefined;
  const field = (/** @type {string} */ key) =>
    new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1] ?? '';
  const ids = [field('ID'), ...field('ID_LIKE').split(' ')];
  return ids.find((id) => id === 'ubuntu' || id === 'debian');
}

/**
 * "No Chromium found for the browser tests", and the like.
 * @param {Piece[]} missing
 * @param {boolean} driver
 */
function missingLine(missing, driver) {
  const what = missing.map((piece) => labels[piece]).join(' or ');
  return `No ${what} found for ${driver ? '`pnpm bench`' : 'the browser tests'}`;
}

/**
 * The one line that says what to install, for the pieces missing.
 * @param {Piece[]} missing
 * @param {boolean} driver
 * @param {System} system
 */
function installHint(missing, driver, system) {
  const distribution = aptDistribution(system);
  const how = distribution
    ? `\`${system.root ? '' : 'sudo '}apt-get install -y ${missing.map((piece) => aptPackages[distribution][piece]).join(' ')}\``
    : system.platform === 'darwin'
      ? `Google Chrome, or \`brew install --cask ${missing.map((piece) => brewCasks[piece]).join(' ')}\``
      : `your system's ${missing.map((piece) => labels[piece].toLowerCase()).join(' and ')} package`;
  const variables = missing.map((piece) => pathVariables[piece]).join(' and ');
  return `${missingLine(missing, driver)}: install ${missing.length > 1 ? 'them' : 'it'} (${how}) or set ${variables}.`;
}

/** @typedef {{ chromium: string, chromedriver: string | undefined }} Found */

/**
 * Finds Chromium (and with `driver`, chromedriver), installing what is missing where it can.
 * Throws an Error whose message is the one line to show when it cannot.
 * @param {{ driver?: boolean }} [options]
 * @param {System} [system]
 * @returns {Found}
 */
export function ensureChromium({ driver = false } = {}, system = realSystem()) {
  const find = () => ({
    chromium: system.findChromium(),
    chromedriver: driver ? system.findChromedriver() : undefined,
  });
  const missingFrom = (/** @type {ReturnType<typeof find>} */ found) =>
    /** @type {Piece[]} */ (driver ? ['chromium', 'chromedriver'] : ['chromium']).filter(
      (piece) => !found[piece],
    );
  const found = find();
  const missing = missingFrom(found);
  if (missing.length === 0) return /** @type {Found} */ (found);

  // A path the user set is a choice: say it is wrong rather than install something else.
  for (const piece of missing) {
    const path = system.env[pathVariables[piece]];
    if (path) {
      throw new Error(
        `${pathVariables[piece]}=${path} is not a ${labels[piece]} that runs: point it at one, or unset it.`,
      );
    }
  }

  const distribution = aptDistribution(system);
  if (!distribution || !system.root) throw new Error(installHint(missing, driver, system));

  const names = missing.map((piece) => aptPackages[distribution][piece]);
  const packages = names.join(' and ');
  const cost = missing.includes('chromium')
    ? 'up to 260 MB to download with its libraries, 2–4 minutes on a bare Debian'
    : 'about 9 MB, under a minute';
  system.log(
    `${missingLine(missing, driver)}: installing ${aptPackages[distribution].name}'s ${packages} with apt-get (${cost})…`,
  );
  const started = system.now();
  if (system.run('apt-get', ['update', '-qq'])) {
    system.run('apt-get', ['install', '-y', '-q', ...names]);
  }
  const after = find();
  if (missingFrom(after).length > 0) {
    throw new Error(`apt-get did not install ${packages}. ${installHint(missing, driver, system)}`);
  }
  const seconds = Math.round((system.now() - started) / 1000);
  system.log(
    `Installed ${packages} in ${seconds} s: ${missing.map((piece) => after[piece]).join(', ')}`,
  );
  return /** @type {Found} */ (after);
}

/**
 * `ensureChromium` for scripts: prints the line and exits 1 when it throws.
 * @param {{ driver?: boolean }} [options]
 */
export function ensureChromiumOrExit(options) {
  try {
    return ensureChromium(options);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = ensureChromiumOrExit({ driver: process.argv.includes('--driver') });
  console.log(
    `Chromium: ${found.chromium}${found.chromedriver ? `, chromedriver: ${found.chromedriver}` : ''}`,
  );
}
