// docs/backend.md, followed literally: its commands (the blocks after `<!-- test: start -->` and
// `<!-- test: suite -->`) are run as written from the repository's root, and the report it shows
// (after `<!-- test: report -->`) must be what the suite prints, line for line where it shows one.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

const root = new URL('../../../', import.meta.url);
const page = readFileSync(new URL('docs/backend.md', root), 'utf8');

/** The code block after `<!-- test: name -->`. */
function block(name: string): string {
  const found = new RegExp(`<!-- test: ${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(page);
  assert.ok(found?.[1], `docs/backend.md has a block marked "test: ${name}"`);
  return found[1].trim();
}

const shell = (command: string) =>
  spawn('sh', ['-c', command], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });

it('docs/backend.md: the example server, the suite against it, and the report it shows', async () => {
  const server = shell(block('start'));
  try {
    let started = '';
    while (!/on http:\S+/.test(started)) {
      const [chunk] = (await once(server.stdout, 'data')) as [Buffer];
      started += chunk.toString();
    }
    const suite = shell(block('suite'));
    let output = '';
    suite.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(suite, 'close')) as [number];
    const lines = new Set(output.split('\n'));
    for (const line of block('report').split('\n'))
      assert.ok(lines.has(line), `the report has the line the page shows: ${line}\n\n${output}`);
    assert.equal(code, 1, 'a partial implementation fails the suite (exit code 1)');
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
});
