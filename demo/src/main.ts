// The demo shell: starts the mock API in this page, wires the controls, and shows what the
// elements do: the events they fire and the emails the rules send.
import { createClient } from '@invitekit/sdk';
import { startMockApi } from '@invitekit/mock-api/browser';
import type { Invitation } from '@invitekit/sdk';
import type { InvitekitEventName } from '@invitekit/elements';

const api = await startMockApi({ persist: true, linkBase: `${location.origin}/invite` });
// Register the elements only once the mock API answers, so their first requests reach it.
await import('@invitekit/elements/define/invite-form');
await import('@invitekit/elements/define/invitation-table');
await import('@invitekit/elements/define/batch-uploader');
await import('@invitekit/elements/define/role-pipeline');
const client = createClient({ baseUrl: '/api/v1', token: api.tokens.admin });

const $ = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element;
};
const form = $('form');

function item(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

async function render(): Promise<void> {
  const page = await client.invitations.list({ limit: 1 });
  $('counts').replaceChildren(
    ...Object.entries(page.counts).map(([status, n]) => item(`${status}: ${n}`)),
  );
  const emails = api.outbox().slice(-12).reverse();
  $('outbox').replaceChildren(
    ...(emails.length
      ? emails.map((m) =>
          item(`${m.rule} · to ${m.to}: ${m.subject}${m.link ? ` · ${m.link}` : ''}`),
        )
      : [item('No emails yet.')]),
  );
  $('clock').textContent = `Mock clock: ${new Date(api.clock.now()).toLocaleString()}`;
  $('markup').textContent = form.outerHTML.replace(/ id="form"/, '');
}

const table = $('table') as HTMLElement & {
  now: () => number;
  refresh: () => Promise<void>;
  items: Invitation[] | undefined;
};

/** `n` rows made from the seeded invitations, for the table to filter and sort by itself. */
async function manyRows(n: number): Promise<Invitation[]> {
  const { items: seeds } = await client.invitations.list({ limit: 100 });
  return Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length] as Invitation;
    const shift = (iso: string) => new Date(Date.parse(iso) - (i % 90) * 86_400_000).toISOString();
    return {
      ...seed,
      id: `${seed.id}_${i}`,
      email: seed.email.replace('@', `+${i}@`),
      sentAt: shift(seed.sentAt),
      expiresAt: shift(seed.expiresAt),
      sendCount: 1 + (i % 5),
    };
  });
}

const events: InvitekitEventName[] = [
  'invitekit-invite-request',
  'invitekit-invite-sent',
  'invitekit-invite-failed',
  'invitekit-open-invitation',
  'invitekit-invitation-changed',
  'invitekit-bulk-done',
  'invitekit-account-changed',
  'invitekit-view-invitation',
  'invitekit-batch-opened',
  'invitekit-file-read',
  'invitekit-rows-checked',
  'invitekit-batch-invited',
  'invitekit-row-corrected',
  'invitekit-rows-removed',
  'invitekit-link-created',
  'invitekit-link-revoked',
  'invitekit-stage-request',
  'invitekit-stage-changed',
];
for (const name of events) {
  document.addEventListener(name, (event) => {
    const detail = JSON.stringify((event as CustomEvent).detail, null, 1).slice(0, 400);
    $('events').prepend(item(`${name}: ${detail}`));
    void render();
  });
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
  radio.addEventListener('change', () => {
    form.removeAttribute('project-id');
    form.removeAttribute('pool-id');
    form.removeAttribute('contact');
    if (radio.value === 'project') form.setAttribute('project-id', 'prj_riverside');
    if (radio.value === 'pool') form.setAttribute('pool-id', 'pool_civil');
    if (radio.value === 'contact') form.setAttribute('contact', '');
    void render();
  });
}
$('lang').addEventListener('change', (e) => {
  const lang = (e.target as HTMLSelectElement).value;
  $('provider').setAttribute('lang', lang);
  $('table-provider').setAttribute('lang', lang);
  $('uploader-provider').setAttribute('lang', lang);
  $('pipeline-provider').setAttribute('lang', lang);
});

// <role-pipeline>: pick a role, and play the invitee of its newest job invitation.
const pipeline = $('pipeline') as HTMLElement & { now: () => number; refresh: () => Promise<void> };
pipeline.now = () => api.clock.now();
$('role').addEventListener('change', (e) =>
  pipeline.setAttribute('role-id', (e.target as HTMLSelectElement).value),
);
async function answer(how: 'apply' | 'decline'): Promise<void> {
  const roleId = pipeline.getAttribute('role-id') ?? '';
  const { items } = await client.invitations.list({
    kind: ['role'],
    targetId: roleId,
    status: ['pending'],
    sort: 'sentAt',
    order: 'desc',
    limit: 1,
  });
  const newest = items[0];
  // The link in their email, as the invitee holds it.
  const link = newest ? (await client.invitations.get(newest.id)).link : null;
  const token = link ? new URL(link, location.href).searchParams.get('token') : null;
  if (!newest || !token) {
    $('invitee').textContent =
      'No one has a pending job invitation for this role: invite someone first.';
    return;
  }
  await client.invitee[how](token);
  $('invitee').textContent =
    `${newest.personName ?? newest.email} ${how === 'apply' ? 'applied' : 'declined'}.`;
  void render();
}
$('apply').addEventListener('click', () => void answer('apply'));
$('decline').addEventListener('click', () => void answer('decline'));
async function changeScope(scope: string): Promise<void> {
  for (const name of ['project-id', 'pool-id', 'role-id', 'view', 'status', 'sort', 'search'])
    table.removeAttribute(name);
  const [name, value] = scope.split('=');
  // Host rows have no API clock to follow: they are shown against the mock's. (From the API, the
  // table follows the clock of each page it loads by itself.)
  if (name === 'items') table.now = () => api.clock.now();
  table.items = name === 'items' ? await manyRows(Number(value)) : undefined;
  if (name && value && name !== 'items') table.setAttribute(name, value);
  if (name === 'view') table.setAttribute('sort', 'name');
}
$('scope').addEventListener(
  'change',
  (e) => void changeScope((e.target as HTMLSelectElement).value),
);
$('uploader-mode').addEventListener('change', (e) => {
  const mode = (e.target as HTMLSelectElement).value;
  const fresh = document.createElement('batch-uploader');
  fresh.id = 'uploader';
  if (mode === 'contacts') fresh.setAttribute('mode', 'contacts');
  else fresh.setAttribute('pool-id', 'pool_civil');
  $('uploader').replaceWith(fresh);
});

/** Offers `text` as a file, the way a host page would offer a download. */
function offer(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  URL.revokeObjectURL(url);
}
const sampleHeader = 'E-mail,DOB,First name,Middle names,Surname,Preferred name,Mobile\r\n';
$('sample-small').addEventListener('click', () => {
  offer(
    '\ufeff' +
      sampleHeader +
      [
        'jose.muller@example.net,03/04/1990,José,,Müller,,0412 345 678',
        'siobhan@example.net,25/12/1988,Siobhán,Anne,O’Brien,Shiv,0061 412 345 679',
        'sam.serial@example.net,35771,Sam,,Serial,,+61 412 999 888',
        'excel.phone@example.net,1991-07-14,Eli,,Phone,,6.14123E+10',
        'us.phone@example.net,1992-02-03,Una,,States,,564-564-5644',
        'not-an-email,1990-01-01,No,,Email,,',
        'feb.thirty@example.net,31/02/1990,Fay,,Bruary,,',
        'jose.muller@example.net,03/04/1990,José,,Again,,',
        'future@example.net,01/01/2090,Fu,,Ture,,',
        '"quoted@example.net",1985-05-05,"Line',
        'break",,Quote,,',
        'short@example.net,1980-01-01,Short',
        'ok@example.net,1979-09-30,Ok,,Fine,,+61 411 111 111',
      ].join('\r\n') +
      '\r\n',
    'people-with-problems.csv',
  );
});
$('sample-large').addEventListener('click', () => {
  const lines = [sampleHeader];
  for (let i = 0; i < 100_000; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    lines.push(
      `person${i}@example.net,${day}/${month}/19${50 + (i % 50)},"First ${i}",,"Last\n${i}",,04${String(10_000_000 + i).slice(0, 8)}\r\n`,
    );
  }
  offer(`\ufeff${lines.join('')}`, 'people-100000.csv');
});

$('reset').addEventListener('click', () => {
  api.reset();
  $('events').replaceChildren();
  void table.refresh();
  void pipeline.refresh();
  void render();
});
$('advance').addEventListener('click', () => {
  api.clock.advance(7 * 86_400_000);
  api.flush();
  void table.refresh();
  void pipeline.refresh();
  void render();
});
await render();
