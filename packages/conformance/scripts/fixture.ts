// `pnpm --filter @invitekit/conformance fixture`: writes fixture.json, the records the suite
// expects after `POST /_mock/reset`, as the reference server's API answers them (the mock's seed,
// read through the SDK with each workspace's admin token, at the suite's START).
import { writeFileSync } from 'node:fs';
import { buildFixture } from '../test/fixture.js';

const file = new URL('../fixture.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(await buildFixture(), null, 1)}\n`);
console.log(`wrote ${file.pathname}`);
