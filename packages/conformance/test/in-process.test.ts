// The rule tests in-process: the mock API behind msw/node, the same tests the CLI runs over HTTP
// (one set of tests, two transports). Fast, and in `pnpm test:node`.
import { after, before, describe, it } from 'node:test';
import { createClock } from '@invitekit/mock-api';
import { setupMockApi } from '@invitekit/mock-api/node';
import { START, runTest, tests } from '../src/harness.js';
import { describeFailure } from '../src/report.js';
import '../src/rules.js';

const baseUrl = 'http://api.invitekit.test/v1';
const mock = setupMockApi({ clock: createClock(START), baseUrl, rateLimit: false });
before(() => mock.listen());
after(() => mock.close());

for (const group of new Set(tests().map((test) => test.group))) {
  describe(group, () => {
    for (const test of tests().filter((t) => t.group === group)) {
      it(test.name, async () => {
        const result = await runTest({ baseUrl, tokens: mock.tokens }, test);
        if (!result.ok) throw new Error(describeFailure(result));
      });
    }
  });
}
