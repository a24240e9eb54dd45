// What the suite prints: a line per rule (passed, or failed with how many of its tests), then each
// failed test with its reason and the request and answer it failed on.
import type { TestResult } from './harness.js';

const indent = (text: string, by = '    ') => text.replace(/^/gm, by);

/** A failed test: why, and the last request it made with the server's answer. */
export function describeFailure(result: TestResult): string {
  const lines = [`${result.rule} ✗ ${result.name}`, indent(result.error ?? 'failed')];
  const exchange = result.exchange;
  if (exchange) {
    lines.push(`    request: ${exchange.method} ${exchange.url}`);
    if (exchange.requestBody) lines.push(indent(exchange.requestBody, '      '));
    lines.push(`    answer: ${String(exchange.status)}`);
    if (exchange.responseBody) lines.push(indent(exchange.responseBody, '      '));
  }
  return lines.join('\n');
}

/** The report: one row per rule, in rule order, then the failures in full. */
export function report(results: readonly TestResult[]): string {
  const rules = [...new Set(results.map((r) => r.rule))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  const rows = rules.map((rule) => {
    const own = results.filter((r) => r.rule === rule);
    const failed = own.filter((r) => !r.ok).length;
    const status = failed ? `FAIL  ${String(failed)} of ${String(own.length)} tests` : 'pass';
    return `${rule.padEnd(4)} ${status}`;
  });
  const failures = results.filter((r) => !r.ok);
  const passed = rules.length - new Set(failures.map((r) => r.rule)).size;
  return [
    'rule status',
    ...rows,
    '',
    `${String(passed)} of ${String(rules.length)} rules pass (${String(results.length - failures.length)} of ${String(results.length)} tests).`,
    ...(failures.length ? ['', 'Failures:', '', failures.map(describeFailure).join('\n\n')] : []),
  ].join('\n');
}
