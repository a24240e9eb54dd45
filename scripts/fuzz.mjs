// `pnpm fuzz [runs] [seed]`: the mock API's fuzz suite (packages/mock-api/test/fuzz.test.ts) at
// length: 5,000 runs by default, with a fresh seed each time. The seed is printed; replay a
// failure with `pnpm fuzz <runs> <seed>`. `pnpm test:node` runs the same suite briefly, seeded.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '5000';
const seed = process.argv[3] ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzzing: ${runs} runs, seed ${seed} (replay: pnpm fuzz ${runs} ${seed})`);
const run = spawnSync(
  process.execPath,
  [
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    'packages/mock-api/test/fuzz.test.ts',
  ],
  {
    cwd: new URL('..', import.meta.url),
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
  },
);
process.exit(run.status ?? 1);
