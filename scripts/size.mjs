// `pnpm size`: bundles each entry of size-budgets.json for browsers, minified, and prints its
// min+gzip bytes against its budget. Exits 1 when any entry is over. What an entry loads only on
// demand (`import()`, e.g. a language's messages) is split off and not counted.
// An entry with `files` (`dir/*.js`) instead of `code` measures built files as they ship, one row
// per file found (so a new element's one-file build gets its row), each against `budget` or its
// own in `budgets`; `except` leaves names out (`*.worker.js` too).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const { entries } = JSON.parse(
  readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'),
);

const rows = [];

/** Whether a file name matches `name`, `*.js` or `*.worker.js` (one `*` at most). */
function matches(name, pattern) {
  const [before = '', after] = pattern.split('*');
  return after === undefined ? name === before : name.startsWith(before) && name.endsWith(after);
}

/** `packages/elements/cdn/*.js` → the files it names (one `*`, in the file name). */
function filesOf(pattern) {
  const dir = join(root, dirname(pattern));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => matches(name, basename(pattern)))
    .sort()
    .map((name) => join(dir, name));
}

for (const entry of entries) {
  if (entry.files) {
    const found = filesOf(entry.files).filter(
      (f) => !(entry.except ?? []).some((pattern) => matches(basename(f), pattern)),
    );
    if (!found.length)
      throw new Error(`${entry.name}: no ${entry.files}; run \`pnpm build\` first`);
    for (const file of found) {
      const code = readFileSync(file);
      const gzip = gzipSync(code, { level: 9 }).byteLength;
      const name = entry.name.replace('{file}', basename(file));
      const budget = entry.budgets?.[basename(file)] ?? entry.budget;
      rows.push({ name, min: code.byteLength, gzip, budget, ok: gzip <= budget });
    }
    continue;
  }
  const result = await build({
    stdin: { contents: entry.code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    external: entry.external ?? [],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: `${root}tsconfig.json`,
    splitting: true,
    absWorkingDir: root,
    outdir: `${root}.size`,
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  // The entry and the chunks it imports statically: what a page downloads up front.
  const outputs = result.metafile.outputs;
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const i of outputs[path]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined));
  const files = result.outputFiles.filter((f) => upFront.has(relative(root, f.path)));
  if (!files.length) throw new Error(`${entry.name}: no output found for the entry`);
  const code = Buffer.concat(files.map((f) => f.contents));
  const gzip = files.reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).byteLength, 0);
  rows.push({
    name: entry.name,
    min: code.byteLength,
    gzip,
    budget: entry.budget,
    ok: gzip <= entry.budget,
  });
}

// kB here is 1024 bytes; the exact byte count is printed beside it.
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
const width = Math.max(...rows.map((r) => r.name.length));
console.log(
  `${'entry'.padEnd(width)}  ${'min'.padStart(10)}  ${'min+gzip'.padStart(20)}  ${'budget'.padStart(20)}`,
);
for (const r of rows) {
  const exact = (n) => `${kb(n)} (${n} B)`.padStart(20);
  console.log(
    `${r.name.padEnd(width)}  ${kb(r.min).padStart(10)}  ${exact(r.gzip)}  ${exact(r.budget)}  ${r.ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\n${over.length} entr${over.length === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
