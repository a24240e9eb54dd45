#!/usr/bin/env node
// `npx invitekit-conformance --base-url http://localhost:8080/v1 --admin-token …`: runs every rule
// test against a server over HTTP and prints a line per rule, then each failure with the request
// and answer it failed on. Exit code 0 when every rule passes, 1 when one fails, 2 when the suite
// could not run (a wrong flag, a server that does not answer, no test-control contract).
import { parseArgs } from 'node:util';
import { CONTROL_HEADER, report, runSuite, type Tokens } from './index.js';

const usage = `Usage: invitekit-conformance --base-url <url> --admin-token <token> [options]

  --base-url <url>            the API's base URL, e.g. http://localhost:8080/v1
  --admin-token <token>       an admin of the fixture's workspace
  --member-token <token>      a member who is not an admin      } read from GET /_mock/tokens
  --other-admin-token <token> an admin of another workspace     } when not given
  --only <R7,R12>             run only these rules' tests
  --help                      this text

The server must run in test mode with the test-control contract (/_mock/*): see the backend guide.`;

/** Stops the suite with a one-line reason (exit code 2). */
class Stop extends Error {}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'base-url': { type: 'string' },
        'admin-token': { type: 'string' },
        'member-token': { type: 'string' },
        'other-admin-token': { type: 'string' },
        only: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new Stop(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const base = values['base-url'];
  const admin = values['admin-token'];
  if (!base) throw new Stop(`--base-url is required.\n\n${usage}`);
  if (!admin) throw new Stop(`--admin-token is required.\n\n${usage}`);
  let baseUrl: string;
  try {
    baseUrl = new URL(base).href.replace(/\/$/, '');
  } catch {
    throw new Stop(`--base-url is not a URL: ${base}`);
  }
  const tokens = await tokensOf(baseUrl, {
    admin,
    member: values['member-token'],
    otherAdmin: values['other-admin-token'],
  });
  const only = values.only?.split(',').map((rule) => rule.trim().toUpperCase());
  const results = await runSuite(
    { baseUrl, tokens },
    {
      ...(only ? { only } : {}),
      onResult: (result) => process.stderr.write(result.ok ? '.' : 'F'),
    },
  );
  process.stderr.write('\n');
  if (!results.length) throw new Stop(`No rule test matches --only ${values.only ?? ''}`);
  console.log(report(results));
  return results.every((r) => r.ok) ? 0 : 1;
}

/** The tokens not given, from the test-control contract; and a first check that it answers. */
async function tokensOf(
  baseUrl: string,
  given: { admin: string; member: string | undefined; otherAdmin: string | undefined },
): Promise<Tokens> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/_mock/tokens`, { headers: { [CONTROL_HEADER]: '1' } });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    throw new Stop(`Cannot reach ${baseUrl} (${cause || String(error)}): is the server running?`);
  }
  if (!response.ok)
    throw new Stop(
      `${baseUrl}/_mock/tokens answered ${String(response.status)}: the server must run in test mode with the test-control contract (/_mock/*).`,
    );
  const known = (await response.json().catch(() => ({}))) as Partial<Record<keyof Tokens, string>>;
  const member = given.member ?? known.member;
  const otherAdmin = given.otherAdmin ?? known.otherAdmin;
  if (!member || !otherAdmin)
    throw new Stop(
      'GET /_mock/tokens did not name member and otherAdmin tokens: pass --member-token and --other-admin-token.',
    );
  return { admin: given.admin, member, otherAdmin };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof Stop)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  },
);
