// The demo site as `pnpm --filter @invitekit/demo build` makes it, served as plain files from a
// folder (`/__demo/`, see web-test-runner.config.mjs), in a frame of this page: its own service
// worker answers its API calls. A user walks it: invites a member, opens the invitee's inbox,
// accepts, and sees the table turn Accepted; then uses every control. axe runs on every page.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { elementDocs } from '../../demo/src/element-docs.js';

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
type DemoWindow = Window &
  typeof globalThis & { axe?: { run(context: Node): Promise<AxeResults> } };

let frame: HTMLIFrameElement;
const violations: string[] = [];
const doc = () => {
  const d = frame.contentDocument;
  if (!d) throw new Error('no demo document');
  return d;
};
const win = () => frame.contentWindow as DemoWindow;
const page = () => doc().getElementById('page') as HTMLElement;
const $ = (selector: string) => doc().querySelector(selector);

async function until(check: () => boolean, what: string, frames = 1200): Promise<void> {
  for (let i = 0; i < frames; i++) {
    try {
      if (check()) return;
    } catch {
      // Not there yet.
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

const rowsOf = (table: Element | null) =>
  [...(table?.shadowRoot?.querySelectorAll('.body [role="row"][data-index]') ?? [])].map(
    (row) => row.textContent ?? '',
  );

/** Follows a link of the portal's navigation, as a user clicks it. */
async function go(name: string): Promise<void> {
  const link = [...doc().querySelectorAll<HTMLAnchorElement>('nav a')].find(
    (a) => a.textContent === name,
  );
  if (!link) throw new Error(`no "${name}" in the navigation`);
  link.click();
  await until(() => link.getAttribute('aria-current') === 'page', `the ${name} page`);
}

// The frame's elements belong to another window, where Testing Library's role queries do not
// reach: a control is found by its label's text, a button by its name, in the element's shadow root.
/**
 * The control whose label starts with `text`, in `host`'s shadow root (inside `within` if given),
 * once it is there.
 */
async function control<T extends HTMLElement>(
  host: Element | null,
  text: string,
  within = '',
): Promise<T> {
  let found: T | null = null;
  await until(() => {
    const labels = [
      ...(host?.shadowRoot?.querySelectorAll<HTMLLabelElement>(`${within} label`) ?? []),
    ];
    const label = labels.find((l) => l.textContent?.trim().startsWith(text));
    found = (label?.control as T | null | undefined) ?? null;
    return found !== null;
  }, `"${text}" in <${host?.localName}>`);
  return found as unknown as T;
}

/**
 * The button named `name` (its text or aria-label; a pattern matches either), in `host`'s shadow
 * root, inside `within` if given, once it is there.
 */
async function button(
  host: Element | null,
  name: string | RegExp,
  within = '',
): Promise<HTMLButtonElement> {
  const named = (text: string | null | undefined) =>
    typeof name === 'string' ? text?.trim() === name : name.test(text ?? '');
  let found: HTMLButtonElement | undefined;
  await until(
    () => {
      found = [
        ...(host?.shadowRoot?.querySelectorAll<HTMLButtonElement>(`${within} button`) ?? []),
      ].find((b) => named(b.textContent) || named(b.getAttribute('aria-label')));
      return found !== undefined;
    },
    `the "${String(name)}" button in <${host?.localName}>`,
  );
  return found as unknown as HTMLButtonElement;
}

/** Types `text` into a field of the demo's own pages (not an element's), found by its label. */
async function fill(label: string, text: string): Promise<void> {
  const field = [...page().querySelectorAll('label')].find((l) =>
    l.textContent?.trim().startsWith(label),
  )?.control as HTMLInputElement | undefined;
  if (!field) throw new Error(`no "${label}" field on the page`);
  field.select();
  field.focus();
  await sendKeys({ type: text });
}

/** The project page as it first shows (its form empty), through the navigation. */
async function freshProject(): Promise<void> {
  await go('Inbox');
  await go('Project');
}

async function pick(select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function axe(what: string): Promise<void> {
  if (!win().axe) {
    const script = doc().createElement('script');
    script.src = '/__axe.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    doc().head.append(script);
    await loaded;
  }
  const results = await win().axe!.run(doc());
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
  expect(found, `axe on ${what}`).to.deep.equal([]);
}

/** Invites `email` as a project member with the project page's <invite-form>. */
async function inviteMember(email: string): Promise<void> {
  const form = $('invite-form');
  (await control(form, 'Email')).focus();
  await sendKeys({ type: email });
  const role = await control<HTMLSelectElement>(form, 'Project role');
  await until(() => role.options.length > 1, 'roles');
  await pick(role, 'Member');
  (await button(form, 'Review')).click();
  (await button(form, 'Send invitation')).click();
}

/** What clicking `button` copied to the clipboard, once `said` says it was copied. */
async function copiedBy(button: HTMLElement, said: () => string): Promise<string[]> {
  const copied: string[] = [];
  const clipboard = win().navigator.clipboard;
  const writeText = clipboard.writeText.bind(clipboard);
  clipboard.writeText = (text: string) => {
    copied.push(text);
    return Promise.resolve();
  };
  try {
    button.click();
    await until(() => said().includes('Copied to the clipboard.'), 'copied');
  } finally {
    clipboard.writeText = writeText;
  }
  return copied;
}

describe('the demo site, built and served as static files', () => {
  before(async function () {
    this.timeout(180_000); // the build
    localStorage.clear();
    frame = document.createElement('iframe');
    frame.title = 'The demo';
    frame.width = '1280';
    frame.height = '900';
    frame.src = '/__demo/#/project';
    frame.addEventListener('load', () =>
      win().addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
      ),
    );
    document.body.append(frame);
    await until(
      () => rowsOf($('invitation-table')).length > 0,
      'the project page and its table',
      60 * 60 * 2,
    );
  });
  afterEach(() => {
    expect(violations, 'Content-Security-Policy violations in the demo').to.deep.equal([]);
  });
  after(async () => {
    // Leave nothing behind for the next test file: the demo's worker, its saved store.
    frame.remove();
    for (const registration of await navigator.serviceWorker.getRegistrations())
      if (new URL(registration.scope).pathname.startsWith('/__demo/'))
        await registration.unregister();
    localStorage.clear();
  });

  it('the project page is made of the markup it shows as its source', async () => {
    expect(doc().title).to.equal('Project: Riverside Tower · Invitekit demo');
    const source = $('details.source code')?.textContent ?? '';
    expect(source).to.include('<invite-form project-id="prj_riverside"></invite-form>');
    const details = $('details.source') as HTMLDetailsElement;
    (details.querySelector('summary') as HTMLElement).click();
    expect(details.open, 'the source opens').to.equal(true);
    // The same elements, each with the attributes the source gives it (and, live, those the
    // elements reflect: a table's sort, say).
    const shown = [
      ...new DOMParser().parseFromString(source, 'text/html').body.querySelectorAll('*'),
    ];
    const live = [...doc().querySelectorAll('.live *')];
    expect(live.map((e) => e.localName)).to.deep.equal(shown.map((e) => e.localName));
    shown.forEach((element, i) => {
      for (const { name, value } of element.attributes)
        expect(live[i]?.getAttribute(name), `${element.localName} ${name}`).to.equal(value);
    });
    await axe('the project page');
  });

  it('invite a member, accept as the invitee from the inbox, and the table turns Accepted', async function () {
    this.timeout(60_000);
    await inviteMember('casey.new@example.org');
    await until(
      () => rowsOf($('invitation-table')).some((t) => t.includes('casey.new@example.org')),
      'the new invitation in the table',
    );
    expect(rowsOf($('invitation-table')).find((t) => t.includes('casey.new'))).to.include(
      'Pending',
    );

    await go('Inbox');
    const person = $('#page select') as HTMLSelectElement;
    await pick(person, 'casey.new@example.org');
    await until(
      () => $('#page ol')?.getAttribute('aria-label') === 'Emails to casey.new@example.org',
      'their inbox',
    );
    expect(page().textContent).to.include('Riverside Tower');
    await axe('the inbox');
    const open = [...page().querySelectorAll<HTMLAnchorElement>('a')].find((a) =>
      a.textContent?.includes('Open the link'),
    );
    open!.click();
    await until(
      () => /invited you to Riverside Tower/.test(page().querySelector('h1')?.textContent ?? ''),
      'invitee',
    );
    await axe('the invitee page');

    const first = page().querySelector<HTMLInputElement>('input[name="firstName"]')!;
    first.focus();
    await sendKeys({ type: 'Casey' });
    page().querySelector<HTMLInputElement>('input[name="lastName"]')!.focus();
    await sendKeys({ type: 'New' });
    [...page().querySelectorAll('button')].find((b) => b.textContent === 'Accept')!.click();
    await until(
      () => page().querySelector('[role="status"]')?.textContent?.includes('You accepted') === true,
      'accepted',
    );

    await go('Project');
    await until(
      () =>
        rowsOf($('invitation-table')).some(
          (t) => t.includes('casey.new@example.org') && t.includes('Accepted'),
        ),
      'the row turned Accepted',
    );
  });

  it('an expired link says what happened and what to do next', async function () {
    this.timeout(60_000);
    await inviteMember('dana.late@example.org');
    await until(
      () => rowsOf($('invitation-table')).some((t) => t.includes('dana.late@example.org')),
      'the invitation',
    );
    await go('Inbox');
    await pick($('#page select') as HTMLSelectElement, 'dana.late@example.org');
    await until(() => (page().textContent ?? '').includes('Riverside Tower'), 'her email');
    const link = page().querySelector<HTMLAnchorElement>('.email a')!.href;

    // Thirty-one days on: the link has expired.
    const days = $('#days') as HTMLInputElement;
    days.select();
    days.focus();
    await sendKeys({ type: '31' });
    ($('#advance') as HTMLButtonElement).click();
    await until(() => $('#clock')?.textContent !== '', 'the clock');
    win().location.href = link;
    await until(
      () => page().querySelector('h1')?.textContent === 'This invitation link no longer works',
      'the expired page',
    );
    expect(page().textContent).to.include('has expired');
    expect(page().textContent).to.include('What to do next');
    await axe('the expired-link page');
    page().querySelector<HTMLAnchorElement>('a[href="#/inbox"]')!.click();
    await until(() => page().querySelector('h1')?.textContent === 'Inbox', 'back in the inbox');
  });

  it('move a candidate to Invited on the role page; they apply from the inbox and the board shows it', async function () {
    this.timeout(60_000);
    await go('Role');
    const board = $('role-pipeline');
    let card: HTMLElement | undefined;
    await until(() => {
      card = [
        ...(board?.shadowRoot?.querySelectorAll<HTMLElement>(
          '.cards[data-stage="matches"] [role="row"][data-id]',
        ) ?? []),
      ].find((c) => !c.textContent?.includes('Account not active'));
      return card !== undefined;
    }, 'a candidate in Matches');
    const id = card!.dataset['id'];
    const name = card!.querySelector('.name')?.textContent?.trim() ?? '';
    card!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    (await button(board, 'Send invitation')).click();
    const stage = () =>
      $('role-pipeline')
        ?.shadowRoot?.querySelector(`[role="row"][data-id="${id}"]`)
        ?.closest<HTMLElement>('.cards')?.dataset['stage'];
    await until(() => stage() === 'invited', 'shown in Invited');

    // Leaving the page sends the move it holds for Undo; the inbox shows the email as it comes.
    await go('Inbox');
    await until(() => (page().textContent ?? '').includes('Crane operator'), 'the job email');
    expect(($('#page select') as HTMLSelectElement).value).to.match(/@/);
    [...page().querySelectorAll<HTMLAnchorElement>('.email a')][0]!.click();
    await until(() => (page().textContent ?? '').includes('Job details: Crane operator'), 'job');
    [...page().querySelectorAll('button')].find((b) => b.textContent === 'Apply')!.click();
    await until(
      () => (page().querySelector('[role="status"]')?.textContent ?? '').includes('You applied'),
      'applied',
    );

    await go('Role');
    await until(() => stage() === 'applied', `${name} in Applied`);
  });

  it('every host page renders its elements, passes axe, and shows its source', async function () {
    this.timeout(120_000);
    const pages = {
      Pool: ['batch-uploader', 'invite-form', 'invitation-table', 'invitation-table'],
      Role: ['role-pipeline'],
      Contacts: ['invite-form', 'batch-uploader', 'invitation-table'],
    };
    for (const [name, tags] of Object.entries(pages)) {
      await go(name);
      expect(
        [...page().querySelectorAll('.live *')]
          .map((e) => e.localName)
          .filter((name) => name.includes('-')),
      ).to.deep.equal(['invitekit-provider', ...tags]);
      for (const tag of tags) expect($('details.source code')?.textContent).to.include(`<${tag} `);
      await until(
        () =>
          [...page().querySelectorAll('.live *')].every(
            (e) => !e.localName.includes('-') || e.shadowRoot !== null,
          ),
        'rendered',
      );
      if (name === 'Pool') {
        expect((await button($('invite-form'), 'Share a link')).disabled).to.equal(false);
      }
      await axe(`the ${name} page`);
    }
  });

  it('the language switch sets lang on the page provider; the theme switch sets the scheme', async () => {
    await go('Project');
    await pick($('#lang') as HTMLSelectElement, 'fr');
    expect($('invitekit-provider')?.getAttribute('lang')).to.equal('fr');
    expect((await control($('invite-form'), 'E-mail')).localName).to.equal('input');
    await pick($('#lang') as HTMLSelectElement, 'en');
    expect((await control($('invite-form'), 'Email')).localName).to.equal('input');

    await pick($('#theme') as HTMLSelectElement, 'dark');
    expect(win().getComputedStyle(doc().documentElement).colorScheme).to.equal('dark');
    await pick($('#theme') as HTMLSelectElement, 'light');
    expect(win().getComputedStyle(doc().documentElement).colorScheme).to.equal('light');
    await axe('the project page in light');
    await pick($('#theme') as HTMLSelectElement, '');
    expect(win().getComputedStyle(doc().documentElement).colorScheme).to.equal('light dark');
  });

  it('a failing API shows the error, and the form works again once healthy', async function () {
    this.timeout(60_000);
    await go('Project');
    await pick($('#fault') as HTMLSelectElement, 'failing');
    const form = $('invite-form');
    (await control(form, 'Email')).focus();
    await sendKeys({ type: 'erin.retry@example.org' });
    await pick(await control<HTMLSelectElement>(form, 'Project role'), 'Member');
    (await button(form, 'Review')).click();
    await until(() => form?.shadowRoot?.querySelector('#failure') != null, 'the failure', 60 * 30);
    expect(form?.shadowRoot?.activeElement?.id, 'the failure takes the focus').to.equal('failure');

    await pick($('#fault') as HTMLSelectElement, '');
    (await button(form, 'Review')).click();
    (await button(form, 'Send invitation')).click();
    await until(
      () => rowsOf($('invitation-table')).some((t) => t.includes('erin.retry@example.org')),
      'the invitation once healthy',
    );
  });

  it('slow answers show the form busy; dropped answers say the server could not be reached', async function () {
    this.timeout(60_000);
    await freshProject();
    await pick($('#fault') as HTMLSelectElement, 'slow');
    const form = $('invite-form');
    (await control(form, 'Email')).focus();
    await sendKeys({ type: 'fran.slow@example.org' });
    const role = await control<HTMLSelectElement>(form, 'Project role');
    await until(() => role.options.length > 1, 'the roles, slowly', 60 * 30);
    await pick(role, 'Member');
    const busy = () => form?.shadowRoot?.querySelector('form')?.getAttribute('aria-busy');
    const asked = performance.now();
    (await button(form, 'Review')).click();
    await until(() => busy() === 'true', 'busy while the answer is slow');
    await until(() => busy() === 'false', 'the slow answer', 60 * 30);
    // The switch's promise, not a speed target: every answer comes 2 s late.
    expect(performance.now() - asked).to.be.at.least(1900);
    (await button(form, 'Send invitation')).click();
    await until(
      () => rowsOf($('invitation-table')).some((t) => t.includes('fran.slow@example.org')),
      'the invitation, slowly',
      60 * 30,
    );

    await pick($('#fault') as HTMLSelectElement, 'dropped');
    (await button(form, 'Invite someone else')).click();
    (await control(form, 'Email')).focus();
    await sendKeys({ type: 'gus.dropped@example.org' });
    await pick(await control<HTMLSelectElement>(form, 'Project role'), 'Member');
    (await button(form, 'Review')).click();
    await until(
      () => (form?.shadowRoot?.querySelector('#failure')?.textContent ?? '').includes('reach'),
      'could not reach the server',
      60 * 30,
    );
    await pick($('#fault') as HTMLSelectElement, '');
  });

  it('the invitee declines: the page says so, and the table shows Declined', async function () {
    this.timeout(60_000);
    await freshProject();
    await inviteMember('hana.no@example.org');
    await until(
      () => rowsOf($('invitation-table')).some((t) => t.includes('hana.no@example.org')),
      'the invitation',
    );
    await go('Inbox');
    await pick($('#page select') as HTMLSelectElement, 'hana.no@example.org');
    await until(() => (page().textContent ?? '').includes('Riverside Tower'), 'her email');
    page().querySelector<HTMLAnchorElement>('.email a')!.click();
    await until(
      () => /invited you to/.test(page().querySelector('h1')?.textContent ?? ''),
      'the invitation page',
    );
    [...page().querySelectorAll('button')].find((b) => b.textContent === 'Decline')!.click();
    await until(
      () => (page().querySelector('[role="status"]')?.textContent ?? '').includes('You declined'),
      'declined',
    );
    expect(page().querySelector('button'), 'no answer left to give').to.equal(null);
    await freshProject();
    await until(
      () =>
        rowsOf($('invitation-table')).some(
          (t) => t.includes('hana.no@example.org') && t.includes('Declined'),
        ),
      'the row turned Declined',
    );
  });

  it('the sample files download from the controls; the one with problems reads on the pool page with its problems counted', async function () {
    this.timeout(90_000);
    await go('Pool');
    const uploader = page().querySelector('batch-uploader');
    const name = await control<HTMLInputElement>(uploader, 'Batch name');
    name.value = 'Sample file';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    (await button(uploader, 'Start batch')).click();
    await until(() => uploader?.shadowRoot?.querySelector('[part="drop"]') != null, 'drop zone');

    // What each button offers, as the download it starts.
    const offered: Blob[] = [];
    const url = win().URL;
    const createObjectURL = url.createObjectURL.bind(url);
    url.createObjectURL = (blob: Blob) => {
      offered.push(blob);
      return createObjectURL(blob);
    };
    try {
      ($('#sample-small') as HTMLButtonElement).click();
      ($('#sample-large') as HTMLButtonElement).click();
    } finally {
      url.createObjectURL = createObjectURL;
    }
    expect(offered).to.have.length(2);
    const [small, large] = offered as [Blob, Blob];
    const largeText = await large.text();
    expect(largeText.split('\r\n').filter(Boolean)).to.have.length(100_001);

    const w = win();
    const data = new w.DataTransfer();
    data.items.add(new w.File([small], 'people-with-problems.csv', { type: 'text/csv' }));
    uploader?.shadowRoot
      ?.querySelector('[part="drop"]')
      ?.dispatchEvent(
        new w.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    const summary = () =>
      uploader?.shadowRoot?.querySelector('.summary')?.textContent?.trim() ?? '';
    await until(() => /with problems/.test(summary()), 'the file read and checked');
    const [, rows, ready, problems] =
      /^(\d+) rows: (\d+) ready, (\d+) with problems/.exec(summary()) ?? [];
    expect(Number(rows)).to.equal(12);
    expect(Number(problems)).to.be.at.least(6);
    expect(Number(ready) + Number(problems)).to.equal(12);

    // Fix one row (31 February), invite every valid row, and the fixed one gets its email.
    (await button(uploader, 'Upload and check 12 rows')).click();
    (await button(uploader, /^Actions for Fay Bruary/)).click();
    (await button(uploader, 'Correct', '[role="menu"]')).click();
    const dob = await control<HTMLInputElement>(uploader, 'Date of birth', 'form.editor');
    await until(() => uploader?.shadowRoot?.activeElement === dob, 'the date to correct');
    expect(dob.value).to.equal('31/02/1990');
    dob.select();
    await sendKeys({ type: '28/02/1990' });
    (await button(uploader, 'Save and check again')).click();
    const ready1 = Number(ready) + 1;
    (await button(uploader, `Invite all valid rows (${ready1})`)).click();
    await button(uploader, `Invited ${ready1}`);
    await go('Inbox');
    await pick($('#page select') as HTMLSelectElement, 'feb.thirty@example.net');
    await until(() => (page().textContent ?? '').includes('Civil crew'), 'her invitation');
  });

  it('R30: the pool page shares a sign-up link; a visitor signs up through it (a wrong field named, the typing kept); the admin approves, and they are told', async function () {
    this.timeout(90_000);
    await go('Pool');
    const form = $('invite-form');
    (await button(form, 'Share a link')).click();
    (await button(form, 'Create a link')).click();
    let link = '';
    await until(() => {
      const focused = form?.shadowRoot?.activeElement as HTMLInputElement | null | undefined;
      link = focused?.value ?? '';
      return link.includes('?link=');
    }, 'the new link, focused');

    // The visitor opens it.
    win().location.href = link;
    await until(() => page().querySelector('h1')?.textContent === 'Join the team', 'sign-up');
    await axe('the sign-up page');
    await fill('First name', 'Rua');
    await fill('Last name', 'Visitor');
    await fill('Email', 'rua.visitor@');
    const birth = page().querySelector<HTMLInputElement>('input[name="dateOfBirth"]')!;
    birth.value = '1994-06-01';
    const ask = [...page().querySelectorAll('button')].find(
      (b) => b.textContent === 'Ask to join',
    )!;
    ask.click();
    const emailProblem = () => doc().getElementById('signup-email-error')?.textContent ?? '';
    await until(() => emailProblem() !== '', 'the email named as wrong');
    expect(page().querySelector('[role="alert"]')?.textContent).to.not.equal('');
    expect(page().querySelector<HTMLInputElement>('input[name="firstName"]')!.value).to.equal(
      'Rua',
    );
    await fill('Email', 'rua.visitor@example.org');
    ask.click();
    await until(() => page().querySelector('h1')?.textContent === 'You asked to join', 'asked');
    expect(page().querySelector('[role="status"]')?.textContent).to.include(
      'rua.visitor@example.org',
    );

    // The admin, back on the pool page, approves them from the invitations table.
    win().location.href = new URL('#/pool', frame.src).href;
    let table: Element | null = null;
    await until(() => {
      table = doc().querySelector('invitation-table:not([view="accounts"])');
      return /signed up through a shared link/.test(
        table?.shadowRoot?.querySelector('.notice.signups')?.textContent ?? '',
      );
    }, 'sign-ups waiting');
    (await button(table, 'Show sign-ups')).click();
    await until(() => rowsOf(table).some((t) => t.includes('Rua Visitor')), 'her sign-up');
    (await button(table, /^Actions for Rua Visitor/)).click();
    (await button(table, 'Approve', '[role="menu"]')).click();
    (await button(table, 'Approve', '[role="alertdialog"]')).click();
    await until(
      () => rowsOf(table).some((t) => t.includes('Rua Visitor') && t.includes('Accepted')),
      'approved',
    );
    await go('Inbox');
    await pick($('#page select') as HTMLSelectElement, 'rua.visitor@example.org');
    await until(() => (page().textContent ?? '').includes("You're in: Civil crew"), 'told');
  });

  it('the theme editor sets the --ik-* properties live and prints the CSS to copy; reset undoes it', async () => {
    await go('Project');
    const editor = $('.theme-editor') as HTMLDetailsElement;
    (editor.querySelector('summary') as HTMLElement).click();
    expect(editor.open).to.equal(true);
    const review = await button($('invite-form'), 'Review');
    const accent = () => win().getComputedStyle(review).backgroundColor;
    const before = accent();
    const color = editor.querySelector<HTMLInputElement>('[data-token="--ik-accent"]')!;
    color.value = '#aa0055';
    color.dispatchEvent(new Event('input', { bubbles: true }));
    const radius = editor.querySelector<HTMLInputElement>('[data-token="--ik-radius"]')!;
    radius.select();
    radius.focus();
    await sendKeys({ type: '12' });
    expect(accent()).to.equal('rgb(170, 0, 85)');
    expect(win().getComputedStyle(review).borderTopLeftRadius).to.equal('12px');
    const css = $('#theme-css')?.textContent ?? '';
    expect(css).to.equal(':root {\n  --ik-accent: #aa0055;\n  --ik-radius: 12px;\n}');

    const copied = await copiedBy(
      $('#theme-copy') as HTMLElement,
      () => $('#theme-said')?.textContent ?? '',
    );
    expect(copied).to.deep.equal([css]);
    await axe('the theme editor');

    ($('#theme-reset') as HTMLButtonElement).click();
    expect(accent()).to.equal(before);
    expect(color.value).to.equal('#2456e3');
    expect($('#theme-css')?.textContent).to.match(/^\/\* Change a value/);
    editor.open = false;
  });

  it('at 375 px every page fits the screen and passes axe; on a wide screen the source stands open beside the page', async function () {
    this.timeout(120_000);
    frame.width = '375';
    try {
      for (const name of ['Project', 'Pool', 'Role', 'Contacts', 'Inbox', 'Docs']) {
        await go(name);
        const elements = () =>
          [...page().querySelectorAll('.live *')].filter((e) => e.localName.includes('-'));
        await until(() => elements().every((e) => e.shadowRoot !== null), 'rendered');
        // Once the elements have laid themselves out for the width (a table switches to its
        // narrow layout when it sees its size), nothing is wider than the screen.
        const root = doc().documentElement;
        await until(
          () => root.scrollWidth <= root.clientWidth,
          `${name} at 375 px: nothing wider than the screen`,
        );
        await axe(`the ${name} page at 375 px`);
      }
    } finally {
      frame.width = '1280';
    }

    frame.width = '1700';
    try {
      await go('Inbox');
      await go('Project');
      const source = $('details.source') as HTMLDetailsElement;
      const live = $('.live') as HTMLElement;
      expect(source.open, 'open on a wide screen').to.equal(true);
      expect(source.getBoundingClientRect().left).to.be.at.least(
        live.getBoundingClientRect().right,
      );
      expect(source.getBoundingClientRect().top).to.be.below(live.getBoundingClientRect().top);
    } finally {
      frame.width = '1280';
    }
  });

  it('each element has a docs page: its API tables are its manifest, its example is live, and each snippet copies as shown', async function () {
    this.timeout(90_000);
    const manifest: unknown = await (await fetch('/packages/elements/custom-elements.json')).json();
    const docs = elementDocs(manifest);
    await go('Docs');
    const tableOf = (title: string) =>
      [...page().querySelectorAll('section.api')].find(
        (section) => section.querySelector('h3')?.textContent === title,
      );
    const rowNames = (title: string) =>
      [...(tableOf(title)?.querySelectorAll('tbody th') ?? [])].map((th) => th.textContent);
    for (const doc of docs) {
      const link = [
        ...page().querySelectorAll<HTMLAnchorElement>('nav[aria-label="Elements"] a'),
      ].find((a) => a.textContent === `<${doc.tag}>`);
      link!.click();
      await until(() => page().querySelector('h1')?.textContent === `<${doc.tag}>`, doc.tag);
      expect(rowNames('Attributes'), doc.tag).to.deep.equal(doc.attributes.map((a) => a.name));
      expect(rowNames('Properties'), doc.tag).to.deep.equal(doc.properties.map((p) => p.name));
      expect(rowNames('Events'), doc.tag).to.deep.equal(doc.events.map((e) => e.name));
      expect(rowNames('CSS parts'), doc.tag).to.deep.equal(doc.parts.map((p) => p.name));
      expect(rowNames('CSS custom properties'), doc.tag).to.deep.equal(
        doc.cssProperties.map((p) => p.name),
      );
      const inner = page().querySelector('.live > invitekit-provider > *');
      await until(() => (inner?.shadowRoot?.textContent ?? '').trim() !== '', `${doc.tag} live`);
      expect(page().querySelectorAll('section.snippet pre').length, doc.tag).to.equal(4);
    }
    // The manifest's own words: invite-form's project-id, its event and React prop.
    [...page().querySelectorAll<HTMLAnchorElement>('nav[aria-label="Elements"] a')]
      .find((a) => a.textContent === '<invite-form>')!
      .click();
    await until(() => page().querySelector('h1')?.textContent === '<invite-form>', 'the form');
    const sent = [...(tableOf('Events')?.querySelectorAll('tbody tr') ?? [])].find((tr) =>
      tr.textContent?.includes('invitekit-invite-sent'),
    );
    expect(sent?.textContent).to.include('onInviteSent');
    await axe('the docs of <invite-form>');

    const copy = page().querySelector<HTMLButtonElement>('button[aria-label="Copy: React"]')!;
    const copied = await copiedBy(copy, () => copy.parentElement?.textContent ?? '');
    const shown = page()
      .querySelector('button[aria-label="Copy: React"]')
      ?.closest('section')
      ?.querySelector('code')?.textContent;
    expect(copied).to.deep.equal([shown]);
    expect(shown).to.include('<InviteForm projectId="prj_riverside" onInviteSent=');
  });

  it('the no-bundler page loads only the one-file builds, and a person invited there shows in its table', async function () {
    this.timeout(90_000);
    const portal = frame.src;
    [...doc().querySelectorAll<HTMLAnchorElement>('nav a')]
      .find((a) => a.textContent === 'No-bundler page')!
      .click();
    await until(
      () => doc().querySelector('h1')?.textContent === 'A page with no bundler',
      'the page',
    );
    await until(() => rowsOf($('invitation-table')).length > 0, 'its table', 60 * 60);
    const scripts = win()
      .performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // (The test runner's own script, which it adds to every page it serves, aside.)
      .filter((path) => path.endsWith('.js') && !path.startsWith('/__web-dev-server'));
    expect(scripts).to.include.members(['/__demo/cdn/mock-api.js', '/__demo/cdn/invitekit.js']);
    expect(
      scripts.filter((path) => !path.startsWith('/__demo/cdn/')),
      'nothing but the one-file builds and the page’s own script',
    ).to.deep.equal(['/__demo/drop-in.js']);
    await inviteMember('ivy.dropin@example.org');
    await until(
      () => rowsOf($('invitation-table')).some((t) => t.includes('ivy.dropin@example.org')),
      'the invitation in its table',
    );
    await axe('the no-bundler page');
    win().location.href = portal;
    await until(
      () => $('#page') !== null && rowsOf($('invitation-table')).length > 0,
      'back in the portal',
      60 * 60,
    );
  });

  it('reset seeds the store afresh: the inbox is empty again', async () => {
    ($('#reset') as HTMLButtonElement).click();
    await go('Inbox');
    await until(() => (page().textContent ?? '').includes('No emails yet'), 'empty inbox');
  });
});
