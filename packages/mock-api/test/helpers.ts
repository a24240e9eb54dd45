// Shared set-up for Node tests: the mock API behind msw/node, a frozen clock, SDK clients.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, beforeEach } from 'node:test';
import { createClient, InvitekitError, type InvitekitClient } from '@invitekit/sdk';
import { createClock, DAY, type MockApiOptions } from '../src/index.js';
import { setupMockApi } from '../src/node.js';

export const BASE = 'http://api.invitekit.test/v1';
export const START = Date.parse('2026-11-02T09:00:00Z');
export { DAY };

export function useMockApi(options: MockApiOptions = {}) {
  const clock = createClock(START);
  const mock = setupMockApi({ clock, baseUrl: BASE, rateLimit: false, ...options });
  before(() => mock.listen());
  beforeEach(() => {
    mock.reset();
    clock.set(START);
  });
  after(() => mock.close());
  const client = (
    token = 'demo-admin',
    extra: Partial<Parameters<typeof createClient>[0]> = {},
  ): InvitekitClient => createClient({ baseUrl: BASE, token, retry: 0, ...extra });
  return { mock, clock, admin: client(), client };
}

/** The invitation token in the newest email to `to`. */
export function tokenFor(
  mock: ReturnType<typeof useMockApi>['mock'],
  to: string,
  subject?: RegExp,
): string {
  const emails = mock.outbox(to).filter((m) => !subject || subject.test(m.subject));
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

/** A deep copy of the store, for "nothing changed" assertions. */
export const snapshot = (mock: ReturnType<typeof useMockApi>['mock']) =>
  JSON.stringify(mock.domain.state);

/** Starts `pnpm mock-api` on a free port with `args`; resolves to its base URL. */
export function startServer(args: string[] = []): { base: Promise<string>; stop: () => void } {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'src/serve.ts', '--port', '0', ...args],
    { cwd: new URL('..', import.meta.url), stdio: ['ignore', 'pipe', 'inherit'] },
  );
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
