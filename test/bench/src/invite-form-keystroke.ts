// <invite-form>: the time from one keystroke to the re-rendered, re-validated form.
import { getResponse } from 'msw';
import { createClient } from '@invitekit/sdk';
import { createClock, createMockApi } from '@invitekit/mock-api';
import '@invitekit/elements/define/invite-form';

const api = createMockApi({ clock: createClock(Date.UTC(2026, 10, 2)), rateLimit: false });
const client = createClient({
  baseUrl: 'http://bench.test/v1',
  token: 'demo-admin',
  fetch: async (input, init) =>
    (await getResponse(api.handlers, new Request(input, init))) ??
    new Response(null, { status: 404 }),
});

const form = document.createElement('invite-form');
form.client = client;
const contact = new URLSearchParams(location.search).get('mode') === 'contact';
form.setAttribute(contact ? 'contact' : 'project-id', 'prj_riverside');
document.body.append(form);
const ready = () =>
  form.shadowRoot?.querySelector('#email') &&
  (contact || form.shadowRoot.querySelectorAll('option').length > 1);
while (!ready()) {
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
const input = form.shadowRoot?.querySelector<HTMLInputElement>('#email');
if (!input) throw new Error('no email field');

const keystroke = async (text: string) => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
};
for (const text of ['a', 'an', 'ana']) await keystroke(text); // warm up
input.dispatchEvent(new Event('blur'));

performance.mark('start');
await keystroke('ana@example.o');
performance.mark('end');
performance.measure('keystroke', 'start', 'end');
