// <invite-form> driven as a user would: by role and accessible name, with real key presses,
// against the mock API running in this page.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient } from '@invitekit/sdk';
import '../src/define/invite-form.js';
import type { InviteForm } from '../src/invite-form/invite-form.js';
import {
  adminClient,
  BASE,
  clear,
  element,
  eventFrom,
  press,
  screenOf,
  type,
  until,
  useMockApi,
} from './helpers.js';

const mock = useMockApi();

async function mount(attributes: string, lang = 'en'): Promise<InviteForm> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <invitekit-provider base-url="/api/v1" token="demo-admin"></invitekit-provider>
    </div>`,
  );
  const provider = wrapper.querySelector('invitekit-provider');
  if (!provider) throw new Error('no provider');
  const form = element('invite-form', attributes);
  provider.append(form);
  await form.updateComplete;
  return form;
}

const text = (form: InviteForm) => form.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Picks an option the way a pointer user would. */
async function choose(select: HTMLElement, label: string): Promise<void> {
  const element = select as HTMLSelectElement;
  await until(() => [...element.options].some((o) => o.text === label), `option ${label}`);
  const option = [...element.options].find((o) => o.text === label);
  element.value = option?.value ?? '';
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

async function fillProject(form: InviteForm, email: string, role = 'Manager') {
  const s = screenOf(form);
  await type(await s.findByShadowRole('textbox', { name: 'Email' }), email);
  await choose(await s.findByShadowRole('combobox', { name: 'Project role' }), role);
  return s;
}

async function activePersonOutside(projectId: string) {
  const client = adminClient();
  const members = (await client.projects.members(projectId)).items;
  const people = (await client.people.list({ status: ['active'], limit: 200 })).items;
  const person = people.find(
    (p) =>
      !members.some((m) => m.personId === p.id) &&
      mock().domain.personByEmail(p.email)?.platformRole === 'staff',
  );
  if (!person) throw new Error('seed has no such person');
  return person;
}

describe('<invite-form> in a project (R5–R13)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('R5, R7: reviews, then invites a new email and states when it expires', async () => {
    const form = await mount('project-id="prj_riverside"');
    const s = await fillProject(form, 'new.person@example.org');
    await expect(form).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    await s.findAllByShadowText(
      /new\.person@example\.org will be invited to Riverside Tower as Manager/,
    );
    await expect(form).to.be.accessible();
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    });
    expect(sent.outcome).to.equal('invited');
    expect(sent.invitation?.email).to.equal('new.person@example.org');
    await s.findAllByShadowText(/expires in 30 days/);
    expect(mock().outbox('new.person@example.org')).to.have.length(1);
    await expect(form).to.be.accessible();
  });

  it('"Invite someone else" starts a fresh form from the keyboard, and a second invitation goes out', async () => {
    const form = await mount('project-id="prj_riverside"');
    const s = await fillProject(form, 'first.of.two@example.org');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    });
    expect(form.shadowRoot?.activeElement?.id).to.equal('result');
    // Keyboard only: the next stop after the result is the way back to a fresh form.
    await press('Tab');
    const again = form.shadowRoot?.activeElement as HTMLButtonElement | null;
    expect(again?.textContent?.trim()).to.equal('Invite someone else');
    expect(again?.matches(':disabled')).to.equal(false);
    await press('Enter');
    const email = await s.findByShadowRole<HTMLInputElement>('textbox', { name: 'Email' });
    await until(() => form.shadowRoot?.activeElement === email, 'focus on a fresh email field');
    expect(email.value).to.equal('');
    await type(email, 'second.of.two@example.org');
    const role = await s.findByShadowRole<HTMLSelectElement>('combobox', { name: 'Project role' });
    expect(role.value).to.equal('Manager'); // the role chosen last time is kept
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    });
    expect(sent.invitation?.email).to.equal('second.of.two@example.org');
    const listed = await adminClient().invitations.list({ q: 'of.two@example.org' });
    expect(listed.total).to.equal(2);
  });

  it('R6: an active person is added at once, and the form says so', async () => {
    const person = await activePersonOutside('prj_eastlink');
    const form = await mount('project-id="prj_eastlink"');
    const s = await fillProject(form, person.email, 'Member');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    await s.findAllByShadowText(/already has an active account/);
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    });
    expect(sent.outcome).to.equal('added');
    expect(sent.member?.personId).to.equal(person.id);
    await s.findAllByShadowText(/was added to Eastlink Depot as Member/);
  });

  it('shows field errors beside the field and sends nothing until the input is valid', async () => {
    const form = await mount('project-id="prj_riverside"');
    const s = screenOf(form);
    let requests = 0;
    form.addEventListener('invitekit-invite-request', () => (requests += 1));
    const email = await s.findByShadowRole<HTMLInputElement>('textbox', { name: 'Email' });
    await type(email, 'not-an-email');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    await s.findAllByShadowText('Enter an email address like name@example.com');
    await s.findAllByShadowText('Choose a project role');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(form.shadowRoot?.activeElement).to.equal(email);
    expect(requests).to.equal(0);
    await expect(form).to.be.accessible();
    await clear(email);
    await type(email, 'fixed@example.org');
    await until(() => email.getAttribute('aria-invalid') === 'false', 'email valid');
  });

  it('R13: the review says the email is already invited, offers no Send, and opens the first invitation', async () => {
    const first = await adminClient().projects.addMember('prj_riverside', {
      email: 'twice@example.org',
      role: 'Member',
    });
    const form = await mount('project-id="prj_riverside"');
    const s = await fillProject(form, 'twice@example.org', 'Member');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    const alert = await s.findByShadowRole('alert');
    expect(alert.querySelector('strong')?.textContent).to.equal('Already invited');
    expect(alert.textContent).to.match(
      /twice@example\.org already has a pending invitation to Riverside Tower as Member, sent \w{3} \d+, \d{4}/,
    );
    expect(s.queryByShadowRole('button', { name: 'Send invitation' })).to.equal(null);
    expect(form.shadowRoot?.activeElement).to.equal(alert);
    await expect(form).to.be.accessible();
    const opened = await eventFrom(form, 'invitekit-open-invitation', async () => {
      (await s.findByShadowRole('button', { name: 'Open the existing invitation' })).click();
    });
    expect(opened.invitationId).to.equal(first.invitation?.id);
    (await s.findByShadowRole('button', { name: 'Back' })).click();
    const email = await s.findByShadowRole<HTMLInputElement>('textbox', { name: 'Email' });
    expect(email.value).to.equal('twice@example.org');
  });

  it('R13: a refusal that only comes at Send (invited meanwhile) has its own title and words too', async () => {
    const form = await mount('project-id="prj_riverside"');
    const s = await fillProject(form, 'raced@example.org', 'Viewer');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    await s.findAllByShadowText(/raced@example\.org will be invited to Riverside Tower as Viewer/);
    await adminClient().projects.addMember('prj_riverside', {
      email: 'raced@example.org',
      role: 'Viewer',
    });
    (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    const alert = await s.findByShadowRole('alert');
    expect(alert.querySelector('strong')?.textContent).to.equal('Already invited');
    expect(alert.textContent).to.include(
      'raced@example.org already has a pending invitation to Riverside Tower as Viewer',
    );
    await s.findByShadowRole('button', { name: 'Open the existing invitation' });
  });

  it('R12: an account disabled between the review and Send is refused under "Account disabled"', async () => {
    const person = await activePersonOutside('prj_eastlink');
    const form = await mount('project-id="prj_eastlink"');
    const s = await fillProject(form, person.email, 'Member');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    await s.findAllByShadowText(/will be added to Eastlink Depot as Member at once/);
    await adminClient().people.disable(person.id);
    (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    const alert = await s.findByShadowRole('alert');
    expect(alert.querySelector('strong')?.textContent).to.equal('Account disabled');
    expect(alert.textContent).to.match(/account is disabled: re-enable it before inviting them/);
  });

  it('R11: the review names the conflicting platform role under its own title, and offers no Send', async () => {
    const client = (await adminClient().people.list({ status: ['active'], limit: 500 })).items.find(
      (p) => mock().domain.personByEmail(p.email)?.platformRole === 'client',
    );
    const form = await mount('project-id="prj_eastlink"');
    const s = await fillProject(form, client?.email ?? '', 'Manager');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    const alert = await s.findByShadowRole('alert');
    expect(alert.querySelector('strong')?.textContent).to.equal('Role conflict');
    expect(alert.textContent).to.match(
      /holds the Client platform role, which conflicts with Manager\. Choose Viewer instead/,
    );
    expect(alert.textContent).to.not.match(/added .* at once|Already invited/);
    expect(s.queryByShadowRole('button', { name: 'Send invitation' })).to.equal(null);
    // As Viewer the rules allow it: the review says so, and Send adds them.
    (await s.findByShadowRole('button', { name: 'Back' })).click();
    await choose(await s.findByShadowRole('combobox', { name: 'Project role' }), 'Viewer');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    await s.findAllByShadowText(/will be added to Eastlink Depot as Viewer at once/);
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    });
    expect(sent.outcome).to.equal('added');
  });

  it('R12: an account not yet activated, or disabled, is refused in the review with its own words', async () => {
    const people = adminClient().people;
    const cases = [
      {
        status: 'invited' as const,
        title: 'Account not activated yet',
        says: /has not activated their account yet/,
      },
      { status: 'disabled' as const, title: 'Account disabled', says: /account is disabled/ },
    ];
    for (const c of cases) {
      const person = (await people.list({ status: [c.status], limit: 50 })).items.find(
        (p) => mock().domain.personByEmail(p.email)?.platformRole === 'staff',
      );
      const form = await mount('project-id="prj_riverside"');
      const s = await fillProject(form, person?.email ?? '', 'Member');
      (await s.findByShadowRole('button', { name: 'Review' })).click();
      const alert = await s.findByShadowRole('alert');
      expect(alert.querySelector('strong')?.textContent).to.equal(c.title);
      expect(alert.textContent).to.match(c.says);
      expect(alert.textContent).to.include(person?.lastName ?? '-');
      expect(s.queryByShadowRole('button', { name: 'Send invitation' })).to.equal(null);
      form.closest('div')?.remove();
    }
  });

  it('keeps everything typed through a network fault, retries, and never sends twice', async () => {
    // More dropped answers than the SDK's own retries absorb (its first try and two retries).
    mock().faults.rules.push({ route: 'addMember', mode: 'drop', times: 3 });
    const form = await mount('project-id="prj_riverside"');
    const s = await fillProject(form, 'flaky@example.org');
    await type(await s.findByShadowRole('textbox', { name: /Personal message/ }), 'Welcome!');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    const send = await s.findByShadowRole('button', { name: 'Send invitation' });
    send.click();
    send.click();
    const alert = await s.findByShadowRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).to.include('could not reach the server');
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Try again' })).click();
    });
    expect(sent.invitation?.message).to.equal('Welcome!');
    const listed = await adminClient().invitations.list({ q: 'flaky@example.org' });
    expect(listed.total).to.equal(1);
    expect(mock().outbox('flaky@example.org')).to.have.length(1);
  });

  it('a host can veto the request: nothing is sent and the review stays; or add to it', async () => {
    const posts: string[] = [];
    const form = await mount('project-id="prj_riverside"');
    form.client = createClient({
      baseUrl: BASE,
      token: 'demo-admin',
      retry: 0,
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'POST') posts.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    const s = await fillProject(form, 'vetoed@example.org');
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    const send = await s.findByShadowRole('button', { name: 'Send invitation' });
    expect(posts).to.deep.equal([`${BASE}/projects/prj_riverside/members/check`]);
    posts.length = 0; // the review's question (it changes nothing); from here on, only sends
    const request = oneEvent(form, 'invitekit-invite-request');
    form.addEventListener('invitekit-invite-request', (e) => e.preventDefault(), { once: true });
    send.click();
    expect((await request).defaultPrevented).to.equal(true);
    await form.updateComplete;
    // Not sending (a send marks its button busy at once): the review, its button ready again.
    expect(s.getByShadowRole('button', { name: 'Send invitation' })).to.have.attribute(
      'aria-disabled',
      'false',
    );
    expect(text(form)).to.include('vetoed@example.org');
    form.addEventListener('invitekit-invite-request', (e) => {
      if (e.detail.mode === 'project') e.detail.body.message = 'Added by the host';
    });
    const sent = await eventFrom(form, 'invitekit-invite-sent', () => send.click());
    expect(sent.invitation?.message).to.equal('Added by the host');
    expect(posts, 'one request, the one allowed').to.deep.equal([
      `${BASE}/projects/prj_riverside/members`,
    ]);
    expect((await adminClient().invitations.list({ q: 'vetoed@example.org' })).total).to.equal(1);
  });

  it('can be completed with the keyboard alone', async () => {
    const form = await mount('project-id="prj_riverside"');
    const s = screenOf(form);
    const email = await s.findByShadowRole('textbox', { name: 'Email' });
    await until(() => (form.shadowRoot?.querySelectorAll('option').length ?? 0) > 1, 'roles');
    await type(email, 'keys@example.org');
    await press('Tab');
    await press('ArrowDown');
    await press('ArrowDown');
    await press('Tab');
    await type(form.shadowRoot?.activeElement as HTMLElement, 'Hi');
    await press('Tab');
    await press('Enter');
    await s.findAllByShadowText(/keys@example\.org will be invited to Riverside Tower as Manager/);
    expect(form.shadowRoot?.activeElement?.id).to.equal('review');
    await press('Tab');
    const sent = eventFrom(form, 'invitekit-invite-sent', () => press('Enter'));
    expect((await sent).invitation?.role).to.equal('Manager');
    expect(form.shadowRoot?.activeElement?.id).to.equal('result');
  });

  it('speaks French when the page does', async () => {
    const form = await mount('project-id="prj_riverside"', 'fr');
    const s = screenOf(form);
    await s.findByShadowRole('textbox', { name: 'E-mail' });
    await s.findByShadowRole('combobox', { name: 'Rôle dans le projet' });
    await s.findByShadowRole('button', { name: 'Vérifier' });
    // Numbers in French: 1 000 (a narrow no-break space, which the query reads as a space).
    await s.findAllByShadowText('0 sur 1 000 caractères');
  });

  it('French throughout: project roles, the review, refusals, field errors and API errors', async () => {
    await adminClient().projects.addMember('prj_riverside', {
      email: 'deja@example.org',
      role: 'Manager',
    });
    const form = await mount('project-id="prj_riverside"', 'fr');
    const s = screenOf(form);
    const select = await s.findByShadowRole<HTMLSelectElement>('combobox', {
      name: 'Rôle dans le projet',
    });
    await until(() => select.options.length > 1, 'roles');
    expect([...select.options].map((o) => o.text)).to.deep.equal([
      'Choisissez un rôle',
      'Administrateur·rice',
      'Responsable',
      'Membre',
      'Lecteur·rice',
    ]);
    const email = await s.findByShadowRole<HTMLInputElement>('textbox', { name: 'E-mail' });
    await type(email, 'pas-un-email');
    (await s.findByShadowRole('button', { name: 'Vérifier' })).click();
    await s.findAllByShadowText('Saisissez une adresse e-mail comme nom@exemple.fr');
    await s.findAllByShadowText('Choisissez un rôle dans le projet');
    await clear(email);
    await type(email, 'deja@example.org');
    await choose(select, 'Responsable');
    (await s.findByShadowRole('button', { name: 'Vérifier' })).click();
    const alert = await s.findByShadowRole('alert');
    expect(alert.querySelector('strong')?.textContent).to.equal('Déjà invité·e');
    expect(alert.textContent).to.match(
      /deja@example\.org a déjà une invitation en attente pour Riverside Tower en tant que Responsable, envoyée le/,
    );
    expect(alert.textContent).to.not.match(/already|pending invitation|Manager/);
    (await s.findByShadowRole('button', { name: 'Retour' })).click();
    const again = await s.findByShadowRole<HTMLInputElement>('textbox', { name: 'E-mail' });
    await clear(again);
    await type(again, 'nouveau@example.org');
    (await s.findByShadowRole('button', { name: 'Vérifier' })).click();
    await s.findAllByShadowText(
      /nouveau@example\.org sera invité·e à Riverside Tower en tant que Responsable\./,
    );
    // An API error code in French too: a member who is not an admin.
    const member = await fixture<InviteForm>(
      html`<div lang="fr">
        <invite-form
          project-id="prj_riverside"
          .client=${createClient({ baseUrl: BASE, token: 'demo-member', retry: 0 })}
        ></invite-form>
      </div>`,
    );
    const denied = await screenOf(
      member.querySelector('invite-form') as HTMLElement,
    ).findByShadowRole('alert');
    expect(denied.textContent).to.include(
      'Seuls les administrateurs de l’espace peuvent faire cela',
    );
    expect(denied.textContent).to.not.include('Only workspace admins');
  });

  it('follows a language change on its provider, keeping what was typed', async () => {
    const form = await mount('project-id="prj_riverside"');
    const s = screenOf(form);
    await type(await s.findByShadowRole('textbox', { name: 'Email' }), 'kept@example.org');
    form.closest('invitekit-provider')?.setAttribute('lang', 'fr');
    const email = await s.findByShadowRole<HTMLInputElement>('textbox', { name: 'E-mail' });
    expect(email.value).to.equal('kept@example.org');
  });

  it('stacks at 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const form = await mount('pool-id="pool_civil"');
    const s = screenOf(form);
    const email = await s.findByShadowRole('textbox', { name: 'Email' });
    const dob = form.shadowRoot?.querySelector('#dateOfBirth') as HTMLElement;
    expect(dob.getBoundingClientRect().top).to.be.greaterThan(email.getBoundingClientRect().bottom);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(form).to.be.accessible();
  });

  it('reloads when project-id changes', async () => {
    const form = await mount('project-id="prj_riverside"');
    const s = screenOf(form);
    await s.findAllByShadowText(/Riverside Tower/);
    form.setAttribute('project-id', 'prj_eastlink');
    await s.findAllByShadowText(/Eastlink Depot/);
  });
});

describe('<invite-form> in a pool (R14–R20)', () => {
  it('R15: an existing profile is used; R19: someone in another pool is accepted straight away', async () => {
    const member = (
      await adminClient().people.list({ poolId: 'pool_civil', status: ['active'], limit: 1 })
    ).items[0];
    const full = await adminClient().people.get(member?.id ?? '');
    const form = await mount('pool-id="pool_safety"');
    const s = screenOf(form);
    await type(await s.findByShadowRole('textbox', { name: 'Email' }), full.email);
    await type(form.shadowRoot?.querySelector('#dateOfBirth') as HTMLElement, '');
    (form.shadowRoot?.querySelector('#dateOfBirth') as HTMLInputElement).value =
      full.dateOfBirth ?? '';
    form.shadowRoot?.querySelector('#dateOfBirth')?.dispatchEvent(new Event('input'));
    (await s.findByShadowRole('button', { name: 'Continue' })).click();
    await s.findAllByShadowText(
      /Profile found: .+ They will be invited with their existing profile/,
    );
    expect(form.shadowRoot?.querySelector('#firstName')).to.equal(null);
    await expect(form).to.be.accessible();
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    });
    expect(sent.outcome).to.equal('accepted');
    await s.findAllByShadowText(/so they were added to Site safety straight away/);
  });

  it('R15, R20: no profile reveals the names, with guidance; a new person must activate first', async () => {
    const form = await mount('pool-id="pool_electrical"');
    const s = screenOf(form);
    await type(await s.findByShadowRole('textbox', { name: 'Email' }), 'brand.new@example.net');
    const dob = form.shadowRoot?.querySelector('#dateOfBirth') as HTMLInputElement;
    dob.value = '1995-04-12';
    dob.dispatchEvent(new Event('input'));
    (await s.findByShadowRole('button', { name: 'Continue' })).click();
    await s.findAllByShadowText(/nicknames go in preferred name/);
    const first = await s.findByShadowRole('textbox', { name: 'First name' });
    expect(form.shadowRoot?.activeElement).to.equal(first);
    await type(first, 'Ngaio');
    await type(await s.findByShadowRole('textbox', { name: /Middle names/ }), 'Edith Mary');
    await type(await s.findByShadowRole('textbox', { name: 'Last name' }), 'Marsh');
    await type(await s.findByShadowRole('textbox', { name: /Preferred name/ }), 'Ngai');
    await expect(form).to.be.accessible();
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    });
    expect(sent.outcome).to.equal('invited');
    expect(sent.entry?.accountStatus).to.equal('invited');
    expect(sent.entry?.details.middleNames).to.equal('Edith Mary');
    await s.findAllByShadowText(/must activate their account/);
    const batches = await adminClient().pools.batches('pool_electrical');
    expect(batches.items.map((b) => b.name)).to.include('Added one at a time');
  });

  it('renders names from the API as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    await adminClient().people.create({
      email: 'xss@example.net',
      firstName: evil,
      lastName: 'Tester',
      dateOfBirth: '1990-01-01',
    });
    const form = await mount('pool-id="pool_safety"');
    const s = screenOf(form);
    await type(await s.findByShadowRole('textbox', { name: 'Email' }), 'xss@example.net');
    const dob = form.shadowRoot?.querySelector('#dateOfBirth') as HTMLInputElement;
    dob.value = '1990-01-01';
    dob.dispatchEvent(new Event('input'));
    (await s.findByShadowRole('button', { name: 'Continue' })).click();
    await s.findAllByShadowText(/Profile found/);
    expect(text(form)).to.include(evil);
    expect(form.shadowRoot?.querySelector('img')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });
});

describe('<invite-form> for a trusted contact (R27–R29)', () => {
  it('R27, R29: someone with an account gets a connection request; private notes stay private', async () => {
    const person = (await adminClient().people.list({ status: ['active'], limit: 1 })).items[0];
    const form = await mount('contact');
    const s = screenOf(form);
    await s.findAllByShadowText('Visible to your team only');
    await type(await s.findByShadowRole('textbox', { name: 'Name' }), 'Known Person');
    await type(await s.findByShadowRole('textbox', { name: 'Email' }), person?.email ?? '');
    await type(await s.findByShadowRole('textbox', { name: /Skills/ }), 'Rigging, Night work');
    await expect(form).to.be.accessible();
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Invite' })).click();
    });
    expect(sent.outcome).to.equal('connection-requested');
    expect(sent.contact?.skills).to.deep.equal(['Rigging', 'Night work']);
    await s.findAllByShadowText(/sent them a connection request/);
  });

  it('R27: links and files are kept for the team; Cancel takes back "Invite and offer job"', async () => {
    const form = await mount('contact');
    const s = screenOf(form);
    await type(await s.findByShadowRole('textbox', { name: 'Name' }), 'Ada Crane');
    await type(await s.findByShadowRole('textbox', { name: 'Email' }), 'ada@crane.example');
    const links = await s.findByShadowRole('textbox', { name: /Links/ });
    await type(links, 'ftp://not-a-web-link');
    links.blur();
    await s.findAllByShadowText('Links must start with http:// or https://');
    await clear(links as HTMLTextAreaElement);
    await type(links, 'https://portfolio.example/ada');
    await press('Enter');
    await type(links, 'https://cv.example/ada');
    const files = form.shadowRoot?.querySelector<HTMLInputElement>('input[type="file"]');
    const picked = new DataTransfer();
    picked.items.add(new File(['cv'], 'ada-cv.pdf', { type: 'application/pdf' }));
    picked.items.add(new File(['ticket'], 'white-card.jpg', { type: 'image/jpeg' }));
    if (files) files.files = picked.files;
    files?.dispatchEvent(new Event('change', { bubbles: true }));
    await s.findAllByShadowText('ada-cv.pdf, white-card.jpg');
    (await s.findByShadowRole('button', { name: 'Invite and offer job' })).click();
    await s.findByShadowRole('combobox', { name: 'Job to offer' });
    (await s.findByShadowRole('button', { name: 'Cancel' })).click();
    await until(() => s.queryByShadowRole('combobox', { name: 'Job to offer' }) === null, 'no job');
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Invite' })).click();
    });
    expect(sent.contact?.links).to.deep.equal([
      'https://portfolio.example/ada',
      'https://cv.example/ada',
    ]);
    expect(sent.contact?.files).to.deep.equal(['ada-cv.pdf', 'white-card.jpg']);
    expect(sent.outcome).to.equal('invited');
  });

  it('R28: "Invite and offer job" asks for the job, then offers it', async () => {
    const form = await mount('contact');
    const s = screenOf(form);
    await type(await s.findByShadowRole('textbox', { name: 'Name' }), 'Ivo Petrov');
    await type(await s.findByShadowRole('textbox', { name: 'Email' }), 'ivo@crew.example');
    (await s.findByShadowRole('button', { name: 'Invite and offer job' })).click();
    const job = await s.findByShadowRole('combobox', { name: 'Job to offer' });
    (await s.findByShadowRole('button', { name: 'Invite and offer job' })).click();
    await s.findAllByShadowText('Choose a job');
    await choose(job, 'Traffic controller · Eastlink Depot');
    const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
      (await s.findByShadowRole('button', { name: 'Invite and offer job' })).click();
    });
    expect(sent.outcome).to.equal('invited');
    await s.findAllByShadowText(/They were also offered Traffic controller/);
    const pipeline = await adminClient().roles.pipeline('role_traffic');
    expect(pipeline.candidates.find((c) => c.email === 'ivo@crew.example')?.stage).to.equal(
      'offered',
    );
  });
});

describe('<invite-form>: share a link (R30)', () => {
  const visitor = () => createClient({ baseUrl: BASE, token: '', retry: 0 });
  const tokenIn = (url: string) => new URL(url).searchParams.get('link') ?? '';
  const signUp = (url: string, email: string) =>
    visitor().links.signup(tokenIn(url), {
      email,
      dateOfBirth: '1990-02-02',
      firstName: 'Via',
      lastName: 'Link',
    });

  it('R30: in a pool, creates a link, copies it (announced), lists links with their sign-ups, and revokes one', async () => {
    const form = await mount('pool-id="pool_civil"');
    const s = screenOf(form);
    const one = await s.findByShadowRole('button', { name: 'Invite one person' });
    expect(one.getAttribute('aria-pressed')).to.equal('true');
    (await s.findByShadowRole('button', { name: 'Share a link' })).click();
    await s.findAllByShadowText(
      /Anyone with a link can sign up to Civil crew.*waits for your approval/,
    );
    expect(s.queryByShadowRole('textbox', { name: 'Email' })).to.equal(null);
    const seeded = await s.findByShadowRole<HTMLInputElement>('textbox', {
      name: /Created .* · 2 sign-ups/,
    });
    expect(seeded.readOnly).to.equal(true);
    await expect(form).to.be.accessible();

    const created = await eventFrom(form, 'invitekit-link-created', async () => {
      (await s.findByShadowRole('button', { name: 'Create a link' })).click();
    });
    expect([created.link.kind, created.link.poolId]).to.deep.equal(['pool', 'pool_civil']);
    const field = await s.findByShadowRole<HTMLInputElement>('textbox', {
      name: /Created .* · 0 sign-ups/,
    });
    await until(() => form.shadowRoot?.activeElement === field, 'focus on the new link');
    const url = field.value;
    expect(url).to.equal(new URL(created.link.url, location.href).href);

    const [copy] = await s.findAllByShadowRole('button', { name: 'Copy link' });
    copy?.click();
    await until(
      () =>
        form.shadowRoot
          ?.querySelector('[role="status"]')
          ?.textContent?.includes('Link copied to the clipboard.') === true,
      'the copy announced',
    );
    expect(await navigator.clipboard.readText()).to.equal(url);
    await s.findAllByShadowText('Link copied to the clipboard.');
    const signup = await signUp(url, 'via.link@example.net');
    expect(signup.status).to.equal('applied');

    const revoke = (await s.findAllByShadowRole('button', { name: 'Revoke' }))[0] as HTMLElement;
    revoke.click();
    const dialog = await s.findByShadowRole('alertdialog');
    expect(dialog.textContent).to.include('Nobody can sign up through it any more');
    (await s.findByShadowRole('button', { name: 'Cancel' })).click();
    expect(form.shadowRoot?.activeElement).to.equal(revoke);
    revoke.click();
    const revoked = await eventFrom(form, 'invitekit-link-revoked', async () => {
      const confirm = (await s.findAllByShadowRole('button', { name: 'Revoke' })).find((b) =>
        b.closest('[role="alertdialog"]'),
      );
      confirm?.click();
    });
    expect(revoked.link.status).to.equal('revoked');
    await s.findAllByShadowText(/Created .* · 1 sign-up · revoked/);
    expect(revoked.link.id).to.equal(created.link.id);
    const late = await signUp(url, 'too.late@example.net').catch((e: unknown) => e);
    expect((late as { code?: string }).code).to.equal('link_expired');
    await expect(form).to.be.accessible();

    (await s.findByShadowRole('button', { name: 'Invite one person' })).click();
    await s.findByShadowRole('textbox', { name: 'Email' });
  });

  it('R30: for trusted contacts, a link to join the team', async () => {
    const form = await mount('contact');
    const s = screenOf(form);
    (await s.findByShadowRole('button', { name: 'Share a link' })).click();
    await s.findAllByShadowText(/sign up as a trusted contact of your team/);
    const created = await eventFrom(form, 'invitekit-link-created', async () => {
      (await s.findByShadowRole('button', { name: 'Create a link' })).click();
    });
    expect([created.link.kind, created.link.poolId]).to.deep.equal(['contact', null]);
    const field = await s.findByShadowRole<HTMLInputElement>('textbox', {
      name: /Created .* · 0 sign-ups/,
    });
    await signUp(field.value, 'new.contact@example.net');
    const [listed] = (await adminClient().invitations.list({ q: 'new.contact@example.net' })).items;
    expect([listed?.kind, listed?.status]).to.deep.equal(['contact', 'applied']);
  });
});

describe('<invite-form> set-up', () => {
  it('without a client, shows what to add and logs one console error', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const form = await fixture<InviteForm>(
        html`<invite-form project-id="prj_riverside"></invite-form>`,
      );
      await until(() => errors.length > 0, 'console error');
      const alert = await screenOf(form).findByShadowRole('alert');
      expect(alert.textContent).to.include('<invitekit-provider base-url="…" token="…">');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<invite-form> has no API client');
      await expect(form).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('takes a client property directly', async () => {
    const form = await fixture<InviteForm>(
      html`<invite-form project-id="prj_riverside" .client=${adminClient()}></invite-form>`,
    );
    await screenOf(form).findAllByShadowText(/Riverside Tower/);
  });
});

describe('<invite-form> when loading fails', () => {
  it('says so, and "Try again" loads the form once the API answers', async () => {
    mock().faults.rules.push({ route: 'getProject', mode: 'status', status: 500, times: 1 });
    const form = await fixture<InviteForm>(
      html`<invite-form
        project-id="prj_riverside"
        .client=${createClient({ baseUrl: BASE, token: 'demo-admin', retry: 0 })}
      ></invite-form>`,
    );
    const s = screenOf(form);
    const alert = await s.findByShadowRole('alert');
    expect(alert.textContent).to.include('We could not load what this form needs.');
    await expect(form).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Try again' })).click();
    await s.findAllByShadowText(/Riverside Tower/);
    await s.findByShadowRole('textbox', { name: 'Email' });
  });
});

describe('<invite-form> explains every error it can meet, in place', () => {
  const cases: {
    what: string;
    token?: string;
    projectId?: string;
    fault?: { status?: number; mode: 'status' | 'hang' };
    says: RegExp;
  }[] = [
    { what: 'unauthorized (a bad token)', token: 'not-a-token', says: /token is not valid/ },
    { what: 'forbidden (not an admin)', token: 'demo-member', says: /Only workspace admins/ },
    {
      what: 'not_found (an unknown project)',
      projectId: 'prj_nope',
      says: /That project was not found/,
    },
    {
      what: 'rate_limited',
      fault: { mode: 'status', status: 429 },
      says: /Too many requests. Try again in 1 s/,
    },
    { what: 'timeout', fault: { mode: 'hang' }, says: /took too long/ },
    {
      what: 'bad_response (a server failure)',
      fault: { mode: 'status', status: 500 },
      says: /went wrong on our side/,
    },
  ];
  for (const c of cases) {
    it(`${c.what}: says what happened and offers a retry that works once the cause is gone`, async () => {
      const client = createClient({
        baseUrl: BASE,
        token: c.token ?? 'demo-admin',
        retry: 0,
        timeout: 300,
      });
      const form = await fixture<InviteForm>(
        html`<invite-form
          project-id=${c.projectId ?? 'prj_riverside'}
          .client=${client}
        ></invite-form>`,
      );
      const s = screenOf(form);
      if (c.fault) {
        mock().faults.rules.push({ route: 'addMember', times: 1, ...c.fault });
        await fillProject(form, 'faulty@example.org');
        (await s.findByShadowRole('button', { name: 'Review' })).click();
        (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
      }
      const alert = await s.findByShadowRole('alert', {}, { timeout: 3000 });
      expect(alert.textContent).to.match(c.says);
      await expect(form).to.be.accessible();
      if (c.fault) {
        expect(
          (form.shadowRoot?.querySelector('#review') as HTMLElement | null)?.textContent,
        ).to.include('faulty@example.org');
        const sent = await eventFrom(form, 'invitekit-invite-sent', async () => {
          (await s.findByShadowRole('button', { name: 'Try again' })).click();
        });
        expect(sent.outcome).to.equal('invited');
      } else {
        await s.findByShadowRole('button', { name: 'Try again' });
      }
    });
  }
});
