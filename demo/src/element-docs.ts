// What the docs pages say about each element, taken from the elements' custom-elements.json (the
// manifest the build makes from the source and its JSDoc): nothing here is written by hand but
// the example each page shows. The demo's build turns the manifest into this data (vite.config.ts);
// the snippets test reads the same manifest through the same function.

/** A row of a table: what the manifest says, '' where it says nothing. */
export interface Row {
  name: string;
  type: string;
  default: string;
  description: string;
}
export interface ElementDoc {
  tag: string;
  className: string;
  /** The module that registers the tag: `@invitekit/elements/define/<tag>`. */
  module: string;
  summary: string;
  description: string;
  attributes: (Row & { property: string })[];
  properties: (Row & { attribute: string })[];
  methods: Row[];
  events: (Row & { reactProp: string })[];
  slots: Row[];
  parts: Row[];
  cssProperties: Row[];
}

interface Declaration {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: {
    name: string;
    fieldName?: string;
    type?: { text: string };
    default?: string;
    description?: string;
  }[];
  members?: {
    kind: string;
    name: string;
    static?: boolean;
    privacy?: string;
    type?: { text: string };
    default?: string;
    description?: string;
    attribute?: string;
    parameters?: { name: string; type?: { text: string } }[];
    return?: { type?: { text: string } };
  }[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string } }[];
  }[];
}

const camel = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
/** The React prop of an event, as @invitekit/react names it: `invitekit-invite-sent` → `onInviteSent`. */
export const reactProp = (event: string): string => `on${camel(event.replace(/^invitekit-/, ''))}`;

/** A row with '' for what the manifest leaves out. */
const row = <T extends { name: string }>(
  fields: T & {
    type?: string | undefined;
    default?: string | undefined;
    description?: string | undefined;
  },
): Row & T => ({
  ...fields,
  type: fields.type ?? '',
  default: fields.default ?? '',
  description: fields.description ?? '',
});

/** One entry per tag the kit registers (each `define/<tag>` module), in tag order. */
export function elementDocs(manifest: unknown): ElementDoc[] {
  const { modules } = manifest as Manifest;
  const classes = new Map<string, Declaration>();
  for (const mod of modules)
    for (const d of mod.declarations ?? []) if (d.tagName) classes.set(d.name, d);
  const docs: ElementDoc[] = [];
  for (const mod of modules) {
    if (!mod.path.startsWith('dist/define/')) continue;
    for (const e of mod.exports ?? []) {
      const d =
        e.kind === 'custom-element-definition' ? classes.get(e.declaration.name) : undefined;
      if (!d) continue;
      const attributes = d.attributes ?? [];
      const attributeOf = new Map(attributes.map((a) => [a.fieldName, a.name]));
      const members = (d.members ?? []).filter((m) => !m.static && !m.privacy);
      docs.push({
        tag: e.name,
        className: d.name,
        module: `@invitekit/elements/${mod.path.replace(/^dist\//, '').replace(/\.js$/, '')}`,
        summary: d.summary ?? '',
        description: d.description ?? '',
        attributes: attributes.map((a) =>
          row({
            name: a.name,
            property: a.fieldName ?? '',
            type: a.type?.text,
            default: a.default,
            description: a.description,
          }),
        ),
        properties: members
          .filter((m) => m.kind === 'field')
          .map((m) =>
            row({
              name: m.name,
              attribute: attributeOf.get(m.name) ?? '',
              type: m.type?.text,
              default: m.default,
              description: m.description,
            }),
          ),
        methods: members
          .filter((m) => m.kind === 'method')
          .map((m) =>
            row({
              name: `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})`,
              type: m.return?.type?.text,
              description: m.description,
            }),
          ),
        events: (d.events ?? []).map((ev) =>
          row({
            name: ev.name,
            type: ev.type?.text,
            description: ev.description,
            reactProp: reactProp(ev.name),
          }),
        ),
        slots: (d.slots ?? []).map((s) =>
          row({ name: s.name || '(default)', description: s.description }),
        ),
        parts: (d.cssParts ?? []).map((p) => row({ name: p.name, description: p.description })),
        cssProperties: (d.cssProperties ?? []).map((p) =>
          row({ name: p.name, default: p.default, description: p.description }),
        ),
      });
    }
  }
  return docs.sort((a, b) => a.tag.localeCompare(b.tag));
}
