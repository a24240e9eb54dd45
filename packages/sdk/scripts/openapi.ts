// `pnpm openapi` writes packages/sdk/openapi.json from the schemas.
import { writeFileSync } from 'node:fs';
import { buildOpenApi } from '../src/openapi.js';

const file = new URL('../openapi.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
