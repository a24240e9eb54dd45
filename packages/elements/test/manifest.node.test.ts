// custom-elements.json against the code: every tag a define module registers is described, with
// every attribute and public property its class declares (read from the class itself, through
// Lit's own DOM shim for Node), every event it emits, every part it renders and every `--ik-*`
// property its styles read. Editors, the React components and the framework types are generated
// from this file, so what is missing here is missing for every host.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readManifest } from '../scripts/manifest.mjs';

interface Item {
  name: string;
  type?: { text: string };
  fieldName?: string;
  kind?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const src = fileURLToPath(new URL('../src/', import.meta.url));
const manifest = readManifest() as Manifest;

const sourcesUnder = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
const all = (text: string, pattern: RegExp) =>
  new Set([...text.matchAll(pattern)].map((m) => m[1]));
const names = (items: Item[] | undefined) => new Set((items ?? []).map((i) => i.name));
const missing = (found: Set<string | undefined>, described: Set<string>) =>
  [...found].filter((name): name is string => !!name && !described.has(name)).sort();

const shared = readFileSync(join(src, 'shared/base.ts'), 'utf8');
const theme = readFileSync(join(src, 'shared/theme.ts'), 'utf8');

const defineFiles = readdirSync(join(src, 'define')).filter((f) => f.endsWith('.ts'));
/** Each tag with the define module that registers it. */
const tags = defineFiles.flatMap((file) =>
  [...all(readFileSync(join(src, 'define', file), 'utf8'), /\.define\(\s*'([\w-]+)'/g)].map(
    (tag) => ({ tag: tag ?? '', file: join(src, 'define', file) }),
  ),
);

function declarationOf(tag: string): { declaration: Declaration; folder: string } {
  for (const mod of manifest.modules)
    for (const e of mod.exports ?? [])
      if (e.kind === 'custom-element-definition' && e.name === tag) {
        const module = e.declaration.module ?? mod.path;
        const owner = manifest.modules.find((m) => m.path === module);
        const declaration = owner?.declarations?.find((d) => d.name === e.declaration.name);
        assert.ok(declaration?.customElement, `<${tag}>: ${e.declaration.name} is not described`);
        return { declaration, folder: join(src, dirname(module.replace(/^dist\//, ''))) };
      }
  throw new Error(`<${tag}> is registered in src/define but not in custom-elements.json`);
}

describe('custom-elements.json describes every element as its code has it', () => {
  it('knows every tag the define modules register', () => {
    assert.ok(tags.length >= 3, `found the tags ${tags.map((t) => t.tag).join(', ')}`);
    for (const { tag } of tags) assert.equal(declarationOf(tag).declaration.tagName, tag);
  });

  for (const { tag, file } of tags) {
    describe(`<${tag}>`, () => {
      const { declaration, folder } = declarationOf(tag);
      const code = sourcesUnder(folder);
      const isKitElement = /extends InvitekitElement\b/.test(code);

      it('every attribute and public property its class declares', async () => {
        await import(file);
        const ctor = customElements.get(tag) as unknown as {
          observedAttributes: string[];
          elementProperties: Map<string, { attribute?: unknown; state?: boolean }>;
        };
        assert.deepEqual(
          missing(new Set(ctor.observedAttributes), names(declaration.attributes)),
          [],
        );
        const properties = [...ctor.elementProperties]
          .filter(([name, options]) => typeof name === 'string' && !options.state)
          .map(([name]) => name);
        assert.deepEqual(missing(new Set(properties), names(declaration.members)), []);
      });

      it('every event it emits, with its detail type', () => {
        const emitted = all(code, /emit\(\s*'([\w-]+)'/g);
        assert.deepEqual(missing(emitted, names(declaration.events)), []);
        for (const event of declaration.events ?? [])
          assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${event.name} has no type`);
      });

      it('every part it renders', () => {
        const parts = all(code + (isKitElement ? shared : ''), /part="([\w-]+)"/g);
        assert.deepEqual(missing(parts, names(declaration.cssParts)), []);
      });

      it('every --ik-* custom property its styles read', () => {
        const props = all(code + (isKitElement ? theme : ''), /var\((--ik-[\w-]+)/g);
        assert.deepEqual(missing(props, names(declaration.cssProperties)), []);
      });
    });
  }
});
