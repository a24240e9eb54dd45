// The README's "Use it in your page", followed literally: its markup goes into this page as
// written, and its script runs as written (both served from README.md by the test runner, see
// web-test-runner.config.mjs). Then a user drives what the page shows.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { within } from 'shadow-dom-testing-library';

const rowsOf = (table: Element) =>
  [...(table.shadowRoot?.querySelectorAll('.body [role="row"][data-index]') ?? [])].map(
    (row) => row.textContent ?? '',
  );

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

describe('README: use it in your page', () => {
  before(async function () {
    this.timeout(60_000); // the first load of every package's source, through esbuild
    const markup = await (await fetch('/__readme/page.html')).text();
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    // The page's own <script type="module" src="/main.js">: this test imports it below instead.
    for (const node of parsed.body.childNodes)
      if (node.nodeName !== 'SCRIPT') document.body.append(document.importNode(node, true));
    const main = '/__readme/main.js';
    await import(main);
  });

  it('the elements render against the mock, the form invites, and the table shows it', async () => {
    const form = document.querySelector('invite-form') as HTMLElement;
    const table = document.querySelector('invitation-table') as HTMLElement;
    const f = within(form);
    await until(() => rowsOf(table).length > 0, 'table rows');
    expect(rowsOf(table).every((text) => text.includes('Pending'))).to.equal(true);
    (await f.findByShadowRole('textbox', { name: 'Email' })).focus();
    await sendKeys({ type: 'reader@example.org' });
    const role = await f.findByShadowRole<HTMLSelectElement>('combobox', { name: 'Project role' });
    await until(() => role.options.length > 1, 'roles');
    role.value = 'Member';
    role.dispatchEvent(new Event('change'));
    (await f.findByShadowRole('button', { name: 'Review' })).click();
    (await f.findByShadowRole('button', { name: 'Send invitation' })).click();
    await until(
      () =>
        rowsOf(table).some(
          (t) => t.includes('reader@example.org') && t.includes('expires in 30 days'),
        ),
      'the new invitation in the table',
    );
  });

  it('"A week later" moves the mock clock and refresh() follows it', async () => {
    const table = document.querySelector('invitation-table') as HTMLElement;
    (document.querySelector('#next-week') as HTMLButtonElement).click();
    await until(
      () =>
        rowsOf(table).some(
          (t) => t.includes('reader@example.org') && t.includes('expires in 23 days'),
        ),
      'a week closer to expiry',
    );
  });

  it('"Report" puts exportCsv() of the current view on the page', async () => {
    (document.querySelector('#report') as HTMLButtonElement).click();
    const csv = document.querySelector('#csv') as HTMLElement;
    await until(() => csv.textContent !== '', 'the CSV');
    const lines = (csv.textContent ?? '').trim().split('\r\n');
    expect(lines[0]).to.equal('Person,Email,For,Role,Status,Sent,Expires at,Times sent,Invited by');
    expect(lines.slice(1).every((line) => line.includes(',Pending,'))).to.equal(true);
    expect(csv.textContent).to.include('reader@example.org');
  });

  it('"My own rows" hands the table items and now: it filters them itself', async () => {
    const table = document.querySelector('invitation-table') as HTMLElement & {
      items?: unknown[];
    };
    (document.querySelector('#mine') as HTMLButtonElement).click();
    await until(() => Array.isArray(table.items), 'host rows');
    const shown = table.shadowRoot?.querySelector('.footer')?.textContent ?? '';
    const pending = (table.items ?? []).filter(
      (i) =>
        (i as { status: string; targetId: string }).status === 'pending' &&
        (i as { targetId: string }).targetId === 'prj_riverside',
    ).length;
    await until(
      () =>
        table.shadowRoot
          ?.querySelector('.footer')
          ?.textContent?.includes(`Showing ${pending} of ${pending}`) === true,
      `showing ${pending} host rows (was: ${shown})`,
    );
    expect(
      rowsOf(table).some(
        (t) => t.includes('reader@example.org') && t.includes('expires in 23 days'),
      ),
    ).to.equal(true);
  });
});
