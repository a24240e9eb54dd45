// @invitekit/conformance: the rules as tests any server can run (see the CLI, `invitekit-conformance`).
import { runTest, tests, type Target, type TestResult } from './harness.js';
import './rules.js';

export {
  CONTROL_HEADER,
  START,
  type Exchange,
  type Target,
  type TestResult,
  type Tokens,
} from './harness.js';
export { describeFailure, report } from './report.js';

/** Runs the rule tests (those of the rules in `only`, when given) against a target, one by one. */
export async function runSuite(
  target: Target,
  options: { only?: readonly string[]; onResult?: (result: TestResult) => void } = {},
): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const test of tests()) {
    if (options.only?.length && !options.only.includes(test.rule)) continue;
    const result = await runTest(target, test);
    options.onResult?.(result);
    results.push(result);
  }
  return results;
}
