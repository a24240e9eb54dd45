// Starting a server and running the CLI as a backend developer would, from the tests.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const node = (args: string[]) => [
  process.execPath,
  '--conditions=source',
  '--import',
  'tsx',
  ...args,
];

/** Starts a server that prints its base URL (`… on http://…/v1`); resolves to that URL. */
export function startServer(args: string[], cwd: URL): { base: Promise<string>; stop: () => void } {
  const [command = '', ...rest] = node(args);
  const child = spawn(command, rest, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = (async () => {
    let output = '';
    while (!/on (http:\S+)/.test(output)) {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      output += chunk.toString();
    }
    return /on (http:\S+)/.exec(output)?.[1] ?? '';
  })();
  return { base, stop: () => child.kill() };
}

/** Runs the conformance CLI with `args`; its exit code and output. */
export async function runCli(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const [command = '', ...rest] = node([
    new URL('../src/cli.ts', import.meta.url).pathname,
    ...args,
  ]);
  const child = spawn(command, rest, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number];
  return { code, stdout, stderr };
}
