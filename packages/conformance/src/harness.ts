// The suite's machinery: rule tests register with `describe`/`it` (as node:test's read), and run
// against a target, a server's base URL and tokens, through the SDK over whatever `fetch` reaches
// it: real HTTP for any server, or the mock API in-process. Everything a test needs beyond the
// API goes through the test-control contract (`/_mock/*`, with `X-Invitekit-Mock: 1`): reset to
// the fixture, set or move the clock, read the outbox, a digest of the store.
import { createClient, InvitekitError, type InvitekitClient } from '@invitekit/sdk';

/** The header every test-control request carries. */
export const CONTROL_HEADER = 'X-Invitekit-Mock';

/** The fixture's time: each test starts with the server's clock set to it. */
export const START = Date.parse('2026-11-02T09:00:00Z');
export const DAY = 86_400_000;

export interface Tokens {
  /** An admin of the fixture's workspace. */
  admin: string;
  /** A member of that workspace who is not an admin. */
  member: string;
  /** An admin of another workspace. */
  otherAdmin: string;
}

export interface Target {
  /** The API's base URL, e.g. `http://localhost:8080/v1`. */
  baseUrl: string;
  tokens: Tokens;
  /** How requests reach the server (the global fetch by default). */
  fetch?: typeof fetch;
}

/** One request and its answer, as the suite saw them. */
export interface Exchange {
  method: string;
  url: string;
  requestBody: string;
  status: number;
  responseBody: string;
}

/** An email in the outbox (R33). */
export interface OutboxEmail {
  to: string;
  subject: string;
  text: string;
  link: string | null;
  rule: string;
}

interface Test {
  group: string;
  name: string;
  /** The rule it checks (`R7`), from the start of its name. */
  rule: string;
  run: () => Promise<void>;
}

const registered: Test[] = [];
let group = '';

/** A group of rule tests (a heading in the report). */
export function describe(name: string, body: () => void): void {
  group = name;
  body();
  group = '';
}

/** A rule test: its name starts with the rule it checks, `R7: …`. */
export function it(name: string, run: () => Promise<void>): void {
  const rule = /^(R\d+)\b/.exec(name)?.[1];
  if (!rule) throw new Error(`A rule test's name starts with its rule: "${name}"`);
  registered.push({ group, name, rule, run });
}

/** The registered tests, in order. */
export const tests = (): readonly Test[] => registered;

/** What a test is running against: set by `runTest` for the test's duration. */
interface Context {
  target: Target;
  exchanges: Exchange[];
  fetch: typeof fetch;
}
let context: Context | undefined;

function current(): Context {
  if (!context) throw new Error('Rule tests run only inside runTest');
  return context;
}

/** A fetch that records each exchange (bodies up to 2,000 characters) for the report. */
function recording(base: typeof fetch, exchanges: Exchange[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const requestBody = request.body ? await request.clone().text() : '';
    const response = await base(request);
    const responseBody = await response.clone().text();
    exchanges.push({
      method: request.method,
      url: request.url,
      requestBody: requestBody.slice(0, 2000),
      status: response.status,
      responseBody: responseBody.slice(0, 2000),
    });
    return response;
  };
}

/** An SDK client of the current target, with `token` (no retries: a test sees every answer). */
export function client(token: string): InvitekitClient {
  const { target, fetch } = current();
  return createClient({ baseUrl: target.baseUrl, token, retry: 0, fetch });
}

/**
 * An SDK client whose calls go to the current test's target, made when a call is made: the tests
 * name `admin` once, at the top of a module, and it follows whichever target runs them.
 */
export function lazyClient(token: (tokens: Tokens) => string): InvitekitClient {
  const follow = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_, key) => (typeof key === 'string' ? follow([...path, key]) : undefined),
      apply: (_, __, args: unknown[]) => {
        let owner: unknown = client(token(current().target.tokens));
        for (const key of path.slice(0, -1)) owner = (owner as Record<string, unknown>)[key];
        const method = (owner as Record<string, unknown>)[path.at(-1) ?? ''];
        if (typeof method !== 'function') throw new TypeError(`No client method ${path.join('.')}`);
        return (method as (...a: unknown[]) => unknown).apply(owner, args);
      },
    });
  return follow([]) as InvitekitClient;
}

/** The fixture's tokens, as the current target names them. */
export const tokens = (): Tokens => current().target.tokens;

async function control(path: string, body?: unknown): Promise<unknown> {
  const { target, fetch } = current();
  const response = await fetch(`${target.baseUrl}/_mock${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { [CONTROL_HEADER]: '1', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`Test control ${path} answered ${String(response.status)}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Moves the server's clock on by `ms`. */
export const advance = async (ms: number): Promise<void> => {
  await control('/clock', { advanceMs: ms });
};

/** The emails sent, to `to` (every email when omitted), oldest first. */
export async function outbox(to?: string): Promise<OutboxEmail[]> {
  const query = to === undefined ? '' : `?to=${encodeURIComponent(to)}`;
  return ((await control(`/outbox${query}`)) as { items: OutboxEmail[] }).items;
}

/** A digest of the whole store: equal before and after, nothing changed. */
export async function digest(): Promise<string> {
  return ((await control('/digest')) as { digest: string }).digest;
}

/** The invitation token in the newest email to `to` (whose subject matches, when given). */
export async function tokenFor(to: string, subject?: RegExp): Promise<string> {
  const emails = (await outbox(to)).filter((m) => !subject || subject.test(m.subject));
  const link = emails.at(-1)?.link;
  const token = link ? new URL(link, 'http://x').searchParams.get('token') : null;
  if (!token) throw new Error(`No invitation email with a link to ${to}`);
  return token;
}

/** Runs `call` and returns the InvitekitError it throws (fails if it does not). */
export async function failure(call: () => PromiseLike<unknown>): Promise<InvitekitError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof InvitekitError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail');
}

export interface TestResult {
  group: string;
  name: string;
  rule: string;
  ok: boolean;
  /** Why it failed. */
  error?: string;
  /** The last exchange before the failure: the request that was answered wrongly, mostly. */
  exchange?: Exchange;
}

/** Resets the target to its fixture, sets its clock to START, and runs one test. */
export async function runTest(target: Target, test: Test): Promise<TestResult> {
  const exchanges: Exchange[] = [];
  context = { target, exchanges, fetch: recording(target.fetch ?? fetch, exchanges) };
  const { group: g, name, rule } = test;
  try {
    await control('/reset', {});
    await control('/clock', { set: new Date(START).toISOString(), freeze: true });
    exchanges.length = 0;
    await test.run();
    return { group: g, name, rule, ok: true };
  } catch (error) {
    const exchange = exchanges.at(-1);
    return {
      group: g,
      name,
      rule,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      ...(exchange ? { exchange } : {}),
    };
  } finally {
    context = undefined;
  }
}
