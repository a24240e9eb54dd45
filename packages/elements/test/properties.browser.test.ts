// Properties a framework sets mean what their attributes mean (issue: React sets properties, a page
// author writes attributes), `lang` stays the native attribute and property, and a `client` that
// arrived as text says why and what to do.
import { expect, fixture, html } from '@open-wc/testing';
import * as kit from '../src/index.js';
import '../src/define/invite-form.js';
import '../src/define/invitation-table.js';
import { InviteForm } from '../src/invite-form/invite-form.js';
import { element, screenOf, until, useMockApi } from './helpers.js';

useMockApi();

/** Every element class the package exports, with the tag it is registered under. */
const registered = () =>
  Object.values(kit)
    .filter(
      (value): value is typeof kit.InvitekitProvider =>
        typeof value === 'function' && 'elementProperties' in value,
    )
    .map((ctor) => ({ ctor, tag: customElements.getName(ctor) }))
    .filter((entry): entry is { ctor: typeof kit.InvitekitProvider; tag: string } => !!entry.tag);

async function mount(lang = 'en'): Promise<{ wrapper: HTMLElement; provider: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const provider = element('invitekit-provider', 'base-url="/api/v1" token="demo-admin"');
  provider.append(
    element('invite-form', 'project-id="prj_riverside"'),
    element('invitation-table', 'project-id="prj_riverside"'),
  );
  wrapper.append(provider);
  return { wrapper, provider };
}

const form = (root: HTMLElement) => root.querySelector('invite-form') as InviteForm;
const table = (root: HTMLElement) => root.querySelector('invitation-table') as kit.InvitationTable;

describe('properties and attributes', () => {
  it('every public attribute of every element reads into its property, and reflected ones write back', async () => {
    const checked: string[] = [];
    for (const { ctor, tag } of registered()) {
      for (const [name, options] of ctor.elementProperties) {
        if (options.attribute === false || options.state || typeof name !== 'string') continue;
        const attribute =
          typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
        const el = document.createElement(tag) as unknown as Record<string, unknown> & HTMLElement;
        document.body.append(el);
        const sample = options.type === Number ? 7 : options.type === Boolean ? true : 'accounts';
        el.setAttribute(attribute, options.type === Boolean ? '' : String(sample));
        expect(el[name], `${tag} [${attribute}] → .${name}`).to.equal(sample);
        if (options.reflect) {
          const other = options.type === Number ? 9 : options.type === Boolean ? false : 'asc';
          el[name] = other;
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          expect(el.getAttribute(attribute), `.${name} → ${tag} [${attribute}]`).to.equal(
            options.type === Boolean ? null : String(other),
          );
        }
        el.remove();
        checked.push(`${tag}.${name}`);
      }
    }
    expect(checked).to.include.members([
      'invite-form.projectId',
      'invitation-table.view',
      'invitekit-provider.baseUrl',
    ]);
  });

  it('lang on the provider, set as a property at run time, switches every element inside and is the attribute too', async () => {
    const { provider } = await mount();
    const s = screenOf(form(provider));
    await s.findByShadowRole('textbox', { name: 'Email' });
    await screenOf(table(provider)).findByShadowRole('grid', { name: 'Invitations' });
    provider.lang = 'fr';
    expect(provider.getAttribute('lang')).to.equal('fr');
    await s.findByShadowRole('textbox', { name: 'E-mail' });
    await screenOf(table(provider)).findByShadowRole('grid', { name: 'Invitations' });
    await screenOf(table(provider)).findByShadowRole('searchbox', { name: /Rechercher/ });
  });

  it('follows a lang change on any ancestor, and on the element itself', async () => {
    const { wrapper, provider } = await mount('fr');
    const s = screenOf(form(provider));
    await s.findByShadowRole('textbox', { name: 'E-mail' });
    wrapper.setAttribute('lang', 'en');
    await s.findByShadowRole('textbox', { name: 'Email' });
    form(provider).lang = 'fr';
    await s.findByShadowRole('textbox', { name: 'E-mail' });
    // The table beside it stays English.
    await screenOf(table(provider)).findByShadowRole('searchbox', { name: /Search/ });
  });

  it('a client written as an attribute before the tag was defined gets an error naming the cause and the fix', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    try {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const early = document.createElement('late-invite-form');
      early.setAttribute('client', '[object Object]');
      early.setAttribute('project-id', 'prj_riverside');
      wrapper.append(early);
      customElements.define('late-invite-form', class extends InviteForm {});
      const alert = await screenOf(early).findByShadowRole('alert');
      expect(alert.textContent).to.match(/before it was defined/);
      expect(alert.textContent).to.match(/@invitekit\/elements\/define\/late-invite-form/);
      await until(() => errors.length > 0, 'console error');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/as an attribute/);
    } finally {
      console.error = original;
    }
  });
});
