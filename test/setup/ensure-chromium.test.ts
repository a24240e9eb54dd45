// What the test command does when the browser tests have no Chromium: installs Debian's package
// as root on Debian/Ubuntu (saying what and how long), and elsewhere stops with one line to act on.
// The machine is simulated: these tests never run apt-get.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ensureChromium, type System } from '../../scripts/ensure-chromium.mjs';

const debian = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const mint = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';

/** What each apt package provides: Debian's names, then Ubuntu's. */
const provides: Record<string, string> = {
  chromium: 'chromium',
  'chromium-driver': 'chromedriver',
  'chromium-browser': 'chromium',
  'chromium-chromedriver': 'chromedriver',
};

/** A Debian machine as root with nothing installed; `apt-get install` installs what it is asked. */
function machine(overrides: Partial<System> = {}) {
  const installed = new Set<string>();
  const commands: string[] = [];
  const lines: string[] = [];
  const order: string[] = []; // commands and lines, as they happened
  let clock = 0;
  const system: System = {
    findChromium: () => (installed.has('chromium') ? '/usr/bin/chromium' : undefined),
    findChromedriver: () => (installed.has('chromedriver') ? '/usr/bin/chromedriver' : undefined),
    osRelease: debian,
    root: true,
    hasAptGet: true,
    platform: 'linux',
    env: {},
    run(command, args) {
      commands.push([command, ...args].join(' '));
      order.push('run');
      clock += 75_000;
      if (args[0] === 'install') for (const name of args.slice(3)) installed.add(provides[name]!);
      return true;
    },
    log(line) {
      lines.push(line);
      order.push('log');
    },
    now: () => clock,
    ...overrides,
  };
  return { system, installed, commands, lines, order };
}

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail('expected it to throw');
};

describe('ensure-chromium', () => {
  it('finds an installed Chromium and installs nothing', () => {
    const { system, installed, commands, lines } = machine();
    installed.add('chromium');
    assert.deepEqual(ensureChromium({}, system), {
      chromium: '/usr/bin/chromium',
      chromedriver: undefined,
    });
    assert.deepEqual(commands, []);
    assert.deepEqual(lines, []);
  });

  it("as root on Debian, installs Debian's chromium with apt-get, saying what and how long first", () => {
    const { system, commands, lines, order } = machine();
    assert.deepEqual(ensureChromium({}, system), {
      chromium: '/usr/bin/chromium',
      chromedriver: undefined,
    });
    assert.deepEqual(commands, ['apt-get update -qq', 'apt-get install -y -q chromium']);
    assert.match(
      lines[0]!,
      /^No Chromium found for the browser tests: installing Debian's chromium with apt-get \(up to \d+ MB.*\d+–\d+ minutes.*\)…$/,
    );
    assert.equal(lines[1], 'Installed chromium in 150 s: /usr/bin/chromium');
    assert.deepEqual(order, ['log', 'run', 'run', 'log']);
  });

  it('for `pnpm bench`, installs chromium-driver too, or alone when Chromium is there', () => {
    const both = machine();
    assert.deepEqual(ensureChromium({ driver: true }, both.system), {
      chromium: '/usr/bin/chromium',
      chromedriver: '/usr/bin/chromedriver',
    });
    assert.equal(both.commands[1], 'apt-get install -y -q chromium chromium-driver');
    assert.match(
      both.lines[0]!,
      /^No Chromium or chromedriver found for `pnpm bench`: installing Debian's chromium and chromium-driver/,
    );

    const driverOnly = machine();
    driverOnly.installed.add('chromium');
    ensureChromium({ driver: true }, driverOnly.system);
    assert.deepEqual(driverOnly.commands, [
      'apt-get update -qq',
      'apt-get install -y -q chromium-driver',
    ]);
    assert.match(driverOnly.lines[0]!, /^No chromedriver found for `pnpm bench`: .*\(about 9 MB/);
    assert.equal(driverOnly.lines[1], 'Installed chromium-driver in 150 s: /usr/bin/chromedriver');
  });

  it("takes Ubuntu's packages on Ubuntu and its derivatives", () => {
    const { system, commands } = machine({ osRelease: mint });
    ensureChromium({ driver: true }, system);
    assert.equal(commands[1], 'apt-get install -y -q chromium-browser chromium-chromedriver');
  });

  it('when apt-get fails, stops with the command to run by hand', () => {
    const { system } = machine({ run: () => false });
    assert.equal(
      failure(() => ensureChromium({}, system)),
      'apt-get did not install chromium. No Chromium found for the browser tests: install it (`apt-get install -y chromium`) or set CHROME_PATH.',
    );
  });

  it('not root on Debian: one line naming the package, and nothing run', () => {
    const { system, commands } = machine({ root: false });
    assert.equal(
      failure(() => ensureChromium({ driver: true }, system)),
      'No Chromium or chromedriver found for `pnpm bench`: install them (`sudo apt-get install -y chromium chromium-driver`) or set CHROME_PATH and CHROMEDRIVER_PATH.',
    );
    assert.deepEqual(commands, []);
  });

  it('on macOS and other systems: one line naming what to install, and nothing run', () => {
    const mac = machine({ platform: 'darwin', osRelease: '', hasAptGet: false });
    assert.equal(
      failure(() => ensureChromium({}, mac.system)),
      'No Chromium found for the browser tests: install it (Google Chrome, or `brew install --cask chromium`) or set CHROME_PATH.',
    );
    const fedora = machine({ osRelease: 'ID=fedora\n', hasAptGet: false });
    assert.equal(
      failure(() => ensureChromium({}, fedora.system)),
      "No Chromium found for the browser tests: install it (your system's chromium package) or set CHROME_PATH.",
    );
    assert.deepEqual([...mac.commands, ...fedora.commands], []);
  });

  it('a CHROME_PATH that leads nowhere is named, not replaced by an install', () => {
    const { system, commands } = machine({ env: { CHROME_PATH: '/opt/chrome' } });
    assert.equal(
      failure(() => ensureChromium({}, system)),
      'CHROME_PATH=/opt/chrome is not a Chromium that runs: point it at one, or unset it.',
    );
    assert.deepEqual(commands, []);
  });
});
