// <role-pipeline> driven as an admin would: by role and name, by keyboard, by pointer, against
// the mock API in this page; the invitee is played through the links in the outbox.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { createClient, type Candidate, type PipelineStage } from '@invitekit/sdk';
import '../src/define/role-pipeline.js';
import type { RolePipeline } from '../src/role-pipeline/role-pipeline.js';
import {
  BASE,
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
const ROLE = 'role_crane';

async function mount(attributes = '', lang = 'en'): Promise<RolePipeline> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const provider = element('invitekit-provider', 'base-url="/api/v1" token="demo-admin"');
  const board = element(
    'role-pipeline',
    `role-id="${ROLE}" undo-seconds="0" poll-seconds="0" ${attributes}`,
  );
  board.now = () => mock().clock.now();
  provider.append(board);
  wrapper.append(provider);
  await until(() => board.shadowRoot?.querySelector('[role="row"][data-id]') !== null, 'cards');
  return board;
}

const pipeline = () => adminClient().roles.pipeline(ROLE);

/** Resolves once the API says `check` (polling on frames, no fixed sleeps). */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

/** Someone in `stage` whose name no one else on the board has (names are how users find people). */
async function someoneIn(
  stage: PipelineStage,
  where: (c: Candidate) => boolean = () => true,
  skip = 0,
): Promise<Candidate> {
  const { candidates } = await pipeline();
  const unique = (c: Candidate) => candidates.filter((o) => o.name === c.name).length === 1;
  const found = candidates.filter((c) => c.stage === stage && unique(c) && where(c))[skip];
  if (!found) throw new Error(`no one in ${stage}`);
  return found;
}

const stageOf = async (personId: string) =>
  (await pipeline()).candidates.find((c) => c.personId === personId)?.stage;

const cardOf = (board: RolePipeline, personId: string) =>
  board.shadowRoot?.querySelector<HTMLElement>(`[role="row"][data-id="${personId}"]`) ?? null;

/** The stage whose column shows `personId`'s card, if any. */
const shownIn = (board: RolePipeline, personId: string) =>
  cardOf(board, personId)?.closest<HTMLElement>('.cards')?.dataset.stage;

const namesIn = (board: RolePipeline, stage: string) =>
  [
    ...(board.shadowRoot?.querySelectorAll<HTMLElement>(
      `.cards[data-stage="${stage}"] [role="row"][data-id] .name`,
    ) ?? []),
  ].map((n) => n.textContent?.trim() ?? '');

/** What the page's one live region (in the light DOM) says now. */
const spoken = () => document.querySelector('[data-invitekit-live="polite"]')?.textContent ?? '';
const alerted = () =>
  document.querySelector('[data-invitekit-live="assertive"]')?.textContent ?? '';

/** Opens `who`'s card menu and picks `item`, as a mouse user would. */
async function choose(board: RolePipeline, who: string, item: string | RegExp): Promise<void> {
  const s = screenOf(board);
  (await s.findByShadowRole('button', { name: `Actions for ${who}` })).click();
  await s.findByShadowRole('menu', { name: `Actions for ${who}` });
  (await s.findByShadowRole('menuitem', { name: item })).click();
}

async function focusCard(board: RolePipeline, personId: string): Promise<HTMLElement> {
  const card = cardOf(board, personId);
  if (!card) throw new Error(`no card for ${personId}`);
  card.focus();
  await until(() => board.shadowRoot?.activeElement === card, 'card focused');
  return card;
}

/** The token of `email`'s pending invitation to the role, from its link (as the invitee has it). */
async function tokenFor(email: string): Promise<string> {
  const { items } = await adminClient().invitations.list({
    kind: ['role'],
    targetId: ROLE,
    q: email,
    status: ['pending'],
  });
  const id = items.find((i) => i.email === email)?.id;
  const link = id ? (await adminClient().invitations.get(id)).link : null;
  const token = link ? new URL(link, location.href).searchParams.get('token') : null;
  if (!token) throw new Error(`no pending invitation for ${email}`);
  return token;
}
/** Presses what `action` presses with `key` held down (Shift+Space, Control+Z). */
async function withKey(key: string, action: () => Promise<void>): Promise<void> {
  await sendKeys({ down: key });
  try {
    await action();
  } finally {
    await sendKeys({ up: key });
  }
}

const invitee = () => createClient({ baseUrl: BASE, retry: 0 }).invitee;

describe('<role-pipeline> (R21–R26)', () => {
  beforeEach(() => setViewport({ width: 1400, height: 900 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('R21: shows the role, its headcount and requirements, a column per stage with counts, and what each match holds and misses', async () => {
    const board = await mount();
    const s = screenOf(board);
    const { candidates } = await pipeline();
    await s.findByShadowRole('heading', { name: 'Crane operator' });
    await s.findByShadowText(/1 of 2 confirmed/);
    await s.findByShadowText(/Requires White Card, High Risk Licence \(Crane\)/);
    for (const stage of ['Matches', 'Invited', 'Applied', 'Offered', 'Confirmed']) {
      const grid = await s.findByShadowRole('grid', { name: stage });
      const count = candidates.filter((c) => c.stage === stage.toLowerCase()).length;
      expect(grid.getAttribute('aria-rowcount')).to.equal(String(count));
      await s.findByShadowRole('checkbox', { name: `Select everyone shown in ${stage}` });
    }
    expect(namesIn(board, 'invited')).to.deep.equal(
      candidates.filter((c) => c.stage === 'invited').map((c) => c.name),
    );
    const partial = await someoneIn('matches', (c) => c.missingCertifications.length === 1);
    const card = cardOf(board, partial.personId);
    const missing = partial.missingCertifications[0] ?? '';
    expect(card?.textContent).to.include(`Missing ${missing}`);
    const held = ['White Card', 'High Risk Licence (Crane)'].find((c) => c !== missing) ?? '';
    expect(card?.textContent).to.include(`Has ${held}`);
    const applied = await someoneIn('applied');
    expect(cardOf(board, applied.personId)?.textContent).to.match(/\d+ days? in stage/);
    await expect(board).to.be.accessible();
  });

  it('R21: a card shows the preferred name; its details the legal name, email and certifications', async () => {
    const board = await mount();
    const s = screenOf(board);
    const person = await someoneIn('applied');
    await choose(board, person.name, 'Details…');
    const details = await s.findByShadowRole('dialog', { name: `Details: ${person.name}` });
    expect(details.textContent).to.include(person.legalName);
    expect(details.textContent).to.include(person.email);
    expect(details.textContent).to.include(person.certifications.join(', '));
    await expect(board).to.be.accessible();
    await press('Escape');
    await until(() => s.queryByShadowRole('dialog') === null, 'closed');
    expect(board.shadowRoot?.activeElement).to.equal(cardOf(board, person.personId));
  });

  it('R22: invites from Matches with a message; the move shows at once and the API and outbox agree', async () => {
    const board = await mount();
    const s = screenOf(board);
    const person = await someoneIn('matches', (c) => c.accountStatus === 'active');
    const requested = eventFrom(board, 'invitekit-stage-request', () => undefined);
    const changed = eventFrom(board, 'invitekit-stage-changed', () => undefined);
    await choose(board, person.name, 'Move to Invited…');
    const dialog = await s.findByShadowRole('alertdialog', { name: /Invite .* to apply\?/ });
    await expect(board).to.be.accessible();
    await type(
      await s.findByShadowRole('textbox', { name: 'Message (optional)' }),
      'Crane work from March',
    );
    expect(dialog.isConnected).to.equal(true);
    (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    const request = await requested;
    expect(request).to.deep.include({ roleId: ROLE, action: 'invite', stage: 'invited' });
    expect(request.candidates.map((c) => [c.personId, c.stage])).to.deep.equal([
      [person.personId, 'matches'],
    ]);
    expect(request.message).to.equal('Crane work from March');
    await until(() => shownIn(board, person.personId) === 'invited', 'card in Invited');
    const done = await changed;
    expect(done.candidates.map((c) => c.stage)).to.deep.equal(['invited']);
    expect(await stageOf(person.personId)).to.equal('invited');
    const email = mock().outbox(person.email).at(-1);
    expect(email?.text).to.include('View job details');
    expect(email?.text).to.include('Crane work from March');
    await until(
      () => board.shadowRoot?.activeElement === cardOf(board, person.personId),
      'focus follows the card',
    );
    await until(() => spoken().includes(`${person.name} moved to Invited.`), 'announced');
  });

  it('R23: an inactive account carries a warning that says why, cannot be invited, and is skipped in a bulk invite while the others go ahead', async () => {
    const board = await mount();
    const s = screenOf(board);
    const inactive = await someoneIn('matches', (c) => c.accountStatus === 'invited');
    const active = await someoneIn('matches', (c) => c.accountStatus === 'active');
    const card = cardOf(board, inactive.personId);
    expect(card?.textContent).to.include('Account not active');
    expect(card?.textContent).to.include(
      'Has not activated their account yet, so they cannot be invited.',
    );
    await choose(board, inactive.name, /Move to Invited/);
    const item = await s.findByShadowRole('menuitem', { name: /Move to Invited/ });
    expect((item as HTMLButtonElement).disabled).to.equal(true);
    await press('Escape');
    for (const who of [inactive, active])
      (await s.findByShadowRole('checkbox', { name: `Select ${who.name}` })).click();
    await s.findByShadowText('2 selected');
    await expect(board).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Move to…' })).click();
    (await s.findByShadowRole('menuitem', { name: 'Invited (1 of 2)…' })).click();
    (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    const report = await s.findByShadowText('1 skipped:');
    expect(report.closest('.notice')?.textContent).to.include(
      `${inactive.name}: account not active`,
    );
    await until(() => shownIn(board, active.personId) === 'invited', 'active one invited');
    expect(shownIn(board, inactive.personId)).to.equal('matches');
    await eventually(async () => (await stageOf(active.personId)) === 'invited', 'saved');
    expect(await stageOf(inactive.personId)).to.equal('matches');
    await expect(board).to.be.accessible();
  });

  it('R24: a decline shows as an "Invite declined" tag in Invited (a live update), and can be invited again', async () => {
    const board = await mount();
    const s = screenOf(board);
    const person = await someoneIn('invited', (c) => !c.inviteDeclined);
    await invitee().decline(await tokenFor(person.email));
    await board.refresh();
    await until(
      () => cardOf(board, person.personId)?.textContent?.includes('Invite declined') === true,
      'tag',
    );
    expect(shownIn(board, person.personId)).to.equal('invited');
    await expect(board).to.be.accessible();
    await choose(board, person.name, 'Move to Invited…');
    (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    await until(
      () => cardOf(board, person.personId)?.textContent?.includes('Invite declined') === false,
      'tag gone',
    );
    await eventually(async () => {
      const now = (await pipeline()).candidates.find((c) => c.personId === person.personId);
      return now?.stage === 'invited' && !now.inviteDeclined;
    }, 'invited again');
  });

  it('R25: each card offers only the moves the rules allow', async () => {
    const board = await mount();
    const s = screenOf(board);
    const offered = async (who: string) => {
      (await s.findByShadowRole('button', { name: `Actions for ${who}` })).click();
      const menu = await s.findByShadowRole('menu', { name: `Actions for ${who}` });
      const items = [...menu.querySelectorAll('[role="menuitem"]')].map((i) =>
        i.textContent?.trim(),
      );
      await press('Escape');
      return items;
    };
    const cases: [PipelineStage, string[]][] = [
      ['matches', ['Move to Invited…', 'Move to Rejected…', 'Details…']],
      ['invited', ['Move to Rejected…', 'Details…']],
      ['applied', ['Move to Offered', 'Move to Rejected…', 'Details…']],
      ['offered', ['Move to Confirmed', 'Move to Rejected…', 'Details…']],
      ['confirmed', ['Move to Rejected…', 'Details…']],
    ];
    for (const [stage, items] of cases) {
      const who = await someoneIn(stage, (c) => c.accountStatus === 'active' && !c.inviteDeclined);
      expect(await offered(who.name), stage).to.deep.equal(items);
    }
  });

  it('R25: offer then confirm move a person on, each emailed once the API agrees', async () => {
    const board = await mount();
    const person = await someoneIn('applied');
    await choose(board, person.name, 'Move to Offered');
    await until(() => shownIn(board, person.personId) === 'offered', 'offered');
    await eventually(async () => (await stageOf(person.personId)) === 'offered', 'saved');
    expect(mock().outbox(person.email).at(-1)?.subject).to.match(/Job offer/);
    await choose(board, person.name, 'Move to Confirmed');
    await until(() => shownIn(board, person.personId) === 'confirmed', 'confirmed');
    await until(() => screenOf(board).queryByShadowText(/2 of 2 confirmed/) !== null, 'headcount');
    await eventually(async () => (await stageOf(person.personId)) === 'confirmed', 'saved');
    expect(mock().outbox(person.email).at(-1)?.subject).to.match(/Confirmed/);
  });

  it('R25: a move the API refuses rolls back with its reason, and changes nothing', async () => {
    const board = await mount();
    const s = screenOf(board);
    const person = await someoneIn('applied');
    // Someone else rejects them meanwhile: the board still shows them in Applied.
    await adminClient().roles.reject(ROLE, { personIds: [person.personId], notify: false });
    const emails = mock().outbox().length;
    await choose(board, person.name, 'Move to Offered');
    const alert = await s.findByShadowRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).to.include('1 not moved');
    expect(alert.textContent).to.match(/Only applicants can be offered the role/);
    // Not offered: the card shows what the API says, in the rejected list (and keeps focus).
    await until(() => shownIn(board, person.personId) === 'rejected', 'where the API has them');
    expect(board.shadowRoot?.activeElement).to.equal(cardOf(board, person.personId));
    expect(await stageOf(person.personId)).to.equal('rejected');
    expect(mock().outbox().length).to.equal(emails);
    await until(() => alerted().includes('1 not moved'), 'said out loud');
    await expect(board).to.be.accessible();
  });

  it('R26: rejects with a reason kept for the team and an optional email; the rejected list shows them with it', async () => {
    const board = await mount();
    const s = screenOf(board);
    const [first, second] = [await someoneIn('invited'), await someoneIn('invited', () => true, 1)];
    for (const [person, notify] of [
      [first, true],
      [second, false],
    ] as const) {
      await choose(board, person.name, 'Move to Rejected…');
      await s.findByShadowRole('alertdialog', { name: `Reject ${person.name}?` });
      await type(
        await s.findByShadowRole('textbox', { name: 'Reason (your team only)' }),
        'No licence',
      );
      if (!notify)
        (await s.findByShadowRole('checkbox', { name: 'Email them the decision' })).click();
      const emails = mock().outbox(person.email).length;
      (await s.findByShadowRole('button', { name: 'Reject' })).click();
      await eventually(async () => (await stageOf(person.personId)) === 'rejected', 'rejected');
      expect(mock().outbox(person.email).length).to.equal(emails + (notify ? 1 : 0));
    }
    const disclosure = await s.findByShadowRole('button', { name: /Rejected \(5\)/ });
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
    expect(cardOf(board, first.personId)?.textContent).to.include('Reason: No licence');
    await expect(board).to.be.accessible();
  });

  it('keyboard: Enter starts a move, ←/→ pick the column (only allowed ones), ↑/↓ the place, Enter drops; every step is said in the light DOM', async () => {
    const board = await mount();
    const person = await someoneIn('applied');
    const offered = (await pipeline()).candidates.filter((c) => c.stage === 'offered');
    await focusCard(board, person.personId);
    await press('Enter');
    await until(() => spoken().startsWith(`Moving ${person.name}, from Applied.`), 'move starts');
    await press('ArrowRight');
    await until(
      () => spoken() === `Offered, place ${offered.length + 1} of ${offered.length + 1}.`,
      'over Offered',
    );
    // Confirmed is not allowed for an applicant: the next column is Rejected.
    await press('ArrowRight');
    await until(() => spoken().startsWith('Rejected'), 'skips Confirmed');
    await press('ArrowLeft');
    await press('ArrowUp');
    await until(
      () => spoken() === `Offered, place ${offered.length} of ${offered.length + 1}.`,
      'one up',
    );
    await expect(board).to.be.accessible();
    await press('Enter');
    await until(() => shownIn(board, person.personId) === 'offered', 'dropped');
    expect(namesIn(board, 'offered').slice(-2)).to.deep.equal([person.name, offered.at(-1)?.name]);
    expect(board.shadowRoot?.activeElement).to.equal(cardOf(board, person.personId));
    await eventually(async () => {
      const now = (await pipeline()).candidates.filter((c) => c.stage === 'offered');
      return now.at(-2)?.personId === person.personId;
    }, 'saved in that place');
    // Escape cancels, and nothing changes.
    const other = await someoneIn('applied');
    await focusCard(board, other.personId);
    await press('Enter');
    await press('ArrowRight');
    await press('Escape');
    await until(() => spoken() === 'Move cancelled.', 'cancelled');
    expect(shownIn(board, other.personId)).to.equal('applied');
    expect(await stageOf(other.personId)).to.equal('applied');
  });

  it('keyboard: Shift+Space selects, Shift+↓ selects the next too, and Enter moves the selection', async () => {
    const board = await mount();
    const s = screenOf(board);
    const [a, b] = (await pipeline()).candidates.filter((c) => c.stage === 'applied');
    await focusCard(board, a!.personId);
    await withKey('Shift', () => press('Space'));
    await until(
      () => cardOf(board, a!.personId)?.getAttribute('aria-selected') === 'true',
      'selected',
    );
    await withKey('Shift', () => press('ArrowDown'));
    await s.findByShadowText('2 selected');
    expect(board.shadowRoot?.activeElement).to.equal(cardOf(board, b!.personId));
    await press('Enter');
    await until(() => spoken().startsWith('Moving 2 people, from Applied.'), 'moving both');
    await press('ArrowRight');
    await press('Enter');
    await until(
      () => shownIn(board, a!.personId) === 'offered' && shownIn(board, b!.personId) === 'offered',
      'both moved',
    );
    await eventually(async () => (await stageOf(b!.personId)) === 'offered', 'saved');
    await until(() => spoken().startsWith('2 people moved to Offered.'), 'said');
  });

  it('pointer: drags a card to an allowed column (auto-scrolling on the way), and a drop where the rules say no changes nothing', async () => {
    const board = await mount();
    const person = await someoneIn('applied');
    const centre = (el: Element | null | undefined): [number, number] => {
      const box = el?.getBoundingClientRect();
      if (!box) throw new Error('not rendered');
      return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    };
    const column = (stage: string) =>
      board.shadowRoot?.querySelector<HTMLElement>(`.cards[data-stage="${stage}"]`);
    const drag = async (from: [number, number], to: [number, number]) => {
      await sendMouse({ type: 'move', position: from });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 4; i++)
        await sendMouse({
          type: 'move',
          position: [
            Math.round(from[0] + ((to[0] - from[0]) * i) / 4),
            Math.round(from[1] + ((to[1] - from[1]) * i) / 4),
          ],
        });
    };
    const changed = eventFrom(board, 'invitekit-stage-changed', () => undefined);
    await drag(
      centre(cardOf(board, person.personId)?.querySelector('.name')),
      centre(column('offered')),
    );
    await until(() => board.shadowRoot?.querySelector('.ghost') !== null, 'ghost');
    expect(board.shadowRoot?.querySelector('.ghost')?.textContent?.trim()).to.equal(person.name);
    expect(column('offered')?.closest('.column')?.classList.contains('drop-target')).to.equal(true);
    await sendMouse({ type: 'up' });
    await until(() => shownIn(board, person.personId) === 'offered', 'dropped in Offered');
    expect((await changed).candidates[0]?.personId).to.equal(person.personId);
    // To Confirmed, which an applicant cannot reach: the column refuses and nothing moves.
    const other = await someoneIn('applied');
    await drag(
      centre(cardOf(board, other.personId)?.querySelector('.name')),
      centre(column('confirmed')),
    );
    expect(column('confirmed')?.closest('.column')?.classList.contains('drop-refused')).to.equal(
      true,
    );
    await sendMouse({ type: 'up' });
    await until(() => alerted() === `${other.name} cannot move to Confirmed.`, 'said why not');
    expect(shownIn(board, other.personId)).to.equal('applied');
    expect(await stageOf(other.personId)).to.equal('applied');
    // Held near the bottom edge of Matches (many cards), the column scrolls by itself.
    const matches = column('matches');
    const box = matches?.getBoundingClientRect();
    const first = matches?.querySelector('[role="row"][data-id] .name');
    if (!box) throw new Error('no Matches');
    await drag(centre(first), [Math.round(box.left + box.width / 2), Math.round(box.bottom - 6)]);
    await until(() => (matches?.scrollTop ?? 0) > 100, 'auto-scrolled');
    await press('Escape');
    await until(() => board.shadowRoot?.querySelector('.ghost') === null, 'drag cancelled');
    await sendMouse({ type: 'up' });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('undo: a move waits out its toast before reaching the API; Undo, or Control+Z, take it back and nothing is sent', async () => {
    const board = await mount('undo-seconds="60"');
    const s = screenOf(board);
    const person = await someoneIn('applied');
    const emails = mock().outbox().length;
    await choose(board, person.name, 'Move to Offered');
    await until(() => shownIn(board, person.personId) === 'offered', 'shown at once');
    const toast = board.shadowRoot?.querySelector('.toast');
    expect(toast?.textContent).to.include(`${person.name} moved to Offered.`);
    await expect(board).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Undo' })).click();
    await until(() => shownIn(board, person.personId) === 'applied', 'back');
    await until(
      () => spoken() === `Undone: ${person.name} back in Applied. Nothing was sent.`,
      'said',
    );
    expect(board.shadowRoot?.activeElement).to.equal(cardOf(board, person.personId));
    expect(await stageOf(person.personId)).to.equal('applied');
    // By keyboard: Enter → Enter, then Control+Z.
    await press('Enter');
    await press('ArrowRight');
    await press('Enter');
    await until(() => shownIn(board, person.personId) === 'offered', 'moved by keyboard');
    await withKey('Control', () => press('z'));
    await until(() => shownIn(board, person.personId) === 'applied', 'undone by keyboard');
    expect(mock().outbox().length).to.equal(emails);
    expect(await stageOf(person.personId)).to.equal('applied');
    // Dismissing the toast sends it at once; so does the next move.
    await choose(board, person.name, 'Move to Offered');
    (await s.findByShadowRole('button', { name: 'Dismiss' })).click();
    await eventually(async () => (await stageOf(person.personId)) === 'offered', 'sent on dismiss');
    const next = await someoneIn('applied');
    await choose(board, next.name, 'Move to Offered');
    const third = await someoneIn('offered', (c) => c.personId !== person.personId);
    await choose(board, third.name, 'Move to Confirmed');
    await eventually(
      async () => (await stageOf(next.personId)) === 'offered',
      'sent by the next move',
    );
    expect(await stageOf(third.personId)).to.equal('offered');
    // Nothing is left to be sent once the test is over.
    await withKey('Control', () => press('z'));
    await until(() => shownIn(board, third.personId) === 'offered', 'the last one undone');
  });

  it('a move the network fails rolls back with a message, and Try again moves them', async () => {
    const board = await mount();
    board.client = createClient({ baseUrl: BASE, token: 'demo-admin', retry: 0 });
    const s = screenOf(board);
    const person = await someoneIn('applied');
    mock().faults.rules.push({ route: 'offerCandidates', mode: 'status', status: 503, times: 1 });
    await choose(board, person.name, 'Move to Offered');
    const alert = await s.findByShadowRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).to.include(
      `${person.name} could not be moved and is back where they were.`,
    );
    await until(() => shownIn(board, person.personId) === 'applied', 'rolled back');
    expect(await stageOf(person.personId)).to.equal('applied');
    await expect(board).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Try again' })).click();
    await until(() => shownIn(board, person.personId) === 'offered', 'moved');
    await eventually(async () => (await stageOf(person.personId)) === 'offered', 'saved');
  });

  it('live: an invitee who applies reaches the board by the poll, and a selection and a keyboard move in progress survive it', async () => {
    const [a, b] = (await pipeline()).candidates.filter(
      (c) => c.stage === 'matches' && c.accountStatus === 'active',
    );
    await adminClient().roles.invite(ROLE, { personIds: [a!.personId, b!.personId] });
    const board = await mount('poll-seconds="0.5"');
    const s = screenOf(board);
    for (const who of [a!, b!])
      (await s.findByShadowRole('checkbox', { name: `Select ${who.name}` })).click();
    await s.findByShadowText('2 selected');
    // A keyboard move of a selection across two stages (an applicant and someone offered).
    const mover = await someoneIn('applied');
    const offered = await someoneIn('offered');
    for (const who of [mover, offered])
      (await s.findByShadowRole('checkbox', { name: `Select ${who.name}` })).click();
    await s.findByShadowText('4 selected');
    await focusCard(board, mover.personId);
    await press('Enter');
    await until(() => spoken().startsWith('Moving 4 people'), 'moving the selection');
    await press('ArrowRight');
    await invitee().apply(await tokenFor(a!.email));
    await until(() => shownIn(board, a!.personId) === 'applied', 'the applicant moved on', 900);
    await s.findByShadowText('4 selected');
    expect(cardOf(board, a!.personId)?.getAttribute('aria-selected')).to.equal('true');
    expect(board.shadowRoot?.activeElement).to.equal(cardOf(board, mover.personId));
    expect(spoken()).not.to.equal('Move cancelled.');
    await press('Enter');
    await until(() => shownIn(board, mover.personId) === 'offered', 'the move went on');
    await eventually(async () => (await stageOf(mover.personId)) === 'offered', 'saved');
  });

  it('finds people: search, filter, order by name or time in stage, and compact cards', async () => {
    const board = await mount();
    const s = screenOf(board);
    const declined = await someoneIn('invited', (c) => c.inviteDeclined);
    const target = await someoneIn('applied');
    await type(
      await s.findByShadowRole('searchbox', { name: 'Search by name or email' }),
      target.email,
    );
    await until(() => namesIn(board, 'applied').join() === target.name, 'searched');
    expect(board.search).to.equal(target.email);
    expect(namesIn(board, 'matches')).to.deep.equal([]);
    expect((await s.findAllByShadowText('No one here matches.')).length).to.equal(4);
    board.search = '';
    const show = await s.findByShadowRole<HTMLSelectElement>('combobox', { name: 'Show' });
    show.value = 'declined';
    show.dispatchEvent(new Event('change'));
    await until(() => namesIn(board, 'invited').join() === declined.name, 'filtered');
    expect(board.getAttribute('filter')).to.equal('declined');
    board.filter = '';
    const order = await s.findByShadowRole<HTMLSelectElement>('combobox', { name: 'Order' });
    order.value = 'name';
    order.dispatchEvent(new Event('change'));
    await until(() => board.sort === 'name', 'sorted');
    await board.updateComplete;
    const names = namesIn(board, 'invited');
    expect(names).to.deep.equal([...names].sort((x, y) => x.localeCompare(y)));
    board.sort = 'time';
    await board.updateComplete;
    const since = (await pipeline()).candidates
      .filter((c) => c.stage === 'applied')
      .sort((x, y) => Date.parse(x.stageSince ?? '') - Date.parse(y.stageSince ?? ''));
    expect(namesIn(board, 'applied')).to.deep.equal(since.map((c) => c.name));
    const tall = cardOf(board, target.personId)?.getBoundingClientRect().height ?? 0;
    const compact = await s.findByShadowRole('button', { name: 'Compact' });
    compact.click();
    await until(() => board.hasAttribute('compact'), 'compact');
    await board.updateComplete;
    expect(compact.getAttribute('aria-pressed')).to.equal('true');
    expect(cardOf(board, target.personId)?.getBoundingClientRect().height).to.be.below(tall / 2);
    await expect(board).to.be.accessible();
  });

  it('a listener may cancel a move: nothing changes', async () => {
    const board = await mount();
    const person = await someoneIn('applied');
    board.addEventListener('invitekit-stage-request', (e) => e.preventDefault(), { once: true });
    await choose(board, person.name, 'Move to Offered');
    await board.updateComplete;
    expect(shownIn(board, person.personId)).to.equal('applied');
    expect(await stageOf(person.personId)).to.equal('applied');
  });

  it('at 320 px: a stage picker and one list; moves still work, and nothing overflows', async () => {
    await setViewport({ width: 320, height: 700 });
    const board = await mount();
    const s = screenOf(board);
    await s.findByShadowRole('tablist', { name: 'Stage' });
    const applied = await s.findByShadowRole('tab', { name: /Applied/ });
    applied.click();
    await until(() => applied.getAttribute('aria-selected') === 'true', 'picked');
    await s.findByShadowRole('tabpanel', { name: /Applied/ });
    expect(board.getAttribute('stage')).to.equal('applied');
    const person = await someoneIn('applied');
    await choose(board, person.name, 'Move to Offered');
    await until(() => shownIn(board, person.personId) === 'offered', 'follows the card');
    await eventually(async () => (await stageOf(person.personId)) === 'offered', 'saved');
    expect(
      (await s.findByShadowRole('tab', { name: /Offered/ })).getAttribute('aria-selected'),
    ).to.equal('true');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(board).to.be.accessible();
    // The stage picker is a tab list: ←/→ move between stages.
    (await s.findByShadowRole('tab', { name: /Offered/ })).focus();
    await press('ArrowRight');
    await until(() => board.getAttribute('stage') === 'confirmed', 'next stage');
    expect(board.shadowRoot?.activeElement?.getAttribute('data-stage')).to.equal('confirmed');
    await press('ArrowLeft');
    await until(() => board.getAttribute('stage') === 'offered', 'back');
  });

  it('speaks French, numbers and times included, with lang="fr"', async () => {
    const board = await mount('', 'fr');
    const s = screenOf(board);
    await s.findByShadowRole('grid', { name: 'Profils' }, { timeout: 5000 });
    await s.findByShadowRole('grid', { name: 'Candidats' });
    const applied = await someoneIn('applied');
    expect(cardOf(board, applied.personId)?.textContent).to.match(/\d+\sjours?\sdans l’étape/);
    await expect(board).to.be.accessible();
  });

  it('says what to add when it has no client', async () => {
    const board = await fixture<RolePipeline>(
      html`<role-pipeline role-id="role_crane"></role-pipeline>`,
    );
    const alert = await screenOf(board).findByShadowRole('alert');
    expect(alert.textContent).to.include('<invitekit-provider');
  });

  it('bulk: selects everyone shown in a column, moves them on from "Move to…", and clears the selection', async () => {
    const board = await mount();
    const s = screenOf(board);
    const applied = (await pipeline()).candidates.filter((c) => c.stage === 'applied');
    (await s.findByShadowRole('checkbox', { name: 'Select everyone shown in Applied' })).click();
    await s.findByShadowText(`${applied.length} selected`);
    (await s.findByShadowRole('button', { name: 'Move to…' })).click();
    const menu = await s.findByShadowRole('menu', {
      name: `Move ${applied.length} selected people`,
    });
    expect(
      [...menu.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent?.trim()),
    ).to.deep.equal(['Offered', 'Rejected…']);
    (await s.findByShadowRole('menuitem', { name: 'Offered' })).click();
    await until(() => applied.every((c) => shownIn(board, c.personId) === 'offered'), 'all moved');
    await eventually(
      async () => (await pipeline()).candidates.filter((c) => c.stage === 'applied').length === 0,
      'saved',
    );
    await s.findByShadowText(`${applied.length} selected`);
    (await s.findByShadowRole('button', { name: 'Clear selection' })).click();
    await until(() => s.queryByShadowText(/selected$/) === null, 'cleared');
    expect(board.shadowRoot?.querySelectorAll('[aria-selected="true"]').length).to.equal(0);
  });

  it('keyboard: ↑ within the column reorders (your order), kept by the API and sending no email', async () => {
    const board = await mount();
    const applied = (await pipeline()).candidates.filter((c) => c.stage === 'applied');
    const last = applied.at(-1)!;
    const emails = mock().outbox().length;
    await focusCard(board, last.personId);
    await press('Enter');
    await press('ArrowUp');
    await until(
      () => spoken() === `Applied, place ${applied.length - 1} of ${applied.length}.`,
      'one up',
    );
    await press('Enter');
    await until(() => namesIn(board, 'applied').at(-2) === last.name, 'moved up');
    await eventually(async () => {
      const now = (await pipeline()).candidates.filter((c) => c.stage === 'applied');
      return now.at(-2)?.personId === last.personId;
    }, 'saved');
    expect(mock().outbox().length).to.equal(emails);
    await until(
      () => spoken().startsWith(`${last.name} is now ${applied.length - 1} of ${applied.length}.`),
      'said',
    );
  });

  it('R26: rejecting from Matches emails no one, and says so; Cancel leaves them be', async () => {
    const board = await mount();
    const s = screenOf(board);
    const person = await someoneIn('matches', (c) => c.accountStatus === 'active');
    await choose(board, person.name, 'Move to Rejected…');
    await s.findByShadowText('People still in Matches were never contacted and get no email.');
    (await s.findByShadowRole('button', { name: 'Cancel' })).click();
    await until(() => s.queryByShadowRole('alertdialog') === null, 'closed');
    await until(
      () => board.shadowRoot?.activeElement === cardOf(board, person.personId),
      'focus back',
    );
    expect(await stageOf(person.personId)).to.equal('matches');
    await choose(board, person.name, 'Move to Rejected…');
    (await s.findByShadowRole('button', { name: 'Reject' })).click();
    await eventually(async () => (await stageOf(person.personId)) === 'rejected', 'rejected');
    expect(mock().outbox(person.email)).to.deep.equal([]);
    // The rejected list folds away, and opens again; a rejected card still has its details.
    const disclosure = await s.findByShadowRole('button', { name: /^Rejected/ });
    disclosure.focus();
    disclosure.click();
    await until(() => disclosure.getAttribute('aria-expanded') === 'false', 'folded');
    expect(cardOf(board, person.personId)).to.equal(null);
    disclosure.click();
    await until(() => cardOf(board, person.personId) !== null, 'open again');
    await choose(board, person.name, 'Details…');
    (await s.findByShadowRole('button', { name: 'Close' })).click();
    await until(() => s.queryByShadowRole('dialog') === null, 'details closed');
  });

  it('touch: a finger drags a card by its grip, while the card itself still scrolls', async () => {
    const board = await mount();
    const person = await someoneIn('applied');
    const card = cardOf(board, person.personId);
    const grip = card?.querySelector<HTMLElement>('.grip');
    const target = board.shadowRoot
      ?.querySelector('.cards[data-stage="offered"]')
      ?.getBoundingClientRect();
    if (!grip || !target || !card) throw new Error('not rendered');
    const touch = (type: string, on: EventTarget, x: number, y: number) =>
      on.dispatchEvent(
        new PointerEvent(type, {
          pointerId: 7,
          pointerType: 'touch',
          isPrimary: true,
          button: type === 'pointermove' ? -1 : 0,
          clientX: x,
          clientY: y,
          bubbles: true,
          composed: true,
        }),
      );
    const from = card.querySelector('.name')?.getBoundingClientRect();
    touch(
      'pointerdown',
      card.querySelector('.name') as HTMLElement,
      from?.left ?? 0,
      from?.top ?? 0,
    );
    touch('pointermove', window, target.left + 20, target.top + 20);
    expect(board.shadowRoot?.querySelector('.ghost')).to.equal(null);
    touch('pointerup', window, target.left + 20, target.top + 20);
    const box = grip.getBoundingClientRect();
    touch('pointerdown', grip, box.left + 2, box.top + 2);
    touch('pointermove', window, target.left + 20, target.top + 20);
    await until(() => board.shadowRoot?.querySelector('.ghost') !== null, 'dragging');
    touch('pointerup', window, target.left + 20, target.top + 20);
    await until(() => shownIn(board, person.personId) === 'offered', 'dropped');
    await eventually(async () => (await stageOf(person.personId)) === 'offered', 'saved');
  });

  it('two boards on a page speak through one live region in the light DOM, gone when they are', async () => {
    const board = await mount();
    const second = element('role-pipeline', 'role-id="role_traffic" poll-seconds="0"');
    board.parentElement?.append(second);
    await second.updateComplete;
    const regions = document.querySelectorAll('[data-invitekit-live="polite"]');
    expect(regions.length).to.equal(1);
    expect(regions[0]?.parentElement).to.equal(document.body);
    expect(regions[0]?.getAttribute('role')).to.equal('status');
    second.remove();
    expect(document.querySelectorAll('[data-invitekit-live]').length).to.equal(2);
    board.remove();
    expect(document.querySelectorAll('[data-invitekit-live]').length).to.equal(0);
  });

  it('a failed load says why and offers a retry that works; a result notice can be dismissed', async () => {
    mock().faults.rules.push({ route: 'getPipeline', mode: 'status', status: 404, times: 1 });
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const board = element('role-pipeline', `role-id="${ROLE}" poll-seconds="0" undo-seconds="0"`);
    board.client = createClient({ baseUrl: BASE, token: 'demo-admin', retry: 0 });
    wrapper.append(board);
    const s = screenOf(board);
    await s.findByShadowRole('alert', {}, { timeout: 5000 });
    await expect(board).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Try again' })).click();
    await s.findByShadowRole('grid', { name: 'Applied' }, { timeout: 5000 });
    const person = await someoneIn('applied');
    await adminClient().roles.reject(ROLE, { personIds: [person.personId], notify: false });
    await choose(board, person.name, 'Move to Offered');
    await s.findByShadowRole('alert', {}, { timeout: 5000 });
    (await s.findByShadowRole('button', { name: 'Dismiss' })).click();
    await until(() => s.queryByShadowRole('alert') === null, 'dismissed');
  });
});
