// <batch-uploader> on a generated CSV (BOM, quoted line breaks, day-first dates, local mobiles):
// - worker: the worker's own time, bytes to the last checked row (parse + local checks);
// - parse-only: the same decode + parse on the main thread, and Papa Parse beside it;
// - drop-to-table: file dropped → every row in the review table;
// - longest-task: the longest main-thread task from the drop to the table;
// - api-check: the check of every row against the mock API (in this page), and the longest
//   gap between two progress updates.
import { getResponse } from 'msw';
import Papa from 'papaparse';
import { dsvFormat } from 'd3-dsv';
import { createClient } from '@invitekit/sdk';
import { createClock, createMockApi } from '@invitekit/mock-api';
import '@invitekit/elements/define/batch-uploader';

const n = Number(new URLSearchParams(location.search).get('n') ?? 100_000);

const lines = ['E-mail,DOB,First name,Middle names,Surname,Preferred name,Mobile\r\n'];
for (let i = 0; i < n; i++) {
  const day = 1 + (i % 28);
  const month = 1 + (i % 12);
  lines.push(
    `person${i}@example.net,${day}/${month}/19${50 + (i % 50)},"Zoë ${i}",,"O’Brien\nJr ${i}",,04${String(10_000_000 + ((i * 7919) % 90_000_000)).padStart(8, '0')}\r\n`,
  );
}
const file = new File([`\ufeff${lines.join('')}`], 'people.csv', { type: 'text/csv' });

const api = createMockApi({ clock: createClock(Date.UTC(2026, 10, 2)), rateLimit: false });
const client = createClient({
  baseUrl: 'http://bench.invitekit.test/v1',
  token: 'demo-admin',
  retry: 0,
  timeout: 60_000,
  fetch: async (input, init) =>
    (await getResponse(api.handlers, new Request(input, init))) ??
    new Response(null, { status: 404 }),
});
const batch = await client.pools.createBatch('pool_civil', 'Bench');

const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

// Papa Parse and d3-dsv on the main thread, the same bytes decoded the same way.
const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
await nextTask();
performance.mark('papa-start');
const papa = Papa.parse<string[]>(text, { skipEmptyLines: true });
performance.measure('papaparse', 'papa-start');
await nextTask();
performance.mark('dsv-start');
const dsv = dsvFormat(',').parseRows(text);
performance.measure('d3-dsv', 'dsv-start');
if (papa.data.length !== dsv.length)
  console.error('row counts differ', papa.data.length, dsv.length);

const uploader = document.createElement('batch-uploader');
uploader.client = client;
uploader.setAttribute('pool-id', 'pool_civil');
uploader.setAttribute('batch-id', batch.id);
document.body.append(uploader);
const root = uploader.shadowRoot;
const waitFor = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
};
await waitFor(() => root?.querySelector('[part="drop"]') != null);
// The worker's code loads with the first file: warm it up on a small one, as a page would be.
const warm = new DataTransfer();
warm.items.add(new File(['Email\na@b.co\n'], 'warm.csv'));
root?.querySelector('[part="drop"]')?.dispatchEvent(new DragEvent('drop', { dataTransfer: warm }));
await waitFor(() => root?.querySelector('.summary') != null);
[...(root?.querySelectorAll('button') ?? [])]
  .find((b) => b.textContent?.includes('Discard'))
  ?.click();
await waitFor(() => root?.querySelector('[part="drop"]') != null);
await nextTask();

let longest = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
});
observer.observe({ type: 'longtask', buffered: false });
const read = new Promise<{ ms: number }>((resolve) =>
  uploader.addEventListener('invitekit-file-read', (e) => resolve(e.detail), { once: true }),
);
const data = new DataTransfer();
data.items.add(file);
performance.mark('drop');
root?.querySelector('[part="drop"]')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data }));
const { ms } = await read;
await uploader.updateComplete;
await waitFor(() => (root?.querySelectorAll('.body [role="row"][data-index]').length ?? 0) > 0);
performance.measure('drop-to-table', 'drop');
performance.measure('worker', { start: 0, duration: ms });
for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve));
observer.disconnect();
performance.measure('longest-task', { start: 0, duration: longest });

// The API check, with the time between progress updates.
const progress: number[] = [];
const checked = new Promise<void>((resolve) =>
  uploader.addEventListener('invitekit-rows-checked', () => resolve(), { once: true }),
);
const upload = [...(root?.querySelectorAll('button') ?? [])].find((b) =>
  b.textContent?.includes('Upload and check'),
);
performance.mark('check');
const started = performance.now();
upload?.click();
let last = -1;
const sample = () => {
  const value = root?.querySelector('progress')?.value;
  if (value !== undefined && value !== last) {
    last = value;
    progress.push(performance.now());
  }
  requestAnimationFrame(sample);
};
requestAnimationFrame(sample);
await checked;
const ended = performance.now();
performance.measure('api-check', 'check');
const times = [started, ...progress, ended];
const gap = Math.max(...times.slice(1).map((t, i) => t - (times[i] ?? t)));
performance.measure('progress-gap', { start: 0, duration: gap });
