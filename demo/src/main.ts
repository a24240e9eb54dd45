// The demo portal: starts the mock API in this page, then routes between the host's pages
// (`#/project`, `#/pool`, `#/role`, `#/contacts`), the elements' docs (`#/docs/<tag>`) and the
// invitee's side (`#/inbox`, an invitation link `?token=…`, a sign-up link `?link=…`), and wires
// the controls (clock, reset, network faults, language, theme and the theme editor).
import { createClient } from '@invitekit/sdk';
import { startMockApi } from '@invitekit/mock-api/browser';
import { renderDocs } from './docs.js';
import { renderInbox, renderInvitee, renderSignup } from './invitee.js';
import { renderTemplatePage } from './pages.js';
import { fileWithProblems, largeFile, offer } from './samples.js';
import { themeEditor } from './theme-editor.js';

/** The page's own address: an email's link opens `?token=…` (or a sign-up link `?link=…`) here. */
const here = `${location.origin}${location.pathname}`;
/** Told after every change to the store (set once the page is wired). */
let storeChanged = (): void => undefined;
const api = await startMockApi({
  persist: true,
  onChange: () => storeChanged(),
  linkBase: here,
  // Beside index.html, so the built site works from any folder of any static server.
  serviceWorkerUrl: new URL('mockServiceWorker.js', here).pathname,
});
// An email's link loads the page again: what changed in the last moments is saved first.
window.addEventListener('pagehide', () => api.flush());
// Register the elements only once the mock API answers, so their first requests reach it.
await import('@invitekit/elements/define/invite-form');
await import('@invitekit/elements/define/invitation-table');
await import('@invitekit/elements/define/batch-uploader');
await import('@invitekit/elements/define/role-pipeline');
const invitee = createClient({ baseUrl: '/api/v1' });

const $ = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element;
};
const main = $('page');
const settings = {
  get: (key: string) => localStorage.getItem(`invitekit-demo-${key}`) ?? '',
  set: (key: string, value: string) => localStorage.setItem(`invitekit-demo-${key}`, value),
};

// ── theme and language ───────────────────────────────────────────────────────────────────
const theme = $('theme') as HTMLSelectElement;
function applyTheme(value: string): void {
  if (value) document.documentElement.dataset['theme'] = value;
  else delete document.documentElement.dataset['theme'];
}
theme.value = settings.get('theme');
applyTheme(theme.value);
theme.addEventListener('change', () => {
  settings.set('theme', theme.value);
  applyTheme(theme.value);
});

themeEditor($('theme-css').closest('details') as HTMLElement, settings);

const lang = $('lang') as HTMLSelectElement;
lang.value = settings.get('lang') || 'en';
/** The language goes to each page's provider, as a host would set it. */
function applyLang(): void {
  for (const provider of main.querySelectorAll('invitekit-provider'))
    provider.setAttribute('lang', lang.value);
}
lang.addEventListener('change', () => {
  settings.set('lang', lang.value);
  applyLang();
});

// ── routing ──────────────────────────────────────────────────────────────────────────────
const templatePages = ['project', 'pool', 'role', 'contacts'] as const;

/**
 * `#/page?query`; without a hash, an invitation link (`?token=…`) opens the invitee's page and a
 * shared sign-up link (`?link=…`) the sign-up page.
 */
function currentRoute(): { name: string; params: URLSearchParams } {
  const [route = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  // `#/docs/<tag>`: the docs of one element.
  const [path = '', element = ''] = route.split('/');
  const known = [...templatePages, 'inbox', 'invite', 'signup', 'docs'] as string[];
  const search = new URLSearchParams(location.search);
  if (!path && search.has('token')) return { name: 'invite', params: search };
  if (!path && search.has('link')) return { name: 'signup', params: search };
  const params = new URLSearchParams(query);
  if (element) params.set('element', element);
  return { name: known.includes(path) ? path : 'project', params };
}

async function render(): Promise<void> {
  const { name, params } = currentRoute();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (link.hash === `#/${name}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  let title: string;
  main.classList.remove('has-source');
  if (name === 'inbox') title = renderInbox(main, api.outbox(), params.get('to'));
  else if (name === 'invite') title = await renderInvitee(main, invitee, params.get('token'));
  else if (name === 'signup') title = renderSignup(main, invitee, params.get('link') ?? '');
  else if (name === 'docs') title = renderDocs(main, params.get('element') ?? '');
  else title = renderTemplatePage(main, $(`page-${name}`) as HTMLTemplateElement);
  applyLang();
  document.title = `${title} · Invitekit demo`;
}

let shown = '';
window.addEventListener('hashchange', () => {
  void render().then(() => {
    // A new page (not a new inbox selection) takes the focus, as a page load would.
    const name = currentRoute().name;
    if (name !== shown) main.focus();
    shown = name;
  });
});

// ── controls ─────────────────────────────────────────────────────────────────────────────
function showClock(): void {
  $('clock').textContent = `Mock clock: ${new Date(api.clock.now()).toLocaleDateString('en-AU', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })}`;
}

/** After the store or its clock moved: the elements load again; other pages render again. */
async function reload(): Promise<void> {
  api.flush();
  showClock();
  const live = [
    ...main.querySelectorAll<HTMLElementTagNameMap['invitation-table' | 'role-pipeline']>(
      'invitation-table, role-pipeline',
    ),
  ];
  if (live.length) await Promise.all(live.map((element) => element.refresh()));
  else await render();
}

$('advance').addEventListener('click', () => {
  const days = ($('days') as HTMLInputElement).valueAsNumber;
  if (!Number.isFinite(days) || days < 1) return;
  api.clock.advance(days * 86_400_000);
  void reload();
});

const fault = $('fault') as HTMLSelectElement;
function applyFault(value: string): void {
  api.setLatency(value === 'slow' ? 2000 : 0);
  api.faults.failRate = value === 'failing' ? 1 : 0;
  api.faults.rules = value === 'dropped' ? [{ mode: 'drop' }] : [];
}
fault.addEventListener('change', () => applyFault(fault.value));

$('reset').addEventListener('click', () => {
  api.reset();
  fault.value = '';
  applyFault('');
  void reload();
});

// Spreadsheets to drop on the Pool or Contacts page's uploader.
$('sample-small').addEventListener('click', () =>
  offer(fileWithProblems(), 'people-with-problems.csv'),
);
$('sample-large').addEventListener('click', () => offer(largeFile(), 'people-100000.csv'));

// The inbox shows a new email as it arrives (a pipeline move is sent when its Undo ends).
let emails = api.outbox().length;
storeChanged = () => {
  const now = api.outbox().length;
  if (now !== emails && currentRoute().name === 'inbox') void render();
  emails = now;
};

showClock();
await render();
shown = currentRoute().name;

// The first load, for `pnpm bench` (and anyone's devtools): from navigation until the project
// page can be used, its form taking typing and its table showing rows.
if (shown === 'project') {
  const usable = () =>
    main.querySelector('invite-form')?.shadowRoot?.querySelector('input') != null &&
    main.querySelector('invitation-table')?.shadowRoot?.querySelector('[role="row"][data-index]') !=
      null;
  while (!usable()) await new Promise((resolve) => requestAnimationFrame(resolve));
  performance.measure('demo: first load → interactive', { start: 0, end: performance.now() });
}
