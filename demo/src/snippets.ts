// The copy-paste snippets of each element's docs page, made from its manifest entry and the one
// example chosen here: a script tag (the one-file build), an import (npm and a bundler), React
// (@invitekit/react), and the SDK call the element makes (a file in demo/snippets/). The example
// is also what the page shows live, and test/browser/snippets.test.ts runs every snippet.
import type { ElementDoc } from './element-docs.js';

/** The attributes each element's example sets, against the demo's mock API. */
export const exampleAttributes: Record<string, Record<string, string>> = {
  'invite-form': { 'project-id': 'prj_riverside' },
  'invitation-table': { 'project-id': 'prj_riverside' },
  'batch-uploader': { 'pool-id': 'pool_civil' },
  'role-pipeline': { 'role-id': 'role_crane' },
};
const PROVIDER = 'invitekit-provider';
const API = { 'base-url': '/api/v1', token: 'demo-admin' };

/** An element of an example: its tag, attributes, the event it listens to, and children. */
export interface ExampleNode {
  tag: string;
  attributes: Record<string, string>;
  /** The element's main event (its first that is not a cancelable request), if it has one. */
  event?: string;
  children: ExampleNode[];
}

/** The example: a provider around the element (the provider's own page shows it around a form). */
export function example(doc: ElementDoc): ExampleNode {
  const inner = doc.tag === PROVIDER ? 'invite-form' : doc.tag;
  const event =
    doc.tag === PROVIDER ? undefined : doc.events.find((e) => !e.name.endsWith('-request'))?.name;
  const child: ExampleNode = {
    tag: inner,
    attributes: exampleAttributes[inner] ?? {},
    ...(event ? { event } : {}),
    children: [],
  };
  return { tag: PROVIDER, attributes: API, children: [child] };
}

const tagsIn = (node: ExampleNode): string[] => [
  node.tag,
  ...node.children.flatMap((child) => tagsIn(child)),
];
const withEvent = (node: ExampleNode): ExampleNode | undefined =>
  node.event ? node : node.children.map(withEvent).find(Boolean);

/** The example as HTML. */
export function markup(node: ExampleNode, indent = ''): string {
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  if (!node.children.length) return `${indent}<${node.tag}${attributes}></${node.tag}>`;
  const children = node.children.map((child) => markup(child, `${indent}  `)).join('\n');
  return `${indent}<${node.tag}${attributes}>\n${children}\n${indent}</${node.tag}>`;
}

/** With no bundler: the one-file build of the element (of the whole kit for the provider). */
export function scriptTag(doc: ElementDoc): string {
  const file = doc.tag === PROVIDER ? 'invitekit' : doc.tag;
  return `<script type="module" src="https://cdn.jsdelivr.net/npm/@invitekit/elements/cdn/${file}.js"></script>\n\n${markup(example(doc))}`;
}

/** With npm and a bundler: the define modules, and the element's main event. */
export function importSnippet(doc: ElementDoc, docs: ElementDoc[]): string {
  const node = example(doc);
  const modules = tagsIn(node)
    .filter((tag) => tag !== PROVIDER || doc.tag === PROVIDER)
    .map((tag) => docs.find((d) => d.tag === tag)?.module ?? '');
  const lines = modules.map((module) => `import '${module}';`);
  const listener = withEvent(node);
  if (listener?.event)
    lines.push(
      '',
      `document.querySelector('${listener.tag}')?.addEventListener('${listener.event}', (event) => {`,
      '  console.log(event.detail);',
      '});',
    );
  return lines.join('\n');
}

/** A component of the React example: its name, its props, and its event prop (`on…`). */
export interface ReactNode {
  component: string;
  props: Record<string, string>;
  event?: string;
  children: ReactNode[];
}

/** The example in React: each tag its @invitekit/react component, each attribute its property. */
export function reactTree(doc: ElementDoc, docs: ElementDoc[]): ReactNode {
  const build = (n: ExampleNode): ReactNode => {
    const d = docs.find((x) => x.tag === n.tag);
    const event = n.event ? d?.events.find((e) => e.name === n.event)?.reactProp : undefined;
    const props = Object.entries(n.attributes).map(([name, value]) => [
      d?.attributes.find((a) => a.name === name)?.property ?? name,
      value,
    ]);
    return {
      component: d?.className ?? n.tag,
      props: Object.fromEntries(props) as Record<string, string>,
      ...(event ? { event } : {}),
      children: n.children.map(build),
    };
  };
  return build(example(doc));
}

/** The React example as a module to copy. */
export function reactSnippet(doc: ElementDoc, docs: ElementDoc[]): string {
  const names = new Set<string>();
  const jsx = (n: ReactNode, indent: string): string => {
    names.add(n.component);
    const props = Object.entries(n.props).map(([name, value]) => ` ${name}="${value}"`);
    if (n.event) props.push(` ${n.event}={(event) => console.log(event.detail)}`);
    const open = `${indent}<${n.component}${props.join('')}`;
    if (!n.children.length) return `${open} />`;
    const children = n.children.map((child) => jsx(child, `${indent}  `)).join('\n');
    return `${open}>\n${children}\n${indent}</${n.component}>`;
  };
  const body = jsx(reactTree(doc, docs), '  ');
  return `import { ${[...names].sort().join(', ')} } from '@invitekit/react';\n\nexport const Example = () => (\n${body}\n);`;
}
