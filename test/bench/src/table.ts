// <invitation-table> against a plain Lit `repeat` table over the same rows: time to first
// render, to apply one search keystroke, to sort; and the longest main-thread task.
import { LitElement, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Invitation } from '@invitekit/sdk';
import '@invitekit/elements/define/invitation-table';
import { invitations } from '../invitations.js';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 10_000);
const plain = params.get('table') === 'repeat';

const items = invitations(n);

/** The baseline: every row in the DOM, same filter and sort work. */
class RepeatTable extends LitElement {
  static override properties = { items: { attribute: false }, search: {}, sort: {} };
  items: Invitation[] = [];
  search = '';
  sort = 'sentAt';
  override render() {
    const needle = this.search.toLowerCase();
    const rows = this.items.filter(
      (i) =>
        !needle || i.email.includes(needle) || (i.personName ?? '').toLowerCase().includes(needle),
    );
    const key = this.sort as 'email' | 'sentAt';
    rows.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
    return html`<table>
      ${repeat(
        rows,
        (r) => r.id,
        (r) =>
          html`<tr>
            <td>${r.personName ?? r.email}</td>
            <td>${r.targetName}</td>
            <td>${r.status}</td>
            <td>${r.sentAt}</td>
            <td>${r.sendCount}</td>
            <td>${r.invitedBy}</td>
          </tr>`,
      )}
    </table>`;
  }
}
customElements.define('repeat-table', RepeatTable);

type Table = HTMLElement & {
  items: Invitation[] | undefined;
  search: string;
  sort: string;
  updateComplete: Promise<boolean>;
};
const table = document.createElement(
  plain ? 'repeat-table' : 'invitation-table',
) as unknown as Table;

// Only the table's own work counts: start watching long tasks once the rows exist, and give
// each step a task of its own.
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
await nextTask();
let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask', buffered: false });

const measure = async (name: string, work: () => void) => {
  await nextTask();
  performance.mark(`${name}-start`);
  work();
  await table.updateComplete;
  // Count layout too: the frame is not done until the browser has laid the rows out.
  document.body.getBoundingClientRect();
  performance.mark(`${name}-end`);
  performance.measure(name, `${name}-start`, `${name}-end`);
};

await measure('render', () => {
  table.items = items;
  document.body.append(table);
});
await measure('search', () => (table.search = 'person12'));
table.search = '';
await table.updateComplete;
await measure('sort', () => (table.sort = 'email'));
// Long-task entries reach observers in a task of their own, some time after the long task ends
// (takeRecords() right away sees none): read them once the page has gone idle twice.
for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve));
performance.measure('longest-task', { start: 0, duration: longest });
