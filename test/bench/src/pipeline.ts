// <role-pipeline> on a role with N candidates (2,000: 800 matches, 500 applicants…), the mock API
// in a worker standing in for the server: first render (from the element's connection to its
// cards laid out, with the API's answer at hand: a fast server's, still to be parsed and checked
// by the SDK), select everyone in Applied, move them all to Offered (the board updated; the move
// is then held for Undo), one search keystroke, one keyboard move (the drop); and the longest
// main-thread task over all of it (the API's answers to the moves included).
import { createClient } from '@invitekit/sdk';
import '@invitekit/elements/define/role-pipeline';
import type { BenchRequest } from './pipeline-api.js';

const n = Number(new URLSearchParams(location.search).get('n') ?? 2000);
const worker = new Worker(`dist/pipeline-api.js?n=${n}`, { type: 'module' });
const waiting = new Map<number, (response: Response) => void>();
worker.addEventListener(
  'message',
  (
    event: MessageEvent<{ id: number; status: number; headers: [string, string][]; body: string }>,
  ) => {
    const { id, status, headers, body } = event.data;
    waiting.get(id)?.(new Response(body, { status, headers }));
    waiting.delete(id);
  },
);
let ids = 0;
/** The pipeline as the API first answered it, served again at once (the server's time is not ours). */
const cached: { pipeline?: string } = {};
const fetchFromWorker: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  if (request.method === 'GET' && request.url.endsWith('/pipeline') && cached.pipeline)
    return new Response(cached.pipeline, { headers: { 'content-type': 'application/json' } });
  const message: BenchRequest = {
    id: (ids += 1),
    url: request.url,
    method: request.method,
    headers: [...request.headers],
    body: request.method === 'GET' ? '' : await request.text(),
  };
  return new Promise((resolve) => {
    waiting.set(message.id, resolve);
    worker.postMessage(message);
  });
};
const client = createClient({
  baseUrl: 'http://bench.invitekit.test/v1',
  token: 'demo-admin',
  retry: 0,
  fetch: fetchFromWorker,
});
// The worker has seeded its store once this answers.
cached.pipeline = JSON.stringify(await client.roles.pipeline('role_bulk'));

let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longest = Math.max(longest, entry.duration);
    // Each long task on the timeline, beside the steps' marks, for whoever looks into one.
    performance.measure('long-task', { start: entry.startTime, duration: entry.duration });
  }
}).observe({ type: 'longtask', buffered: false });

const board = document.createElement('role-pipeline');
board.client = client;
board.setAttribute('role-id', 'role_bulk');
board.setAttribute('poll-seconds', '0');
const root = () => board.shadowRoot as ShadowRoot;
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Runs `work`, then waits until `done` says the board shows its result, laid out. (Checked after
 * each task, not at `updateComplete`: that would also wait for the updates a ResizeObserver asks
 * for a frame or two later, which refine a board already on screen.)
 */
async function measure(name: string, work: () => void, done: () => boolean): Promise<void> {
  await nextTask();
  performance.mark(`${name}-start`);
  work();
  await Promise.resolve();
  while (!done()) await nextTask();
  document.body.getBoundingClientRect();
  performance.mark(`${name}-end`);
  performance.measure(name, `${name}-start`, `${name}-end`);
}

const cards = (stage: string) =>
  root().querySelectorAll<HTMLElement>(`.cards[data-stage="${stage}"] [role="row"][data-id]`);
const selected = () => root().querySelector('.bulk')?.textContent ?? '';

await measure(
  'render',
  () => document.body.append(board),
  () => board.shadowRoot !== null && cards('applied').length > 0,
);
const applied = Number(
  root()
    .querySelector('.cards[data-stage="applied"]')
    ?.closest('[role="grid"]')
    ?.getAttribute('aria-rowcount'),
);

await measure(
  'select-all',
  () =>
    root()
      .querySelector<HTMLInputElement>('.column[data-stage="applied"] .column-head input')
      ?.click(),
  () => selected().includes(`${applied.toLocaleString('en')} selected`),
);

root().querySelector<HTMLButtonElement>('.bulk .menu-text-button')?.click();
await board.updateComplete;
const offered = () =>
  Number(
    root()
      .querySelector('.cards[data-stage="offered"]')
      ?.closest('[role="grid"]')
      ?.getAttribute('aria-rowcount'),
  );
const before = offered();
await measure(
  'bulk-move',
  () =>
    [...root().querySelectorAll<HTMLElement>('[role="menuitem"]')]
      .find((item) => item.textContent?.trim() === 'Offered')
      ?.click(),
  () => offered() === before + applied && cards('applied').length === 0,
);

const search = root().querySelector<HTMLInputElement>('input[type="search"]');
await measure(
  'search',
  () => {
    if (!search) return;
    search.value = 'smith';
    search.dispatchEvent(new Event('input'));
  },
  () => [...cards('offered')].every((c) => c.textContent?.toLowerCase().includes('smith')),
);
board.search = '';
await board.updateComplete;

// One keyboard move: Enter on the first offered card, → to Confirmed, then Enter drops it.
const card = cards('offered')[0] as HTMLElement;
const personId = card.dataset.id ?? '';
card.focus();
const key = (name: string) =>
  card.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
key('Enter');
key('ArrowRight');
await board.updateComplete;
await measure(
  'key-move',
  () => key('Enter'),
  () => root().querySelector(`.cards[data-stage="confirmed"] [data-id="${personId}"]`) !== null,
);

for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve));
performance.measure('longest-task', { start: 0, duration: longest });
