// The demo shell: starts the mock API in this page, then shows what it holds.
import { createClient } from '@invitekit/sdk';
import { startMockApi } from '@invitekit/mock-api/browser';

const BASE = '/api/v1';
const api = await startMockApi({ persist: true, linkBase: `${location.origin}/invite` });
const client = createClient({ baseUrl: BASE, token: api.tokens.admin });

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function item(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

async function render(): Promise<void> {
  const page = await client.invitations.list({ limit: 1 });
  $('counts').replaceChildren(
    ...Object.entries(page.counts).map(([status, n]) => item(`${status}: ${n}`)),
  );
  const emails = api.outbox().slice(-10).reverse();
  $('outbox').replaceChildren(
    ...(emails.length
      ? emails.map((m) => item(`${m.rule} · to ${m.to}: ${m.subject}`))
      : [item('No emails yet.')]),
  );
  $('clock').textContent = `Mock clock: ${new Date(api.clock.now()).toLocaleString()}`;
}

$('reset').addEventListener('click', () => {
  api.reset();
  void render();
});
$('advance').addEventListener('click', () => {
  api.clock.advance(7 * 86_400_000);
  api.flush();
  void render();
});
await render();
