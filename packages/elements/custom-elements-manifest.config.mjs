// `pnpm --filter @invitekit/elements manifest`: custom-elements.json from the sources' JSDoc (the
// analyser's Lit plugin), completed by three small plugins of ours:
// - our elements register with `Class.define('tag')` (or `InvitekitElement.define('tag', Class)`)
//   in `src/define/*.ts`, a call the analyser does not know: each becomes a tag definition;
// - every event gets its detail type from `InvitekitEventMap` (shared/events.ts), the one place
//   event names and details are declared;
// - paths name what the package ships (`dist/…js`), private and protected members are left out,
//   and the base class's own `customElements.define(tag, ctor)` is not a tag.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** `CustomEvent<InviteSentDetail>` per event name, read from the InvitekitEventMap interface. */
function eventTypes() {
  const path = new URL('./src/shared/events.ts', import.meta.url);
  const file = ts.createSourceFile('events.ts', readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const types = new Map();
  file.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'InvitekitEventMap') return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name))
        types.set(member.name.text, member.type.getText(file));
    }
  });
  return types;
}

/** `X.define('tag')` and `InvitekitElement.define('tag', X)` in a define module. */
function defineCalls() {
  return {
    name: 'invitekit-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!moduleDoc.path.includes('/define/')) return;
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: owner, name } = node.expression;
      const [tag, klass] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(owner) || owner.text === 'customElements')
        return;
      if (!tag || !ts.isStringLiteral(tag)) return;
      const className = klass && ts.isIdentifier(klass) ? klass.text : owner.text;
      // The class's module, from this module's import of it.
      const source = node.getSourceFile();
      let module = moduleDoc.path;
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const named = statement.importClause?.namedBindings;
        if (
          named &&
          ts.isNamedImports(named) &&
          named.elements.some((e) => e.name.text === className)
        )
          module = new URL(statement.moduleSpecifier.text, `file:///${moduleDoc.path}`).pathname;
      }
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: className, module },
      });
    },
  };
}

/** `src/a/b.ts` and `/src/a/b.js` → `dist/a/b.js`: where the published package has the code. */
const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function publicApi() {
  const events = eventTypes();
  const fixModule = (ref) => {
    if (ref?.module) ref.module = toDist(ref.module);
  };
  return {
    name: 'invitekit-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = toDist(mod.path);
        mod.exports = (mod.exports ?? []).filter(
          (e) => !(e.kind === 'custom-element-definition' && e.declaration?.name === 'ctor'),
        );
        for (const e of mod.exports) fixModule(e.declaration);
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          fixModule(d.superclass);
          d.members = (d.members ?? []).filter(
            (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
          );
          // `lang` is the native attribute (and property), observed by every element.
          for (const attribute of d.attributes ?? [])
            if (attribute.name === 'lang' && !attribute.fieldName)
              Object.assign(attribute, {
                fieldName: 'lang',
                type: { text: 'string' },
                description:
                  'The language of its words (`en`, `fr`…); an ancestor’s or the page’s when unset.',
              });
          d.events = (d.events ?? []).filter((e) => events.has(e.name));
          for (const event of d.events) event.type = { text: events.get(event.name) };
          for (const list of [d.members, d.attributes ?? [], d.events])
            for (const item of list) fixModule(item.inheritedFrom);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.worker.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineCalls(), publicApi()],
};
