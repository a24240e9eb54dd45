// @invitekit/react in React (19 here; the consumer test runs React 18 and 19 from the tarballs):
// props reach the element as properties, event props fire with typed details, and every tag the
// elements register has its component.
import { expect } from '@open-wc/testing';
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createClient } from '@invitekit/sdk';
import type { InviteSentDetail } from '@invitekit/elements';
import * as components from '../src/index.js';
import { InvitekitProvider, InviteForm, InvitationTable } from '../src/index.js';
import { adminClient, screenOf, type, until, useMockApi } from '../../elements/test/helpers.js';

const mock = useMockApi();
let root: Root | undefined;
let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  root?.unmount();
  host.remove();
});

const render = (element: Parameters<Root['render']>[0]) => flushSync(() => root?.render(element));

describe('@invitekit/react', () => {
  it('hands the client over as a property and fires onInviteSent with the invitation', async () => {
    const client = createClient({ baseUrl: '/api/v1', token: 'demo-admin', retry: 0 });
    const sent: InviteSentDetail[] = [];
    render(
      h(
        InvitekitProvider,
        { client, lang: 'en' },
        h(InviteForm, {
          projectId: 'prj_riverside',
          onInviteSent: (event) => sent.push(event.detail),
        }),
      ),
    );
    const provider = host.querySelector('invitekit-provider');
    const form = host.querySelector('invite-form');
    if (!provider || !form) throw new Error('not rendered');
    expect(provider.client).to.equal(client);
    expect(provider.hasAttribute('client')).to.equal(false);
    expect(form.projectId).to.equal('prj_riverside');

    const s = screenOf(form);
    await type(await s.findByShadowRole('textbox', { name: 'Email' }), 'react.user@example.org');
    const role = await s.findByShadowRole<HTMLSelectElement>('combobox', { name: 'Project role' });
    await until(() => [...role.options].some((o) => o.text === 'Manager'), 'the roles');
    role.value = 'Manager';
    role.dispatchEvent(new Event('change', { bubbles: true }));
    (await s.findByShadowRole('button', { name: 'Review' })).click();
    (await s.findByShadowRole('button', { name: 'Send invitation' })).click();
    await until(() => sent.length === 1, 'onInviteSent');
    expect(sent[0]?.invitation?.email).to.equal('react.user@example.org');
    expect(mock().outbox('react.user@example.org')).to.have.length(1);
  });

  it('sets an object prop (items) as a property, and lang switches the words', async () => {
    const { items } = await adminClient().invitations.list({ limit: 3 });
    render(h(InvitationTable, { items, lang: 'fr' }));
    const table = host.querySelector('invitation-table');
    if (!table) throw new Error('not rendered');
    expect(table.items).to.equal(items);
    expect(table.lang).to.equal('fr');
    await until(() => /3 sur 3/.test(table.shadowRoot?.textContent ?? ''), 'the table in French');
    render(h(InvitationTable, { items, lang: 'en' }));
    await until(() => /Showing 3 of 3/.test(table.shadowRoot?.textContent ?? ''), 'English');
  });

  it('has a component for every tag the elements register, named after its class', () => {
    for (const [name, component] of Object.entries(components)) {
      const tag = name.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();
      expect(customElements.get(tag), `<${tag}> for ${name}`).to.not.equal(undefined);
      expect((component as { displayName?: string }).displayName).to.equal(name);
    }
    expect(Object.keys(components)).to.include.members([
      'InvitekitProvider',
      'InviteForm',
      'InvitationTable',
    ]);
  });
});
