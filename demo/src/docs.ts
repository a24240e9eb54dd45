// An element's docs page (`#/docs/<tag>`): a live example, the snippets to copy (script tag,
// import, React, SDK), and its API tables, all from the manifest (see element-docs.ts).
import docs from 'virtual:invitekit-elements';
import type { Row } from './element-docs.js';
import { copyCode, tag } from './pages.js';
import {
  example,
  importSnippet,
  markup,
  reactSnippet,
  scriptTag,
  type ExampleNode,
} from './snippets.js';

const sdkSnippets = import.meta.glob<string>('../snippets/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const documentedTags = docs.map((doc) => doc.tag);

/** The example, built with DOM calls (the page's policy allows no inline markup). */
function build(node: ExampleNode): HTMLElement {
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, value);
  element.append(...node.children.map(build));
  return element;
}

/** A region that scrolls sideways on a narrow screen, reachable by keyboard to scroll it. */
function scrollable(element: HTMLElement, label: string): HTMLElement {
  element.tabIndex = 0;
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', label);
  return element;
}

/** A snippet with its heading and a button that copies it. */
function snippet(title: string, text: string, note: string): HTMLElement {
  const section = tag('section', '', 'snippet');
  const heading = tag('h3', title);
  const code = tag('code', text);
  const pre = scrollable(tag('pre'), `${title}: code`);
  pre.append(code);
  const copy = Object.assign(tag('button', 'Copy'), { type: 'button' });
  copy.setAttribute('aria-label', `Copy: ${title}`);
  const said = tag('span', '', 'note');
  said.setAttribute('role', 'status');
  copy.addEventListener('click', () => {
    copyCode(code, said);
  });
  const bar = tag('div', '', 'toolbar');
  bar.append(heading, copy, said);
  section.append(bar, tag('p', note, 'note'), pre);
  return section;
}

/** A table of `rows` under `title`, with a column per [heading, field]; "None." when empty. */
function table<T extends Row>(title: string, rows: T[], columns: [string, keyof T][]): HTMLElement {
  const section = tag('section', '', 'api');
  section.append(tag('h3', title));
  if (!rows.length) {
    section.append(tag('p', 'None.', 'note'));
    return section;
  }
  const scroller = scrollable(tag('div', '', 'scroller'), title);
  const grid = tag('table');
  grid.append(tag('caption', title, 'visually-hidden'));
  const head = tag('tr');
  head.append(...columns.map(([heading]) => Object.assign(tag('th', heading), { scope: 'col' })));
  const body = tag('tbody');
  for (const row of rows) {
    const tr = tag('tr');
    tr.append(
      ...columns.map(([, field], i) => {
        const value = String(row[field] ?? '');
        const cell = tag(i === 0 ? 'th' : 'td');
        if (i === 0) cell.setAttribute('scope', 'row');
        if (i === 0 || field === 'type' || field === 'default') cell.append(tag('code', value));
        else cell.textContent = value;
        return cell;
      }),
    );
    body.append(tr);
  }
  const thead = tag('thead');
  thead.append(head);
  grid.append(thead, body);
  scroller.append(grid);
  section.append(scroller);
  return section;
}

/** Renders the docs of `name` (the first element if unknown); returns the page's title. */
export function renderDocs(main: HTMLElement, name: string): string {
  const doc = docs.find((d) => d.tag === name) ?? docs.at(0);
  if (!doc) throw new Error('The elements’ manifest lists no element');
  const title = `<${doc.tag}>`;
  const nav = tag('nav');
  nav.setAttribute('aria-label', 'Elements');
  const list = tag('ul', '', 'toolbar');
  for (const d of docs) {
    const item = tag('li');
    const link = Object.assign(tag('a', `<${d.tag}>`), { href: `#/docs/${d.tag}` });
    if (d === doc) link.setAttribute('aria-current', 'page');
    item.append(link);
    list.append(item);
  }
  nav.append(list);

  const live = tag('div', '', 'live');
  live.append(build(example(doc)));
  const sdk = sdkSnippets[`../snippets/${doc.tag}.ts`] ?? '';
  main.replaceChildren(
    nav,
    tag('h1', title),
    tag('p', doc.summary, 'lede'),
    tag('p', doc.description, 'description'),
    tag('h2', 'Live example'),
    live,
    tag('h2', 'Use it'),
    snippet(
      'A script tag, no bundler',
      scriptTag(doc),
      'The one-file build from a CDN (or your own server), then the markup. The attributes point at this demo’s mock API: use your API’s address and a token.',
    ),
    snippet(
      'npm and a bundler',
      importSnippet(doc, docs),
      `npm install @invitekit/elements, then the same markup:\n${markup(example(doc))}`,
    ),
    snippet('React', reactSnippet(doc, docs), 'npm install @invitekit/react @invitekit/sdk'),
    snippet('The SDK directly', sdk, 'What the element asks the API for, from your own code.'),
    tag('h2', 'API'),
    table('Attributes', doc.attributes, [
      ['Attribute', 'name'],
      ['Property', 'property'],
      ['Type', 'type'],
      ['Default', 'default'],
      ['Description', 'description'],
    ]),
    table('Properties', doc.properties, [
      ['Property', 'name'],
      ['Attribute', 'attribute'],
      ['Type', 'type'],
      ['Default', 'default'],
      ['Description', 'description'],
    ]),
    table('Methods', doc.methods, [
      ['Method', 'name'],
      ['Returns', 'type'],
      ['Description', 'description'],
    ]),
    table('Events', doc.events, [
      ['Event', 'name'],
      ['React prop', 'reactProp'],
      ['Type', 'type'],
      ['Description', 'description'],
    ]),
    table('Slots', doc.slots, [
      ['Slot', 'name'],
      ['Description', 'description'],
    ]),
    table('CSS parts', doc.parts, [
      ['Part', 'name'],
      ['Description', 'description'],
    ]),
    table('CSS custom properties', doc.cssProperties, [
      ['Property', 'name'],
      ['Default', 'default'],
      ['Description', 'description'],
    ]),
  );
  return title;
}
