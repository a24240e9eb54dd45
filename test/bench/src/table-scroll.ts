// <invitation-table> over 100,000 host rows: how many DOM nodes it keeps alive once rendered, and
// how long a jump to the middle of the list takes to paint: from the scroll event to the end of
// the frame that shows the new rows (scroll handling, render, style, layout, paint).
import type { Invitation } from '@invitekit/sdk';
import '@invitekit/elements/define/invitation-table';
import { START, invitations } from '../invitations.js';

const n = Number(new URLSearchParams(location.search).get('n') ?? 100_000);
const items = invitations(n);

type Table = HTMLElement & {
  items: Invitation[];
  now: () => number;
  updateComplete: Promise<boolean>;
};
const table = document.createElement('invitation-table') as unknown as Table;
table.items = items;
table.now = () => START + 40 * 86_400_000;
document.body.append(table);
await table.updateComplete;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
// Let the first layout settle (the table measures its width and font, then renders again), and
// the page go idle: the jump is measured on a table at rest.
for (let i = 0; i < 5; i++) await frame();
await table.updateComplete;
for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve));

/** Every node the page holds in its tree, shadow roots included (elements, text, comments). */
function nodesIn(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    count += 1;
    const shadow = (node as Element).shadowRoot;
    if (shadow) count += nodesIn(shadow);
  }
  return count;
}

const body = table.shadowRoot?.querySelector<HTMLElement>('.body');
if (!body) throw new Error('no table body');
body.addEventListener('scroll', () => performance.mark('scroll-jump-start'), {
  capture: true,
  once: true,
});
body.scrollTop = body.scrollHeight / 2;
await afterPaint();
await table.updateComplete;
if (!table.shadowRoot?.querySelector(`[data-index="${Math.floor(n / 2)}"]`))
  throw new Error('the middle rows did not render');
performance.measure('scroll-jump', 'scroll-jump-start');
// A count, reported the way tachometer reads figures: as the duration of a measure.
await afterPaint();
performance.measure('dom-nodes', { start: 0, duration: nodesIn(document) });
