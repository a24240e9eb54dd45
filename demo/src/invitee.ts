// The invitee's side of the demo: an inbox of the emails the rules sent (R33), one person at a
// time, the page an invitation link opens (view, accept, decline, apply: R3, R10, R20, R24), the
// page a shared sign-up link opens (R30), and a page that says what to do next when a link no
// longer works.
import { isInvitekitError, type InvitekitClient, type OutboxEmail } from '@invitekit/sdk';
import { tag } from './pages.js';

type InviteeView = Awaited<ReturnType<InvitekitClient['invitee']['view']>>;

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('en-AU', { dateStyle: 'medium', timeStyle: 'short' });

/** Renders the inbox of `to` (or of whoever was emailed last); returns the page's title. */
export function renderInbox(main: HTMLElement, outbox: OutboxEmail[], to: string | null): string {
  const newestFirst = [...outbox].reverse();
  const people = [...new Set(newestFirst.map((email) => email.to))];
  const person = to && people.includes(to) ? to : people[0];
  const heading = tag('h1', 'Inbox');
  const lede = tag(
    'p',
    'Every email the rules send lands here instead of a real inbox. Pick a person and open their links to answer as them.',
    'lede',
  );
  if (!person) {
    main.replaceChildren(
      heading,
      lede,
      tag('p', 'No emails yet. Invite someone on the Project page, then come back.'),
    );
    return 'Inbox';
  }
  const label = tag('label', 'Inbox of ');
  const select = tag('select');
  select.append(...people.map((email) => Object.assign(tag('option', email), { value: email })));
  select.value = person;
  select.addEventListener('change', () => {
    location.hash = `#/inbox?to=${encodeURIComponent(select.value)}`;
  });
  label.append(select);
  const list = tag('ol', '', 'emails');
  list.setAttribute('aria-label', `Emails to ${person}`);
  for (const email of newestFirst.filter((e) => e.to === person)) {
    const item = tag('li');
    const article = tag('article', '', 'email');
    article.append(
      tag('h2', email.subject),
      tag('p', `${dateTime(email.sentAt)} · sent under ${email.rule}`, 'meta'),
      tag('p', email.text, 'body'),
    );
    if (email.link) {
      const link = Object.assign(tag('a', 'Open the link'), { href: email.link });
      link.setAttribute('aria-label', `Open the link: ${email.subject}`);
      article.append(link);
    }
    item.append(article);
    list.append(item);
  }
  main.replaceChildren(heading, lede, label, list);
  return 'Inbox';
}

const statusSentence: Record<InviteeView['status'], string> = {
  pending: 'This invitation is waiting for your answer.',
  applied: 'You applied for this job. The team will be in touch.',
  accepted: 'You accepted this invitation. Welcome aboard.',
  declined: 'You declined this invitation.',
  expired: 'This invitation has expired.',
  revoked: 'This invitation was withdrawn.',
};

/** The page an invitation link opens; returns its title. */
export async function renderInvitee(
  main: HTMLElement,
  client: InvitekitClient,
  token: string | null,
): Promise<string> {
  let view: InviteeView;
  try {
    view = await client.invitee.view(token ?? '');
  } catch (error) {
    return renderBrokenLink(main, error);
  }
  renderView(main, client, token ?? '', view);
  return 'Your invitation';
}

/** Expired, withdrawn or unknown links: what happened, and what to do next. */
function renderBrokenLink(main: HTMLElement, error: unknown): string {
  const expired = isInvitekitError(error, 'link_expired');
  main.replaceChildren(...brokenLink(error, expired));
  return expired ? 'This invitation link no longer works' : 'This link does not open';
}

function brokenLink(error: unknown, expired: boolean): HTMLElement[] {
  const title = expired ? 'This invitation link no longer works' : 'This link does not open';
  const inbox = Object.assign(tag('a', 'Back to the inbox'), { href: '#/inbox' });
  const next = tag(
    'p',
    expired
      ? 'Invitations last 30 days and can be withdrawn. Ask the person who invited you to send a new one; it will arrive as a new email with a fresh link.'
      : 'Open the link from your email again, or ask the team that invited you for a new one.',
  );
  return [
    tag('h1', title),
    tag('p', error instanceof Error ? error.message : String(error), 'notice'),
    tag('h2', 'What to do next'),
    next,
    inbox,
  ];
}

/** A labelled input. */
function field(text: string, name: string, autocomplete: string, type = 'text'): HTMLLabelElement {
  const label = tag('label', text);
  const input = Object.assign(tag('input'), { name, autocomplete, type });
  label.append(input);
  return label;
}

/**
 * The page a shared sign-up link opens (R30): anyone may ask to join; they land as applied, and
 * an admin approves them before they are in. Returns the page's title.
 */
export function renderSignup(main: HTMLElement, client: InvitekitClient, link: string): string {
  const form = tag('form', '', 'answer');
  // The API checks every field and names the wrong ones, the same in every browser.
  form.noValidate = true;
  const fields = {
    firstName: field('First name', 'firstName', 'given-name'),
    lastName: field('Last name', 'lastName', 'family-name'),
    email: field('Email', 'email', 'email', 'email'),
    dateOfBirth: field('Date of birth', 'dateOfBirth', 'bday', 'date'),
  };
  const problems = new Map<string, HTMLElement>();
  for (const [name, label] of Object.entries(fields)) {
    const problem = tag('p', '', 'error');
    problem.id = `signup-${name}-error`;
    label.querySelector('input')?.setAttribute('aria-describedby', problem.id);
    problems.set(name, problem);
    form.append(label, problem);
  }
  const send = Object.assign(tag('button', 'Ask to join'), { type: 'submit' });
  const error = tag('p', '', 'error');
  error.setAttribute('role', 'alert');
  form.append(send, error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = Object.fromEntries(
      [...new FormData(form)].map(([key, value]) => [
        key,
        typeof value === 'string' ? value.trim() : '',
      ]),
    ) as Record<keyof typeof fields, string>;
    send.disabled = true;
    error.textContent = '';
    for (const problem of problems.values()) problem.textContent = '';
    client.links.signup(link, data).then(
      (signup) => {
        const status = tag(
          'p',
          `Thanks, ${signup.firstName}. You asked to join; an admin approves each request, and you will get an email at ${signup.email} when they do.`,
          'status',
        );
        status.setAttribute('role', 'status');
        main.replaceChildren(tag('h1', 'You asked to join'), status);
      },
      (problem: unknown) => {
        send.disabled = false;
        if (isInvitekitError(problem, 'link_expired')) {
          main.replaceChildren(...brokenLink(problem, true));
          return;
        }
        // What was typed stays; each field says what to change, and the alert sums it up.
        const fieldErrors = isInvitekitError(problem) ? problem.fieldErrors : {};
        for (const [name, messages] of Object.entries(fieldErrors)) {
          const beside = problems.get(name);
          if (beside) beside.textContent = messages.join(' ');
        }
        error.textContent = problem instanceof Error ? problem.message : String(problem);
      },
    );
  });
  main.replaceChildren(
    tag('h1', 'Join the team'),
    tag(
      'p',
      'You were sent a link to join. Tell us who you are; an admin approves each request before you are in.',
      'lede',
    ),
    form,
  );
  return 'Join the team';
}

function renderView(
  main: HTMLElement,
  client: InvitekitClient,
  token: string,
  view: InviteeView,
): void {
  const details = tag('dl', '', 'facts');
  const fact = (term: string, value: string | null) => {
    if (value) details.append(tag('dt', term), tag('dd', value));
  };
  fact('From', view.invitedBy);
  fact('For', view.targetName);
  fact('Role', view.role);
  fact('Message', view.message);
  fact('Expires', dateTime(view.expiresAt));
  const parts: HTMLElement[] = [
    tag('h1', `${view.invitedBy} invited you to ${view.targetName}`),
    tag('p', `Sent to ${view.email}.`, 'lede'),
    details,
  ];
  if (view.job) {
    const job = tag('section', '', 'job');
    job.setAttribute('aria-label', 'Job details');
    const certifications = view.job.requiredCertifications.join(', ') || 'none';
    job.append(
      tag('h2', `Job details: ${view.job.title}`),
      tag('p', `On ${view.job.projectName}. Certifications required: ${certifications}.`),
    );
    parts.push(job);
  }
  // Applying to a role answers its invitation: the invitation reads accepted, the job applied.
  const answered = view.kind === 'role' && view.status === 'accepted' ? 'applied' : view.status;
  const status = tag('p', statusSentence[answered], 'status');
  status.setAttribute('role', 'status');
  parts.push(status);
  if (view.status === 'pending') parts.push(answerForm(main, client, token, view, status));
  main.replaceChildren(...parts);
}

/** Accept (with a name, for someone new: R10) or apply, and decline. */
function answerForm(
  main: HTMLElement,
  client: InvitekitClient,
  token: string,
  view: InviteeView,
  status: HTMLElement,
): HTMLFormElement {
  const form = tag('form', '', 'answer');
  const role = view.kind === 'role';
  if (!role && !view.needsActivation) {
    form.append(
      tag('p', 'New here? Add your name to create your account.'),
      field('First name', 'firstName', 'given-name'),
      field('Last name', 'lastName', 'family-name'),
    );
  }
  const yes = Object.assign(tag('button', role ? 'Apply' : 'Accept'), { type: 'submit' });
  const no = Object.assign(tag('button', 'Decline'), { type: 'button' });
  const error = tag('p', '', 'error');
  error.setAttribute('role', 'alert');
  const actions = tag('div', '', 'toolbar');
  actions.append(yes, no);
  form.append(actions, error);

  async function answer(how: 'accept' | 'decline' | 'apply'): Promise<void> {
    yes.disabled = no.disabled = true;
    error.textContent = '';
    status.textContent = 'Sending your answer…';
    try {
      const data = new FormData(form);
      const name = (key: string) => {
        const value = data.get(key);
        return typeof value === 'string' ? value.trim() : '';
      };
      const body = {
        ...(name('firstName') ? { firstName: name('firstName') } : {}),
        ...(name('lastName') ? { lastName: name('lastName') } : {}),
      };
      const next =
        how === 'accept'
          ? await client.invitee.accept(token, body)
          : await client.invitee[how](token);
      renderView(main, client, token, next);
    } catch (problem) {
      // What the user typed stays; the API's reason says what to change.
      status.textContent = statusSentence[view.status];
      error.textContent = problem instanceof Error ? problem.message : String(problem);
      yes.disabled = no.disabled = false;
    }
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void answer(role ? 'apply' : 'accept');
  });
  no.addEventListener('click', () => void answer('decline'));
  return form;
}
