// `pnpm test:readme`: the two commands at the top of README.md, read from it and run as a newcomer
// would on a machine with only Node: in a copy of the repo without node_modules, with a PATH that
// holds node, npm, npx and the system's tools but no pnpm, and npm's global folder empty (so npx
// cannot borrow an installed pnpm). The first must serve the demo and print its URL, on the next
// port when 5173 is taken; the second's set-up step (install, then find or install Chromium) must
// pass.
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The commands of README.md's first `sh` block, without their comments. */
const readmeCommands = /```sh\n([\s\S]*?)```/
  .exec(read('README.md'))![1]!
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean);
const [demoCommand, testCommand] = readmeCommands as [string, string];

/** Bounds for a cold machine (npx fetching pnpm, pnpm downloading every package). */
const MINUTES = 60_000;

let scratch: string;
let repo: string;
let env: NodeJS.ProcessEnv;

/** A bin folder with everything this PATH holds (sh, coreutils, node, npm, npx…) but pnpm. */
function pathWithoutPnpm(bin: string) {
  mkdirSync(bin);
  for (const dir of new Set((process.env.PATH ?? '').split(delimiter))) {
    // Not the node_modules/.bin folders npm or pnpm put on PATH for the script running this test.
    if (!dir || dir.includes('node_modules') || !existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (/^pnp[mx]$/.test(name) || existsSync(join(bin, name))) continue;
      symlinkSync(join(dir, name), join(bin, name));
    }
  }
  return bin;
}

/** This environment without what npm or pnpm set for the script running this test. */
function freshEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|INIT_CWD$|NODE$)/i.test(key)),
  );
}

/** An ANSI colour sequence. */
const colour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Every command still running, ended in `after` even when a test timed out mid-way. */
const running = new Set<ChildProcess>();

/** Runs a README command through sh in the scratch repo, in its own process group. */
function run(command: string) {
  const child = spawn(command, {
    shell: '/bin/sh',
    cwd: repo,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  // Without colours: tools colour their output when CI is set (Vite prints the port in bold).
  const add = (chunk: Buffer) => (output += chunk.toString().replace(colour, ''));
  child.stdout.on('data', add);
  child.stderr.on('data', add);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  exited.then(() => running.delete(child));
  return { child, exited, output: () => output };
}

/** Rejects after `ms` with what the command printed, so a hang fails the test instead of CI. */
function within<T>(ms: number, promise: Promise<T>, what: string, output: () => string) {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} after ${ms / 1000} s:\n${output()}`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Ends a command and everything it started (npx → pnpm → sh → vite). */
async function stop(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  process.kill(-child.pid!, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Listens on 127.0.0.1:`port` if it is free, so the demo has to find another one. */
function holdPort(port: number) {
  return new Promise<Server | undefined>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe("the README's two commands on a machine with only Node", () => {
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'invitekit-fresh-'));
    repo = join(scratch, 'repo');
    const skipped = new Set(['node_modules', 'dist', '.git', 'coverage']);
    cpSync(root, repo, { recursive: true, filter: (path) => !skipped.has(basename(path)) });

    const base = freshEnvironment();
    const globalconfig = execFileSync('npm', ['config', 'get', 'globalconfig'], {
      env: base,
      encoding: 'utf8',
    }).trim();
    mkdirSync(join(scratch, 'npm-global'));
    env = {
      ...base,
      PATH: pathWithoutPnpm(join(scratch, 'bin')),
      // npm's global folder, empty: no pnpm installed with `npm i -g` for npx to find.
      npm_config_prefix: join(scratch, 'npm-global'),
      // …while npm keeps this machine's settings (registry, certificates).
      npm_config_globalconfig: globalconfig,
    };
    assert.throws(() => execFileSync('sh', ['-c', 'command -v pnpm'], { env }), 'pnpm is on PATH');
  });

  after(() => {
    for (const child of running) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
  });

  it('README.md starts with the demo and test commands, and .ci/run runs the test command verbatim', () => {
    assert.equal(readmeCommands.length, 2, readmeCommands.join('\n'));
    const ciCommands = read('.ci/run')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .filter((line) => line !== 'set -euo pipefail' && line !== 'cd "$(dirname "$0")/.."');
    assert.deepEqual(ciCommands, [testCommand]);
  });

  it(
    'the first command installs, prints the URL (the next port when 5173 is taken) and serves the demo',
    { timeout: 10 * MINUTES },
    async () => {
      const held = await holdPort(5173);
      const demo = run(demoCommand);
      try {
        const url = await within(
          8 * MINUTES,
          new Promise<string>((resolve, reject) => {
            demo.child.stdout.on('data', () => {
              const printed = /http:\/\/(?:127\.0\.0\.1|localhost):\d+\//.exec(demo.output());
              if (printed) resolve(printed[0]);
            });
            demo.exited.then((code) => reject(new Error(`exited (${code}):\n${demo.output()}`)));
          }),
          'no URL printed',
          demo.output,
        );
        if (held) assert.notEqual(new URL(url).port, '5173', 'served on a port that was taken');

        const page = await fetch(url);
        assert.equal(page.status, 200);
        const title = /<title>.*<\/title>/.exec(read('demo/index.html'))![0];
        assert.ok((await page.text()).includes(title), `no ${title} at ${url}`);
        const entry = /<script type="module" src="([^"]+)"/.exec(read('demo/index.html'))![1]!;
        const script = await fetch(new URL(entry, url));
        assert.equal(script.status, 200, `${entry}: ${await script.text()}`);
        assert.match(script.headers.get('content-type') ?? '', /javascript/);
        const worker = await fetch(new URL('/mockServiceWorker.js', url));
        assert.match(await worker.text(), /Mock Service Worker/);

        await stop(demo.child, demo.exited);
        await assert.rejects(fetch(url), 'the demo still answers after it was stopped');
      } finally {
        await stop(demo.child, demo.exited);
        held?.close();
      }
    },
  );

  it(
    "the second command's set-up step installs and finds a Chromium",
    { timeout: 10 * MINUTES },
    async () => {
      // `npx -y pnpm@10 check` → the step `check` starts with, through the same runner.
      const words = testCommand.split(' ');
      const script = words.pop()!;
      const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> })
        .scripts;
      const setup = /^pnpm (\S+)$/.exec(scripts[script]!.split('&&')[0]!.trim())?.[1];
      assert.ok(setup, `${script} does not start with a set-up step: ${scripts[script]}`);
      const setupCommand = [...words, setup].join(' ');

      const setupRun = run(setupCommand);
      const code = await within(8 * MINUTES, setupRun.exited, 'set-up unfinished', setupRun.output);
      assert.equal(code, 0, setupRun.output());
      assert.match(setupRun.output(), /Already up to date|Done in/, 'no install');
      assert.match(setupRun.output(), /^Chromium: \//m, 'no browser check');
    },
  );
});
