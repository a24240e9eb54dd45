// <invitation-table> driven as an admin would: by role and name, keyboard included, against the
// mock API in this page.
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { Invitation } from '@invitekit/sdk';
import '../src/define/invitation-table.js';
import '../src/define/invite-form.js';
import type { InvitationTable } from '../src/invitation-table/invitation-table.js';
import {
  adminClient,
  element,
  eventFrom,
  press,
  screenOf,
  type,
  until,
  useMockApi,
} from './helpers.js';

const mock = useMockApi();
const DAY = 86_400_000;

/** A table in a provider, and optionally an `<invite-form>` with `formAttributes` beside it. */
async function mount(attributes = '', formAttributes?: string): Promise<InvitationTable> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const provider = element('invitekit-provider', 'base-url="/api/v1" token="demo-admin"');
  const table = element('invitation-table', attributes);
  provider.append(
    table,
    ...(formAttributes === undefined ? [] : [element('invite-form', formAttributes)]),
  );
  wrapper.append(provider);
  table.now = () => mock().clock.now();
  await until(
    () => table.shadowRoot?.querySelector('[role="row"][data-index="0"]') !== null,
    'first row',
  );
  await settled(table);
  return table;
}

/** Waits for the layout the table's width calls for (it is measured after the first render). */
async function settled(table: InvitationTable): Promise<void> {
  const em = parseFloat(getComputedStyle(table).fontSize);
  const width = table.clientWidth;
  const layout = width < 45 * em ? 'narrow' : width < 64 * em ? 'medium' : 'wide';
  await until(
    () => table.shadowRoot?.querySelector('.grid')?.classList.contains(layout) === true,
    `${layout} layout`,
  );
  await table.updateComplete;
}

const rows = (table: InvitationTable) => [
  ...(table.shadowRoot?.querySelectorAll<HTMLElement>('.body [role="row"]') ?? []),
];
/** Each row's text as a reader meets it: every cell's pieces, one after the other. */
const rowText = (table: InvitationTable) =>
  rows(table).map((r) =>
    textHolders(r)
      .map((el) => el.textContent?.trim())
      .join(' ')
      .replace(/\s+/g, ' '),
  );

/** Elements of a row that hold text of their own (the leaves a reader reads). */
const textHolders = (row: HTMLElement) =>
  [row, ...row.querySelectorAll<HTMLElement>('*')].filter(
    (el) =>
      el.checkVisibility() &&
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
  );

/** Whether `el` shows less than its text: cut off by its own box (ellipsis, clamp) or its row. */
function isCut(el: HTMLElement, row: HTMLElement): boolean {
  const box = el.getBoundingClientRect();
  const frame = row.getBoundingClientRect();
  return (
    el.scrollWidth > el.clientWidth + 1 ||
    el.scrollHeight > el.clientHeight + 1 ||
    box.right > frame.right + 0.5 ||
    box.bottom > frame.bottom + 0.5
  );
}

/** Opens the actions menu of `who`'s row and chooses `action`, as a mouse user would. */
async function choose(table: InvitationTable, who: string, action: string): Promise<void> {
  const s = screenOf(table);
  (await s.findByShadowRole('button', { name: `Actions for ${who}` })).click();
  await s.findByShadowRole('menu', { name: `Actions for ${who}` });
  (await s.findByShadowRole('menuitem', { name: action })).click();
}

/**
 * How many tasks of its own the page ran while `busy()` held: a chain of message tasks (the way
 * a click or a key press would queue), each queueing the next, counted from this task on.
 */
function tasksWhile(busy: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    let count = 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!busy()) {
        channel.port1.close();
        resolve(count);
        return;
      }
      count++;
      channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
}

/** An invitation with a long email standing for the name, and one with a long name and email. */
async function longValues(): Promise<void> {
  await pendingFor('alexandra.konstantinopoulou@contractor.example');
  const person = await adminClient().people.create({
    email: 'bartholomew.featherstonehaugh@example.org',
    firstName: 'Bartholomew',
    lastName: 'Featherstonehaugh-Wolfeschlegel',
    dateOfBirth: '1988-05-05',
  });
  await adminClient().people.sendInvite(person.id);
}

async function pendingFor(email: string): Promise<Invitation> {
  const result = await adminClient().projects.addMember('prj_riverside', { email, role: 'Member' });
  if (!result.invitation) throw new Error('no invitation');
  return result.invitation;
}

describe('<invitation-table> (R32)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists who, what for, status, sent, expires in, times sent and invited by; filters by status with counts', async () => {
    await setViewport({ width: 1400, height: 700 });
    await pendingFor('listed@example.org');
    const table = await mount('project-id="prj_riverside"');
    const s = screenOf(table);
    const grid = await s.findByShadowRole('grid', { name: 'Invitations' });
    for (const name of ['Person', 'For', 'Status', 'Sent', 'Expires', 'Times sent', 'Invited by']) {
      await s.findByShadowRole('columnheader', { name: new RegExp(name) });
    }
    const counts = await adminClient().invitations.list({ targetId: 'prj_riverside' });
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(counts.total + 1));
    const row = rowText(table).find((t) => t.includes('listed@example.org')) ?? '';
    expect(row).to.match(/Riverside Tower Project · Member/);
    expect(row).to.match(/Pending/);
    expect(row).to.match(/expires in 30 days/);
    expect(row).to.match(/Alex Rivera/);
    await expect(table).to.be.accessible();
    const chip = await s.findByShadowRole('button', { name: `Expired ${counts.counts.expired}` });
    chip.click();
    await until(
      () =>
        rowText(table).every((t) => t.includes('Expired')) &&
        rowText(table).length === counts.counts.expired,
      'expired only',
    );
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(table.status).to.equal('expired');
    expect(table.getAttribute('status')).to.equal('expired');
    table.removeAttribute('status');
    await until(() => rowText(table).length > counts.counts.expired, 'every status again');
    expect(table.status).to.equal('');
    chip.click();
    await until(() => table.status === 'expired', 'expired again');
    const all = await s.findByShadowRole('button', { name: 'All' });
    all.click();
    await until(() => table.status === '' && rowText(table).length > counts.counts.expired, 'all');
    expect(all.getAttribute('aria-pressed')).to.equal('true');
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
  });

  it('searches by name or email on the server, and sorts by a column', async () => {
    await setViewport({ width: 1400, height: 700 });
    await pendingFor('zz.searchable@example.org');
    const table = await mount();
    const s = screenOf(table);
    await type(
      await s.findByShadowRole('searchbox', { name: 'Search by name or email' }),
      'searchable',
    );
    await until(
      () => rowText(table).length === 1 && rowText(table)[0]?.includes('zz.searchable') === true,
      'search result',
    );
    expect(table.search).to.equal('searchable');
    await type(await s.findByShadowRole('searchbox'), '');
    table.search = '';
    await until(() => rowText(table).length > 1, 'all rows back');
    const header = await s.findByShadowRole('button', { name: /Times sent/ });
    header.click();
    await until(() => table.sort === 'sendCount', 'sorted');
    await until(() => rowText(table)[0]?.includes('4') === true, 'highest first');
    expect(
      (await s.findByShadowRole('columnheader', { name: /Times sent/ })).getAttribute('aria-sort'),
    ).to.equal('descending');
    expect([table.getAttribute('sort'), table.getAttribute('order')]).to.deep.equal([
      'sendCount',
      'desc',
    ]);
  });

  it('R7, R8, R9: resend, expire (after a confirm step) and re-invite, each from its row', async () => {
    const invitation = await pendingFor('actions@example.org');
    const table = await mount('project-id="prj_riverside" search="actions@"');
    const s = screenOf(table);
    await until(() => rowText(table).length === 1, 'one row');
    const changed = await eventFrom(table, 'invitekit-invitation-changed', () =>
      choose(table, 'actions@example.org', 'Resend'),
    );
    expect(changed.invitation.sendCount).to.equal(2);
    await until(() => rowText(table)[0]?.match(/Pending.*\b2\b/) !== null, 'sent twice');
    await choose(table, 'actions@example.org', 'Expire');
    const dialog = await s.findByShadowRole('alertdialog');
    expect(dialog.textContent).to.include('Its link stops working at once');
    await expect(table).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Expire' })).click();
    await until(() => rowText(table)[0]?.includes('Expired') === true, 'expired');
    expect((await adminClient().invitations.get(invitation.id)).status).to.equal('expired');
    const reinvited = await eventFrom(table, 'invitekit-invitation-changed', () =>
      choose(table, 'actions@example.org', 'Re-invite'),
    );
    expect(reinvited.action).to.equal('reinvite');
    expect(reinvited.invitation.status).to.equal('pending');
    await until(() => rowText(table).length === 2, 'new invitation on top');
  });

  it('bulk resend reports each row, including the ones that failed', async () => {
    await pendingFor('bulk-a@example.org');
    await pendingFor('bulk-b@example.org');
    const expired = await pendingFor('bulk-c@example.org');
    await adminClient().invitations.expire(expired.id);
    const table = await mount('search="bulk-"');
    const s = screenOf(table);
    await until(() => rowText(table).length === 3, 'three rows');
    (await s.findByShadowRole('checkbox', { name: 'Select all loaded rows' })).click();
    await s.findByShadowText('3 selected');
    await expect(table).to.be.accessible();
    const done = await eventFrom(table, 'invitekit-bulk-done', async () => {
      (await s.findByShadowRole('button', { name: 'Resend selected' })).click();
    });
    expect(done.results.filter((r) => r.ok)).to.have.length(2);
    const failed = done.results.find((r) => !r.ok);
    expect(failed?.id).to.equal(expired.id);
    expect(failed?.error?.code).to.equal('invalid_transition');
    const status = (await s.findAllByShadowText('2 done, 1 failed.'))[0];
    expect(status?.closest('.notice')?.textContent).to.include('re-invite instead');
    await s.findByShadowText('1 selected');
  });

  it('exports the current view as CSV, neutralising formula-like cells (full-width too)', async () => {
    await adminClient().projects.addMember('prj_riverside', {
      email: 'csv@example.org',
      role: 'Member',
      message: 'hi',
    });
    const evil = await adminClient().people.create({
      email: 'evil@example.org',
      firstName: '=HYPERLINK("x")',
      lastName: '+1',
      dateOfBirth: '1990-01-01',
    });
    await adminClient().people.sendInvite(evil.id);
    const wide = await adminClient().people.create({
      email: 'wide@example.org',
      firstName: '＝SUM(1)',
      lastName: 'Wide',
      dateOfBirth: '1990-01-01',
    });
    await adminClient().people.sendInvite(wide.id);
    const table = await mount('search="@example.org" status="pending"');
    const s = screenOf(table);
    const exported = await eventFrom(table, 'invitekit-export', async () => {
      table.addEventListener('invitekit-export', (e) => e.preventDefault(), { once: true });
      (await s.findByShadowRole('button', { name: 'Export CSV' })).click();
    });
    // A UTF-8 byte-order mark first, so Excel on Windows reads "José" and not "JosÃ©".
    expect(exported.csv.startsWith('\uFEFFPerson,')).to.equal(true);
    const lines = exported.csv.slice(1).trim().split('\r\n');
    expect(lines[0]).to.equal('Person,Email,For,Role,Status,Sent,Expires at,Times sent,Invited by');
    const all = await adminClient().invitations.list({ q: '@example.org', status: ['pending'] });
    expect(lines).to.have.length(all.total + 1);
    expect(exported.csv).to.include(`"'=HYPERLINK(""x"") +1",evil@example.org`);
    expect(exported.csv).to.include(`'＝SUM(1) Wide,wide@example.org`);
    expect(exported.csv).to.include('csv@example.org,Project: Riverside Tower,Member,Pending');
  });

  it('renders names from the API as text, never as HTML, in both views and the row menu', async () => {
    const evil = '<img src=x onerror="window.__tableXss=1">';
    const name = `${evil} Tester`;
    const person = await adminClient().people.create({
      email: 'xss-table@example.org',
      firstName: evil,
      lastName: 'Tester',
      dateOfBirth: '1990-01-01',
    });
    await adminClient().people.sendInvite(person.id);
    const invitations = await mount('search="xss-table@example.org"');
    expect(rowText(invitations)[0]).to.include(name);
    const s = screenOf(invitations);
    (await s.findByShadowRole('button', { name: `Actions for ${name}` })).click();
    await s.findByShadowRole('menu', { name: `Actions for ${name}` });
    const accounts = await mount('view="accounts" search="xss-table@example.org"');
    expect(rowText(accounts)[0]).to.include(name);
    for (const table of [invitations, accounts])
      expect(table.shadowRoot?.querySelector('img')).to.equal(null);
    expect((window as { __tableXss?: number }).__tableXss).to.equal(undefined);
  });

  it('leaves the byte-order mark out when asked (no-bom, or exportCsv({ bom: false }))', async () => {
    const jose = await adminClient().people.create({
      email: 'jose.bom@example.org',
      firstName: 'José',
      lastName: 'Bom',
      dateOfBirth: '1990-01-01',
    });
    await adminClient().people.sendInvite(jose.id);
    const table = await mount('search="bom@" no-bom');
    const exported = await eventFrom(table, 'invitekit-export', async () => {
      table.addEventListener('invitekit-export', (e) => e.preventDefault(), { once: true });
      (await screenOf(table).findByShadowRole('button', { name: 'Export CSV' })).click();
    });
    expect(exported.csv.startsWith('Person,')).to.equal(true);
    expect(exported.csv).to.include('José Bom,jose.bom@example.org');
    table.removeAttribute('no-bom');
    expect((await table.exportCsv()).charCodeAt(0)).to.equal(0xfeff);
    expect((await table.exportCsv({ bom: false })).startsWith('Person,')).to.equal(true);
  });

  it("R8: copies a pending invitation's link from its menu, announced", async () => {
    const invitation = await pendingFor('copy-me@example.org');
    const table = await mount('search="copy-me@"');
    await until(() => rowText(table).length === 1, 'one row');
    await choose(table, 'copy-me@example.org', 'Copy link');
    await until(
      () =>
        table.shadowRoot
          ?.querySelector('[role="status"].visually-hidden')
          ?.textContent?.includes('Invite link copied.') === true,
      'announced',
    );
    const { link } = await adminClient().invitations.get(invitation.id);
    expect(await navigator.clipboard.readText()).to.equal(new URL(link ?? '-', location.href).href);
  });

  it('R8: bulk expire expires every selected pending invitation', async () => {
    const a = await pendingFor('bulk-x1@example.org');
    const b = await pendingFor('bulk-x2@example.org');
    const table = await mount('search="bulk-x"');
    const s = screenOf(table);
    await until(() => rowText(table).length === 2, 'two rows');
    (await s.findByShadowRole('checkbox', { name: 'Select all loaded rows' })).click();
    const done = await eventFrom(table, 'invitekit-bulk-done', async () => {
      (await s.findByShadowRole('button', { name: 'Expire selected' })).click();
    });
    expect(done.results.map((r) => r.invitation?.status)).to.deep.equal(['expired', 'expired']);
    await until(() => rowText(table).every((t) => t.includes('Expired')), 'both expired');
    for (const { id } of [a, b])
      expect((await adminClient().invitations.get(id)).status).to.equal('expired');
  });

  it('"Load more" loads the next page', async () => {
    const table = await mount('page-size="20"');
    const s = screenOf(table);
    const total = (await adminClient().invitations.list({})).total;
    await s.findByShadowText(`Showing 20 of ${total}`, { exact: false });
    (await s.findByShadowRole('button', { name: 'Load more' })).click();
    await s.findByShadowText(`Showing 40 of ${total}`, { exact: false });
  });

  it('moves between rows with the arrow keys and selects with Space', async () => {
    const table = await mount('project-id="prj_riverside"');
    const first = rows(table)[0];
    first?.focus();
    await press('ArrowDown');
    await press('ArrowDown');
    expect(table.shadowRoot?.activeElement?.getAttribute('data-index')).to.equal('2');
    await press('Space');
    await until(() => rows(table)[2]?.getAttribute('aria-selected') === 'true', 'selected');
    await press('End');
    const last = String(
      (await adminClient().invitations.list({ targetId: 'prj_riverside', limit: 500 })).total - 1,
    );
    await until(
      () => table.shadowRoot?.activeElement?.getAttribute('data-index') === last,
      'last row',
    );
    await press('Home');
    expect(table.shadowRoot?.activeElement?.getAttribute('data-index')).to.equal('0');
    await press('Tab');
    expect(table.shadowRoot?.activeElement?.getAttribute('aria-label')).to.match(/^Select /);
  });

  it("opens a row's actions menu from the keyboard, and Escape returns to its button", async () => {
    await pendingFor('keys@example.org');
    const table = await mount('search="keys@"');
    const s = screenOf(table);
    rows(table)[0]?.focus();
    await press('Tab');
    await press('Tab');
    const button = table.shadowRoot?.activeElement;
    expect(button?.getAttribute('aria-label')).to.equal('Actions for keys@example.org');
    await press('ArrowDown');
    const menu = await s.findByShadowRole('menu', { name: 'Actions for keys@example.org' });
    expect(button?.getAttribute('aria-expanded')).to.equal('true');
    const focused = () => table.shadowRoot?.activeElement?.textContent?.trim();
    expect(focused()).to.equal('Resend');
    await press('ArrowDown');
    expect(focused()).to.equal('Expire');
    await press('End');
    expect(focused()).to.equal('Details');
    await press('ArrowDown');
    expect(focused()).to.equal('Resend');
    await expect(table).to.be.accessible();
    await press('Escape');
    await until(() => !menu.matches(':popover-open'), 'menu closed');
    expect(table.shadowRoot?.activeElement).to.equal(button);
    expect(button?.getAttribute('aria-expanded')).to.equal('false');
    const viewed = await eventFrom(table, 'invitekit-view-invitation', async () => {
      await press('Enter');
      await until(() => focused() === 'Resend', 'menu open');
      await press('End');
      await press('Enter');
    });
    expect(viewed.invitation.email).to.equal('keys@example.org');
  });

  it('renders only the rows in view, and loads more as it scrolls', async () => {
    const table = await mount('page-size="50"');
    const body = table.shadowRoot?.querySelector<HTMLElement>('.body');
    expect(rows(table).length).to.be.below(30);
    const total = (await adminClient().invitations.list({})).total;
    expect(table.shadowRoot?.textContent).to.include(`Showing 50 of ${total}`);
    if (body) body.scrollTop = body.scrollHeight;
    body?.dispatchEvent(new Event('scroll'));
    const shown = Math.min(100, total);
    await until(
      () => table.shadowRoot?.textContent?.includes(`Showing ${shown} of ${total}`) === true,
      'next page',
    );
  });

  it('shows an invitation sent from an <invite-form> on the page without a reload', async () => {
    const table = await mount(
      'project-id="prj_riverside"',
      '<invite-form project-id="prj_riverside"></invite-form>',
    );
    const before = (await adminClient().invitations.list({ targetId: 'prj_riverside' })).total;
    const form = table.parentElement?.querySelector('invite-form');
    const f = screenOf(form as HTMLElement);
    await type(await f.findByShadowRole('textbox', { name: 'Email' }), 'live@example.org');
    const select = form?.shadowRoot?.querySelector('select');
    await until(() => (select?.options.length ?? 0) > 1, 'roles');
    if (select) {
      select.value = 'Member';
      select.dispatchEvent(new Event('change'));
    }
    (await f.findByShadowRole('button', { name: 'Review' })).click();
    (await f.findByShadowRole('button', { name: 'Send invitation' })).click();
    await until(
      () =>
        table.shadowRoot?.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') ===
        String(before + 2),
      'row added',
    );
    expect(rowText(table)[0]).to.include('live@example.org');
  });

  it('R7: an expiry ticks over as the clock passes', async () => {
    await pendingFor('ticking@example.org');
    const table = await mount('search="ticking"');
    expect(rowText(table)[0]).to.include('expires in 30 days');
    mock().clock.advance(31 * DAY);
    table.requestUpdate();
    await table.updateComplete;
    expect(rowText(table)[0]).to.match(/Expired.*expired yesterday/);
  });

  it('R8: an invitation expired early never reads "expired in": seeded ones expired in the past', async () => {
    const table = await mount('status="expired"');
    await until(() => rowText(table).length > 0, 'expired rows');
    const texts = rowText(table);
    expect(
      texts.every((t) => /expired .*ago|expired yesterday/.test(t)),
      texts.join('\n'),
    ).to.equal(true);
    // Rows from a host may say expired with an expiry still ahead: no "in" then either.
    const [template] = (await adminClient().invitations.list({ status: ['expired'], limit: 1 }))
      .items;
    if (!template) throw new Error('no expired invitation');
    table.items = [
      { ...template, expiresAt: new Date(mock().clock.now() + 10 * DAY).toISOString() },
    ];
    await table.updateComplete;
    expect(rowText(table)[0]).to.match(/Expired/);
    expect(rowText(table)[0]).to.not.match(/expired in|in \d+ days/);
  });

  it('R7: a row turns Expired within a second of its expiry, following the API clock, and its chips follow', async () => {
    const invitation = await pendingFor('on-the-dot@example.org');
    // The API's clock (the mock's) runs 30 days ahead, less a moment: the invitation has 1.5 s left.
    mock().clock.advance(Date.parse(invitation.expiresAt) - mock().clock.now() - 1500);
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const provider = element('invitekit-provider', 'base-url="/api/v1" token="demo-admin"');
    const table = element('invitation-table'); // no `now`: the table follows the API's clock
    provider.append(table);
    wrapper.append(provider);
    const s = screenOf(table);
    await until(() => rowText(table)[0]?.includes('on-the-dot') === true, 'the row');
    const chip = (name: string) =>
      Number(
        [...(table.shadowRoot?.querySelectorAll('.chips button') ?? [])]
          .find((b) => b.textContent?.trim().startsWith(name))
          ?.querySelector('.count')
          ?.textContent?.replace(/\D/g, ''),
      );
    expect(rowText(table)[0]).to.match(
      /Pending.*expires in 1 second|Pending.*expires in 2 seconds|Pending.*expires now|Pending/,
    );
    const before = { pending: chip('Pending'), expired: chip('Expired') };
    const flipped = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (rowText(table)[0]?.includes('Expired')) {
          observer.disconnect();
          resolve(mock().clock.now());
        }
      });
      observer.observe(table.shadowRoot as ShadowRoot, {
        subtree: true,
        characterData: true,
        childList: true,
      });
    });
    const at = await flipped;
    expect(at - Date.parse(invitation.expiresAt), 'late by').to.be.below(1000);
    await table.updateComplete;
    expect({ pending: chip('Pending'), expired: chip('Expired') }).to.deep.equal({
      pending: before.pending - 1,
      expired: before.expired + 1,
    });
    await s.findByShadowRole('button', { name: `Expired ${before.expired + 1}` });
  });

  it('R7: host rows turn Expired within a second too, and their counts follow', async () => {
    const [template] = (await adminClient().invitations.list({ status: ['pending'], limit: 2 }))
      .items;
    if (!template) throw new Error('no pending invitation');
    const soon = Date.now() + 1500;
    const items: Invitation[] = [
      {
        ...template,
        id: 'soon',
        email: 'soon@example.org',
        expiresAt: new Date(soon).toISOString(),
      },
      {
        ...template,
        id: 'later',
        email: 'later@example.org',
        expiresAt: new Date(soon + 20 * DAY).toISOString(),
      },
    ];
    const table = await fixture<InvitationTable>(
      html`<invitation-table .items=${items} sort="email" order="desc"></invitation-table>`,
    );
    const s = screenOf(table);
    await s.findByShadowRole('button', { name: 'Pending 2' });
    await s.findByShadowRole('button', { name: 'Expired 1' }, { timeout: 3000 });
    expect(Date.now() - soon, 'late by').to.be.below(1000);
    await s.findByShadowRole('button', { name: 'Pending 1' });
    expect(rowText(table)[0]).to.match(/soon@example\.org.*Expired/);
  });

  it('shows an empty state, and an error with a retry that works', async () => {
    const table = await mount();
    const s = screenOf(table);
    table.search = 'nobody-matches-this';
    // A request through the service worker: give a loaded machine time.
    await s.findByShadowText('Nothing matches these filters.', {}, { timeout: 3000 });
    await expect(table).to.be.accessible();
    mock().faults.rules.push({ route: 'listInvitations', mode: 'status', status: 500, times: 3 }); // beyond the SDK's own retries
    table.search = 'still-nobody';
    // The SDK retries twice with backoff (about a second) before the error shows.
    const alert = await s.findByShadowRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).to.include('Something went wrong on our side');
    await expect(table).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Try again' })).click();
    await s.findByShadowText('Nothing matches these filters.', {}, { timeout: 3000 });
  });

  it('becomes cards at 320 px, and stays accessible', async () => {
    await setViewport({ width: 320, height: 700 });
    const table = await mount('project-id="prj_riverside"');
    await until(() => table.shadowRoot?.querySelector('.grid.narrow') !== null, 'narrow');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(table).to.be.accessible();
  });

  it('at 375 px, cards show who and what in full, wrapping long values', async () => {
    await setViewport({ width: 375, height: 800 });
    await longValues();
    const table = await mount();
    await until(() => table.shadowRoot?.querySelector('.grid.narrow') !== null, 'cards');
    for (const who of ['alexandra.konstantinopoulou', 'Featherstonehaugh']) {
      table.search = who;
      await until(() => rowText(table).length === 1, `${who} alone`);
      const row = rows(table)[0] as HTMLElement;
      const cut = textHolders(row)
        .filter((el) => isCut(el, row))
        .map((el) => el.textContent);
      expect(cut, `cut in the card of ${who}`).to.deep.equal([]);
    }
    table.search = '';
    await until(() => rowText(table).length > 3, 'every row');
    for (const row of rows(table)) {
      const cut = textHolders(row).filter((el) => isCut(el, row));
      expect(
        cut.map((el) => el.textContent),
        row.textContent ?? '',
      ).to.deep.equal([]);
    }
    await expect(table).to.be.accessible();
  });

  it('at 800 px the sent date, status and expiry are never cut; a cut value has its full text on hover', async () => {
    await longValues();
    const table = await mount();
    await until(() => rowText(table).length > 5, 'rows');
    let hovered = 0;
    for (const row of rows(table)) {
      for (const el of textHolders(row)) {
        if (!isCut(el, row)) continue;
        expect(el.closest('.who, .what, .by'), `${el.textContent ?? ''} is cut`).to.not.equal(null);
        const box = el.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.ceil(box.x + 4), Math.ceil(box.y + 4)] });
        expect(el.title, 'full value on hover').to.equal(el.textContent);
        hovered += 1;
      }
    }
    expect(hovered, 'the long name and email are cut at this width').to.be.greaterThan(0);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('draws its status icons (no font glyph that a page without an emoji font shows as a box)', async () => {
    await setViewport({ width: 1400, height: 700 });
    const table = await mount();
    await until(() => rowText(table).length > 5, 'rows');
    const glyphs = /[\u2190-\u2bff\u{1f000}-\u{1faff}]/u;
    const texts: string[] = [];
    const walker = document.createTreeWalker(table.shadowRoot as Node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '');
    expect(texts.filter((t) => glyphs.test(t))).to.deep.equal([]);
    const badges = [...(table.shadowRoot?.querySelectorAll<HTMLElement>('[part="status"]') ?? [])];
    expect(badges.length).to.be.greaterThan(5);
    for (const badge of badges) {
      const icon = getComputedStyle(badge, '::before');
      expect(icon.content, badge.textContent ?? '').to.not.equal('none');
      expect(parseFloat(icon.width)).to.be.greaterThan(6);
    }
  });

  it('fits 800 px without scrolling sideways: times sent and invited by go under the date', async () => {
    await pendingFor('medium@example.org');
    const table = await mount('search="medium@"');
    const grid = table.shadowRoot?.querySelector<HTMLElement>('.grid');
    expect(grid?.scrollWidth).to.equal(grid?.clientWidth);
    const by = table.shadowRoot?.querySelector<HTMLElement>('.sent .by');
    expect(by?.checkVisibility()).to.equal(true);
    expect(by?.textContent).to.equal('Once · Alex Rivera');
    await expect(table).to.be.accessible();
    await setViewport({ width: 1400, height: 700 });
    await until(() => by?.checkVisibility() === false, 'own columns when wide');
    expect(grid?.scrollWidth).to.equal(grid?.clientWidth);
  });

  it('grows its rows with the font, so large text is never cut off', async () => {
    await pendingFor('big-text@example.org');
    const table = await mount('search="big-text@"');
    const row = () => rows(table)[0];
    const whole = () => (row()?.scrollHeight ?? 0) <= (row()?.clientHeight ?? 0);
    expect(whole()).to.equal(true);
    table.style.fontSize = '28px';
    await setViewport({ width: 1400, height: 900 }); // a resize re-measures the font
    await until(() => row()?.offsetHeight === Math.round(3.5 * 28), 'taller rows');
    expect(whole()).to.equal(true);
  });

  it('works on rows the host provides, filtering and sorting them itself', async () => {
    const items = (await adminClient().invitations.list({ limit: 500 })).items;
    const table = await fixture<InvitationTable>(
      html`<invitation-table
        .items=${items}
        status="pending"
        sort="email"
        order="asc"
      ></invitation-table>`,
    );
    table.now = () => mock().clock.now();
    await table.updateComplete;
    const pending = items
      .filter((i) => i.status === 'pending')
      .map((i) => i.email)
      .sort();
    expect(table.shadowRoot?.textContent).to.include(
      `Showing ${pending.length} of ${pending.length}`,
    );
    expect(rowText(table)[0]).to.include(pending[0] ?? '');
  });
  it('switches between the API and rows the host gives it, and back', async () => {
    const table = await mount();
    const total = (await adminClient().invitations.list({})).total;
    const showing = (text: string) => table.shadowRoot?.textContent?.includes(text) === true;
    await until(() => showing(`of ${total}`), 'API rows');
    const mine = (await adminClient().invitations.list({ limit: 3 })).items;
    table.items = mine;
    await table.updateComplete;
    expect(showing('Showing 3 of 3')).to.equal(true);
    table.items = undefined;
    await until(() => showing(`of ${total}`), 'API rows again');
  });

  it('sorts and filters 60,000 host rows in slices, the page answering meanwhile', async () => {
    const template = (await adminClient().invitations.list({ limit: 1 })).items[0];
    if (!template) throw new Error('no invitation');
    const now = mock().clock.now();
    const items: Invitation[] = Array.from({ length: 60_000 }, (_, i) => ({
      ...template,
      id: `host_${i}`,
      email: `p${(i * 7919) % 60_000}@example.com`,
      status: i % 2 ? 'accepted' : 'pending',
      // Every tenth pending one is already past its expiry: it counts and filters as expired.
      expiresAt: new Date(now + (i % 20 === 0 ? -DAY : 10 * DAY)).toISOString(),
    }));
    // Each reading of the clock here moves it on by 1 ms more, so the work spans several 20 ms
    // slices on any machine, however fast (on this one it does without).
    let skew = 0;
    const realNow = performance.now.bind(performance);
    performance.now = () => realNow() + ++skew;
    const table = document.createElement('invitation-table');
    Object.assign(table, { items, now: () => now, sort: 'email', order: 'asc' });
    document.body.append(table);
    const busy = () =>
      table.shadowRoot?.querySelector('[role="grid"]')?.getAttribute('aria-busy') === 'true';
    const answered = tasksWhile(busy);
    try {
      await new Promise(requestAnimationFrame);
      const grid = table.shadowRoot?.querySelector('[role="grid"]');
      // The first frame shows the skeleton; the rows come once the work is done.
      expect(grid?.getAttribute('aria-busy')).to.equal('true');
      expect(table.shadowRoot?.textContent).to.include('Loading invitations…');
      await expect(table).to.be.accessible();
      await table.updateComplete;
      expect(grid?.getAttribute('aria-busy')).to.equal('false');
      // The first probe runs before the second slice; work done in one long task after the first
      // slice would leave it at 1. Each slice lets the page run a task of its own before the next.
      expect(await answered, 'page tasks run while the rows were worked out').to.be.at.least(2);
      const first = items
        .map((i) => i.email)
        .sort()
        .slice(0, 3);
      expect(
        rowText(table)
          .slice(0, 3)
          .map((text, i) => text.includes(first[i] ?? '-')),
      ).to.deep.equal([true, true, true]);
      const chip = (name: string) =>
        screenOf(table).findByShadowRole('button', { name: new RegExp(`^${name} \\d`) });
      expect((await chip('Expired')).textContent).to.match(/Expired\s+3,000/);
      expect((await chip('Pending')).textContent).to.match(/Pending\s+27,000/);
      table.status = 'expired';
      table.order = 'desc';
      await table.updateComplete;
      expect(table.shadowRoot?.textContent).to.include('Showing 3,000 of 3,000');
      expect(rowText(table)[0]).to.match(/Expired.*expired yesterday/);
    } finally {
      table.remove();
      Reflect.deleteProperty(performance, 'now');
    }
  });
});

describe('<invitation-table> and sign-ups through shared links (R30)', () => {
  it('R30: sign-ups awaiting approval have a status and count of their own, explained as a security step; approve, reject, one or many', async () => {
    await setViewport({ width: 1400, height: 800 });
    const table = await mount();
    const s = screenOf(table);
    const waiting = (await adminClient().invitations.list({ status: ['applied'] })).items;
    expect(waiting.length).to.equal(3);
    const note = await s.findByShadowText(/3 people signed up through a shared link/);
    expect(note.textContent).to.match(
      /Approval is a security step.*approve only people you expect/,
    );
    await expect(table).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Show sign-ups' })).click();
    await until(() => rowText(table).length === 3, 'the three sign-ups');
    expect(rowText(table).every((t) => t.includes('To approve'))).to.equal(true);
    expect(
      (await s.findByShadowRole('button', { name: 'To approve 3' })).getAttribute('aria-pressed'),
    ).to.equal('true');
    expect(s.queryByShadowRole('button', { name: 'Show sign-ups' })).to.equal(null);

    // One, after a confirmation that says why it matters; a cancelled one changes nothing.
    await choose(table, 'Tama Walker', 'Reject');
    (await s.findByShadowRole('button', { name: 'Cancel' })).click();
    await until(() => s.queryByShadowRole('alertdialog') === null, 'confirm closed');
    expect(table.shadowRoot?.activeElement?.textContent).to.include('Tama Walker');
    await choose(table, 'Tama Walker', 'Approve');
    const dialog = await s.findByShadowRole('alertdialog');
    expect(dialog.textContent).to.match(
      /Approve Tama Walker\? They signed up to Civil crew through a shared link\..*approve only people you expect/,
    );
    await expect(table).to.be.accessible();
    const approved = await eventFrom(table, 'invitekit-invitation-changed', async () => {
      (await s.findByShadowRole('button', { name: 'Approve' })).click();
    });
    expect([approved.action, approved.invitation.status]).to.deep.equal(['approve', 'accepted']);
    await until(() => rowText(table).some((t) => /Tama Walker.*Accepted/.test(t)), 'approved row');
    await s.findByShadowRole('button', { name: 'To approve 2' });
    const person = await adminClient().people.get(approved.invitation.personId ?? '');
    expect(person.accountStatus).to.equal('active');
    expect(person.poolIds).to.include('pool_civil');

    // Many: the bulk bar offers approval only for the selected sign-ups.
    (await s.findByShadowRole('checkbox', { name: 'Select Leila Haddad' })).click();
    (await s.findByShadowRole('checkbox', { name: 'Select Noor Aziz' })).click();
    (await s.findByShadowRole('checkbox', { name: 'Select Tama Walker' })).click();
    await s.findByShadowRole('button', { name: 'Approve 2 sign-ups' });
    (await s.findByShadowRole('button', { name: 'Reject 2 sign-ups' })).click();
    expect((await s.findByShadowRole('alertdialog')).textContent).to.include('Reject 2 sign-ups?');
    const done = await eventFrom(table, 'invitekit-bulk-done', async () => {
      (await s.findByShadowRole('button', { name: 'Reject' })).click();
    });
    expect(done.action).to.equal('reject');
    expect(done.results.map((r) => [r.ok, r.invitation?.status])).to.deep.equal([
      [true, 'declined'],
      [true, 'declined'],
    ]);
    await s.findByShadowRole('button', { name: 'To approve 0' });
    expect((await adminClient().invitations.list({ status: ['applied'] })).total).to.equal(0);
  });

  it('R30: approving many at once, from the bulk bar', async () => {
    const table = await mount('status="applied"');
    const s = screenOf(table);
    await until(() => rowText(table).length === 3, 'sign-ups');
    (await s.findByShadowRole('checkbox', { name: 'Select all loaded rows' })).click();
    (await s.findByShadowRole('button', { name: 'Approve 3 sign-ups' })).click();
    expect((await s.findByShadowRole('alertdialog')).textContent).to.match(
      /approve only people you expect/,
    );
    const done = await eventFrom(table, 'invitekit-bulk-done', async () => {
      (await s.findByShadowRole('button', { name: 'Approve' })).click();
    });
    expect(done.results.every((r) => r.ok && r.invitation?.status === 'accepted')).to.equal(true);
    await s.findAllByShadowText('3 done.');
  });
});

describe('<invitation-table> in French', () => {
  it('says roles, statuses, expiries and API refusals in French', async () => {
    await setViewport({ width: 1400, height: 700 });
    await pendingFor('fr-pending@example.org');
    const expired = await pendingFor('fr-expired@example.org');
    await adminClient().invitations.expire(expired.id);
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const provider = element('invitekit-provider', 'base-url="/api/v1" token="demo-admin"');
    const table = element('invitation-table', 'search="fr-"');
    table.now = () => mock().clock.now();
    provider.append(table);
    wrapper.append(provider);
    const s = screenOf(table);
    await until(
      () => rowText(table).length === 2 && rowText(table).some((t) => t.includes('Membre')),
      'two rows, in French',
    );
    const pending = rowText(table).find((t) => t.includes('fr-pending')) ?? '';
    expect(pending).to.match(/Riverside Tower Projet · Membre En attente .* expire dans 30 jours/);
    await s.findByShadowRole('button', { name: /^Expirée 1/ });
    (
      await s.findByShadowRole('checkbox', { name: 'Sélectionner toutes les lignes chargées' })
    ).click();
    (await s.findByShadowRole('button', { name: 'Renvoyer la sélection' })).click();
    const [status] = await s.findAllByShadowText(/1 effectuée, 1 en échec/);
    const notice = status?.closest('.notice')?.textContent ?? '';
    expect(notice).to.include('Cette invitation a expiré : réinvitez plutôt la personne.');
    expect(notice).to.not.match(/re-invite|has expired/);
  });
});

describe('<invitation-table view="accounts"> (R1–R4)', () => {
  it('lists people with their account status and the actions that fit it', async () => {
    const table = await mount('view="accounts" status="initial"');
    const s = screenOf(table);
    await s.findByShadowRole('grid', { name: 'People and their accounts' });
    const first = rows(table)[0];
    expect(first?.textContent).to.include('Not invited');
    const name = first?.querySelector('strong')?.textContent ?? '';
    const changed = await eventFrom(table, 'invitekit-account-changed', () =>
      choose(table, name, 'Send invite'),
    );
    expect(changed.person.accountStatus).to.equal('invited');
    await until(() => rowText(table)[0]?.includes('Invited') === true, 'now invited');
    (await s.findByShadowRole('button', { name: `Actions for ${name}` })).click();
    expect(
      (await s.findAllByShadowRole('menuitem')).map((item) => item.textContent?.trim()),
    ).to.deep.equal(['Resend invite', 'Disable']);
    await expect(table).to.be.accessible();
    await press('Escape');
    const again = await eventFrom(table, 'invitekit-account-changed', () =>
      choose(table, name, 'Resend invite'),
    );
    expect(again.person.accountStatus).to.equal('invited');
    expect(mock().outbox(again.person.email)).to.have.length(2);
    const disabled = await eventFrom(table, 'invitekit-account-changed', () =>
      choose(table, name, 'Disable'),
    );
    expect(disabled.person.accountStatus).to.equal('disabled');
    await until(() => rowText(table)[0]?.includes('Disabled') === true, 'disabled');
    const enabled = await eventFrom(table, 'invitekit-account-changed', () =>
      choose(table, name, 'Enable'),
    );
    expect(enabled.person.accountStatus).to.equal('invited');
    await until(() => rowText(table)[0]?.includes('Invited') === true, 'enabled again');
  });
});
