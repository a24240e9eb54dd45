// The elements' custom-elements.json, made again (`node scripts/build.mjs manifest`) when missing
// or older than the sources it describes. Used by the React package's generator and the tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(root, 'custom-elements.json');

function newestSource() {
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  files.push(join(root, 'custom-elements-manifest.config.mjs'));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

export function readManifest() {
  if (!existsSync(manifestPath) || statSync(manifestPath).mtimeMs < newestSource()) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'manifest'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}
