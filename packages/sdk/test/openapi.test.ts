// The committed OpenAPI document is current, and a standard validator accepts it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { buildOpenApi } from '../src/openapi.js';
import { operations } from '../src/schemas/index.js';

const committed = readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');

describe('openapi.json', () => {
  it('matches the schemas (run `pnpm openapi` after changing them)', () => {
    assert.equal(
      committed,
      `${JSON.stringify(buildOpenApi(), null, 2)}\n`,
      'packages/sdk/openapi.json is stale: run `pnpm openapi`',
    );
  });

  it('is a valid OpenAPI 3.1 document with every route of the contract, and the test-control routes apart', async () => {
    const api = (await SwaggerParser.validate(JSON.parse(committed) as never)) as unknown as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; tags: string[] }>>;
    };
    assert.equal(api.openapi, '3.1.0');
    const documented = Object.values(api.paths).flatMap((methods) => Object.values(methods));
    const ids = (control: boolean) =>
      documented
        .filter((op) => op.tags.includes('Test control') === control)
        .map((op) => op.operationId)
        .sort();
    assert.deepEqual(ids(false), operations.map((r) => r.id).sort());
    assert.deepEqual(ids(true), [
      'controlClock',
      'controlClockRead',
      'controlDigest',
      'controlOutbox',
      'controlReset',
      'controlTokens',
    ]);
    const controlPaths = Object.keys(api.paths).filter((path) => path.startsWith('/_mock/'));
    assert.equal(controlPaths.length, 5);
  });
});
