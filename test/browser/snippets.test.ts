// Every snippet of the demo's docs pages, run: the define modules each import snippet names,
// with its markup, render against the mock API; the React example renders through
// @invitekit/react with every prop set on the element; each script tag names a one-file build the
// elements' build makes; and each SDK snippet (demo/snippets/<tag>.ts) runs and does what it says.
import { expect } from '@open-wc/testing';
import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { elementDocs, type ElementDoc } from '../../demo/src/element-docs.js';
import {
  example,
  importSnippet,
  markup,
  reactTree,
  scriptTag,
  type ReactNode,
} from '../../demo/src/snippets.js';
import * as react from '../../packages/react/src/index.js';
import { adminClient, until, useMockApi } from '../../packages/elements/test/helpers.js';

const mock = useMockApi();

/** The define modules a snippet may name, as this test can load them. */
const defines: Record<string, () => Promise<unknown>> = {
  '@invitekit/elements/define/invite-form': () => import('@invitekit/elements/define/invite-form'),
  '@invitekit/elements/define/invitation-table': () =>
    import('@invitekit/elements/define/invitation-table'),
  '@invitekit/elements/define/batch-uploader': () =>
    import('@invitekit/elements/define/batch-uploader'),
  '@invitekit/elements/define/role-pipeline': () =>
    import('@invitekit/elements/define/role-pipeline'),
  '@invitekit/elements/define/invitekit-provider': () =>
    import('@invitekit/elements/define/invitekit-provider'),
};

/** What each SDK snippet logs, and what the mock API holds after it ran. */
const sdkRuns: Record<string, () => Promise<unknown>> = {
  'invite-form': () => import('../../demo/snippets/invite-form.js'),
  'invitation-table': () => import('../../demo/snippets/invitation-table.js'),
  'batch-uploader': () => import('../../demo/snippets/batch-uploader.js'),
  'role-pipeline': () => import('../../demo/snippets/role-pipeline.js'),
  'invitekit-provider': () => import('../../demo/snippets/invitekit-provider.js'),
};

let docs: ElementDoc[] = [];
const host = document.createElement('div');

/** Runs `action` and returns what it logged with console.log. */
async function logged(action: () => Promise<unknown>): Promise<unknown[]> {
  const lines: unknown[] = [];
  const log = console.log;
  console.log = (...values: unknown[]) => lines.push(...values);
  try {
    await action();
  } finally {
    console.log = log;
  }
  return lines;
}

describe('the docs pages’ snippets, run', () => {
  before(async () => {
    docs = elementDocs(await (await fetch('/packages/elements/custom-elements.json')).json());
    document.body.append(host);
  });
  afterEach(() => host.replaceChildren());

  it('there is a docs page for each element the kit registers', () => {
    expect(docs.map((d) => d.tag)).to.deep.equal([
      'batch-uploader',
      'invitation-table',
      'invite-form',
      'invitekit-provider',
      'role-pipeline',
    ]);
  });

  it('each import snippet names define modules that register its tags, and its markup renders', async () => {
    for (const doc of docs) {
      const modules = [...importSnippet(doc, docs).matchAll(/^import '([^']+)';$/gm)].map(
        (m) => m[1] ?? '',
      );
      expect(modules.length, doc.tag).to.be.above(0);
      for (const module of modules) {
        const load = defines[module];
        expect(load, `${doc.tag}: ${module} is a define module`).to.be.a('function');
        await load?.();
      }
      host.innerHTML = markup(example(doc));
      const inner = host.querySelector(':scope > invitekit-provider > *') as HTMLElement;
      expect(customElements.get(inner.localName), inner.localName).to.be.a('function');
      await until(
        () => (inner.shadowRoot?.textContent ?? '').trim().length > 0,
        `${doc.tag}: its example rendered`,
      );
      expect(inner.shadowRoot?.textContent, doc.tag).to.not.match(/no client|missing/i);
      const listener = /addEventListener\('([^']+)'/.exec(importSnippet(doc, docs))?.[1];
      if (listener)
        expect(doc.events.map((e) => e.name).concat(['']), doc.tag).to.include(listener);
    }
  });

  it('each script tag names a one-file build the elements’ build makes, before the same markup', async () => {
    for (const doc of docs) {
      const [script = '', rest = ''] = scriptTag(doc).split('\n\n');
      const file =
        /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@invitekit\/elements\/cdn\/([\w-]+)\.js"><\/script>$/.exec(
          script,
        )?.[1];
      expect(file, `${doc.tag}: ${script}`).to.be.a('string');
      // The build makes cdn/<name>.js from each src/define/<name>.ts, and cdn/invitekit.js.
      if (file !== 'invitekit')
        expect((await fetch(`/packages/elements/src/define/${file}.ts`)).ok, file).to.equal(true);
      expect(rest).to.equal(markup(example(doc)));
    }
  });

  it('each React example renders through @invitekit/react, every prop set on its element', () => {
    const components = react as unknown as Record<string, Parameters<typeof createElement>[0]>;
    for (const doc of docs) {
      const events: string[] = [];
      const render = (node: ReactNode): ReactElement => {
        const component = components[node.component];
        expect(component, `${doc.tag}: ${node.component} in @invitekit/react`).to.not.equal(
          undefined,
        );
        const props: Record<string, unknown> = { ...node.props };
        if (node.event) props[node.event] = () => events.push(node.event ?? '');
        return createElement(component ?? 'div', props, ...node.children.map(render));
      };
      const tree = reactTree(doc, docs);
      const root = createRoot(host);
      flushSync(() => root.render(render(tree)));
      const check = (node: ReactNode, element: Element | null) => {
        expect(element, `${doc.tag}: <${node.component}> rendered`).to.not.equal(null);
        for (const [prop, value] of Object.entries(node.props))
          expect(
            (element as unknown as Record<string, unknown>)[prop],
            `${node.component} ${prop}`,
          ).to.equal(value);
        node.children.forEach((child, i) => check(child, element?.children[i] ?? null));
      };
      check(tree, host.firstElementChild);
      root.unmount();
    }
  });

  it('each SDK snippet runs against the API and does what it says', async () => {
    /** Whether `email` was sent an invitation with its link. */
    const invited = (email: string) =>
      mock()
        .outbox(email)
        .some((m) => m.link !== null);
    const run = async (tag: string) =>
      logged(() => sdkRuns[tag]?.() ?? Promise.reject(new Error(tag)));

    expect(await run('invite-form')).to.deep.equal(['invited']);
    expect(invited('ana.snippet@example.com')).to.equal(true);

    const pending = (await run('invitation-table'))[0] as string[];
    expect(pending.length).to.be.above(0);
    expect(pending.every((line) => line.endsWith(': pending'))).to.equal(true);

    const [checks, counts] = await run('batch-uploader');
    expect(checks).to.deep.equal(['new']);
    expect(counts).to.include({ invited: 1 });
    expect(invited('kai.snippet@example.com')).to.equal(true);

    const before = (await adminClient().roles.pipeline('role_crane')).candidates;
    const match = before.find((c) => c.stage === 'matches' && !c.warning);
    expect(await run('role-pipeline')).to.deep.equal([['invited']]);
    const after = (await adminClient().roles.pipeline('role_crane')).candidates;
    expect(after.find((c) => c.personId === match?.personId)?.stage).to.equal('invited');

    host.innerHTML = '<invitekit-provider></invitekit-provider>';
    const [names] = await run('invitekit-provider');
    expect(names).to.include('Riverside Tower');
    expect(host.querySelector('invitekit-provider')?.client).to.not.equal(undefined);
    expect(docs.every((doc) => doc.tag in sdkRuns)).to.equal(true);
  });
});
