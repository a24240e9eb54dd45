// `pnpm bench`: bundles the pages in test/bench/src, runs every benchmark of
// test/bench/benchmarks.json side by side in headless Chromium with tachometer, and prints
// tachometer's table plus median and spread per benchmark (and its target, where one is set).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { dirname } from 'node:path';
import { chromiumArgs } from './chromium.mjs';
import { ensureChromiumOrExit } from './ensure-chromium.mjs';
import { firstLoad } from './bench-first-load.mjs';

const root = new URL('..', import.meta.url).pathname;
const benchDir = `${root}test/bench/`;
const dist = `${benchDir}dist/`;
// Installs chromium-driver (and chromium) on Debian/Ubuntu as root when missing; a hint elsewhere.
const { chromium, chromedriver: driver } = ensureChromiumOrExit({ driver: true });

mkdirSync(dist, { recursive: true });
await build({
  entryPoints: readdirSync(`${benchDir}src`).map((f) => `${benchDir}src/${f}`),
  outdir: dist,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source', 'browser'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: `${root}tsconfig.json`,
  logLevel: 'error',
});

// Module workers the pages start with `new Worker(new URL('./x.worker.js', import.meta.url))`:
// built beside the pages, each with its on-demand chunks (as a host's bundler would).
await build({
  entryPoints: { 'parse.worker': `${root}packages/elements/src/batch-uploader/parse.worker.ts` },
  outdir: dist,
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source', 'browser'],
  tsconfig: `${root}tsconfig.json`,
  logLevel: 'error',
});

const spec = JSON.parse(readFileSync(`${benchDir}benchmarks.json`, 'utf8'));
// `pnpm bench <text>` runs only the benchmarks whose name or page contains that text.
const only = process.argv[2]?.toLowerCase();
// The demo portal's cold first load is measured apart (scripts/bench-first-load.mjs).
const firstLoadRows =
  !only || 'demo portal first load'.includes(only) ? await firstLoad({ chromium }) : [];
if (only) {
  spec.benchmarks = spec.benchmarks.filter((b) =>
    `${b.name} ${b.page}`.toLowerCase().includes(only),
  );
}
// One row per measurement: a page may record several (`entries`), each with its own target.
const measurements = spec.benchmarks.flatMap((b) =>
  (b.entries ?? [b.entry]).map((entry) => ({
    name: b.entries ? `${b.name} · ${entry}` : b.name,
    entry,
    targetMs: typeof b.targetMs === 'object' ? b.targetMs[entry] : b.targetMs,
    // What the figure counts, when not milliseconds (a count reported as a measure's duration).
    unit: b.units?.[entry] ?? 'ms',
    // `targetRatio: { entry: { of: other benchmark, max } }`: at most `max` times its median.
    targetRatio: b.targetRatio?.[entry],
  })),
);
const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(p * (xs.length - 1)))];
const width = Math.max(0, ...[...measurements, ...firstLoadRows].map((b) => b.name.length));
/** One line of the table: median, quartiles, range, unit and the verdict on its target. */
function line(name, sorted, unit, verdict = '') {
  const xs = sorted;
  console.log(
    `${name.padEnd(width)}  ${q(xs, 0.5).toFixed(2).padStart(9)}  ${`${q(xs, 0.25).toFixed(2)}–${q(xs, 0.75).toFixed(2)}`.padStart(11)}  ${`${xs[0].toFixed(2)}–${xs.at(-1).toFixed(2)}`.padStart(15)}  ${unit.padEnd(5)}  ${verdict}`,
  );
}
const heading = () =>
  console.log(
    `\n${'benchmark'.padEnd(width)}     median      p25–p75          min–max  unit   target`,
  );
const printFirstLoad = () =>
  firstLoadRows.forEach((row) =>
    line(
      row.name,
      [...row.values].sort((a, b) => a - b),
      row.unit,
    ),
  );
if (!measurements.length) {
  heading();
  printFirstLoad();
  process.exit(0);
}

const config = {
  root: '../../..',
  sampleSize: spec.sampleSize,
  timeout: 0,
  benchmarks: spec.benchmarks.map((b) => ({
    name: b.name,
    url: `../${b.page}`,
    measurement: (b.entries ?? [b.entry]).map((entry) => ({
      mode: 'performance',
      entryName: entry,
      ...(b.entries ? { name: `${b.name} · ${entry}` } : {}),
    })),
    browser: {
      name: 'chrome',
      headless: true,
      binary: chromium,
      // tachometer sets headless itself.
      addArguments: chromiumArgs.filter((arg) => !arg.startsWith('--headless')),
      // A slower CPU (CDP Emulation.setCPUThrottlingRate), for the figures of a low-end phone.
      ...(b.cpuThrottlingRate ? { cpuThrottlingRate: b.cpuThrottlingRate } : {}),
    },
  })),
};
writeFileSync(`${dist}tachometer.json`, JSON.stringify(config, null, 2));

const csv = `${dist}samples.csv`;
const run = spawnSync(
  process.execPath,
  [
    `${root}node_modules/tachometer/bin/tach.js`,
    '--config',
    `${dist}tachometer.json`,
    '--csv-file-raw',
    csv,
  ],
  {
    stdio: 'inherit',
    // Selenium finds the driver on PATH; offline, it does not try to download one.
    env: {
      ...process.env,
      SE_OFFLINE: 'true',
      PATH: `${dirname(driver)}:${process.env.PATH ?? ''}`,
    },
  },
);
if (run.status !== 0) process.exit(run.status ?? 1);

// Median and spread from the raw samples: one column per benchmark.
const [header, ...lines] = readFileSync(csv, 'utf8').trim().split('\n');
const names = header.split(',').map((h) => h.replace(/^"|"$/g, ''));
const columns = names.map((_, i) =>
  lines
    .map((l) => Number(l.split(',')[i]))
    .filter(Number.isFinite)
    .sort((a, b) => a - b),
);
heading();
let missed = 0;
const medianOf = (name) => q(columns[measurements.findIndex((m) => m.name === name)] ?? [], 0.5);
measurements.forEach((b, i) => {
  const xs = columns[i] ?? [];
  const median = q(xs, 0.5);
  const ratio = b.targetRatio && median / medianOf(`${b.targetRatio.of} · ${b.entry}`);
  const verdict =
    b.targetMs !== undefined
      ? `≤ ${b.targetMs} ${b.unit} ${median <= b.targetMs ? 'ok' : 'MISSED'}`
      : ratio !== undefined
        ? `${ratio.toFixed(2)}× of ${b.targetRatio.of} (≤ ${b.targetRatio.max}×) ${ratio <= b.targetRatio.max ? 'ok' : 'MISSED'}`
        : '';
  if (verdict.endsWith('MISSED')) missed += 1;
  line(b.name, xs, b.unit, verdict);
});
printFirstLoad();
if (missed) {
  console.error(
    `\n${missed} benchmark${missed === 1 ? '' : 's'} missed ${missed === 1 ? 'its' : 'their'} target.`,
  );
  process.exit(1);
}
