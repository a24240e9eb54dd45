// `prepack` of every published package: refuses to pack what was not built, or was built before
// its sources last changed, and a package.json whose published exports drift from the workspace's.
//
// In the workspace each export has a `source` condition (TypeScript, for tests and the demo); the
// tarball must not name files it does not hold, so `publishConfig.exports` (what pnpm writes into
// the packed package.json) is the same map without it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const dir = process.cwd();
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const problems = [];

const withoutSource = (value) =>
  value && typeof value === 'object'
    ? Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'source')
          .map(([key, v]) => [key, withoutSource(v)]),
      )
    : value;

const published = pkg.publishConfig?.exports;
if (!published) problems.push('package.json has no publishConfig.exports');
else if (!isDeepStrictEqual(published, withoutSource(pkg.exports)))
  problems.push('publishConfig.exports is not `exports` without its `source` conditions');

/** Every path the published package.json points at. */
const targets = new Set();
const collect = (value) => {
  if (typeof value === 'string') targets.add(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(published);
collect(pkg.bin);
for (const field of ['customElements', 'web-types', 'types', 'main']) collect(pkg[field]);

/** Files matching `./dist/define/*.js` (one `*`, within one folder), or the path itself. */
function resolve(target) {
  const path = join(dir, target);
  if (!path.includes('*')) return existsSync(path) ? [path] : [];
  const folder = dirname(path);
  const [before, after] = path.slice(folder.length + 1).split('*');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.startsWith(before) && name.endsWith(after))
    .map((name) => join(folder, name));
}

let oldestBuilt = Infinity;
for (const target of targets) {
  const files = resolve(target);
  if (!files.length) problems.push(`${target} does not exist`);
  // Built output (not a committed file such as openapi.json) must be newer than the sources.
  if (/^\.\/(dist|cdn)\//.test(target))
    for (const file of files) oldestBuilt = Math.min(oldestBuilt, statSync(file).mtimeMs);
}

const newestSource = (folder) =>
  existsSync(folder)
    ? Math.max(
        0,
        ...readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
      )
    : 0;
if (!problems.length && newestSource(join(dir, 'src')) > oldestBuilt)
  problems.push('src/ changed after the last build');

if (problems.length) {
  console.error(
    `${pkg.name} cannot be packed:\n  ${problems.join('\n  ')}\nRun \`pnpm build\` first.`,
  );
  process.exit(1);
}
