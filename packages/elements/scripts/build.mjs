// `pnpm build` for @invitekit/elements. Everything is found, not listed: every `src/define/*.ts` is a
// public entry (and a one-file build), every `src/**/*.worker.ts` a module worker.
//
//   dist/**.js, .d.ts, .map   one ES module per source file (a host's bundler shakes and splits
//                             them), Lit's html/css templates minified, maps with their sources
//   custom-elements.json      the manifest (custom-elements-manifest.config.mjs)
//   dist/jsx.d.ts, vue.d.ts,  the tags typed for JSX (React 19, Preact, Solid…), Vue and Svelte,
//   svelte.d.ts               generated from the manifest
//   dist/vscode.*.json,       editor data (VS Code custom data, JetBrains web-types), likewise
//   dist/web-types.json
//   cdn/<tag>.js              a self-registering module per define entry, Lit and the SDK inside;
//   cdn/invitekit.js          every element; lazily loaded parts and workers as files beside them
//
// `node scripts/build.mjs cdn` (or esm, types, manifest) runs one step.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const tsconfig = join(root, 'tsconfig.build.json');

/** Every file under `dir` whose name ends with `suffix`. */
const find = (dir, suffix) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name));

export const defineEntries = () => find(join(src, 'define'), '.ts').sort();
export const workerEntries = () => find(src, '.worker.ts').sort();

const require = createRequire(import.meta.url);
/** Runs a package's command-line script with this Node; resolves when it succeeded. */
const run = (script, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve(script), ...args], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} ${args.join(' ')} exited ${code}`)),
    );
  });

/** Lit's templates minified, then TypeScript (legacy decorators, as tsconfig says) to ES2022. */
const compile = () => [
  minifyLiterals({ failOnError: true }),
  esbuild({ tsconfig, target: 'es2022', sourceMap: true, minify: false }),
];

/** One ES module per source file, imports of other packages left as they are. */
async function buildModules() {
  const bundle = await rollup({
    input: [join(src, 'index.ts'), ...defineEntries(), ...workerEntries()],
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: compile(),
    onwarn: fail,
  });
  await bundle.write({
    dir: dist,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: src,
    entryFileNames: '[name].js',
    sourcemap: true,
  });
  await bundle.close();
}

/** Rollup's warnings about our code fail the build; those about other packages' code do not. */
function fail(warning) {
  const ids = [warning.id, ...(warning.ids ?? [])].filter(Boolean);
  if (ids.length && ids.every((id) => id.includes('/node_modules/'))) return;
  throw new Error(`rollup: ${warning.message}`);
}

/**
 * A module worker (`new Worker(new URL('./x.worker.js', import.meta.url), { type: 'module' })`)
 * in a one-file build: the worker is bundled on its own (it shares nothing with the page's
 * bundle, whose side effects must not run in a worker) and written beside the bundle, and the URL
 * is rewritten to point at it. Served from the page's origin: no blob: URL, so a strict
 * `worker-src 'self'` allows it.
 */
function moduleWorkers(outputs) {
  const pattern = /new URL\((['"])(\.{1,2}\/[^'"]+\.worker)\.js\1,\s*import\.meta\.url\)/g;
  return {
    name: 'invitekit-module-workers',
    async transform(code, id) {
      if (!code.includes('.worker.js')) return null;
      let changed = code;
      for (const match of code.matchAll(pattern)) {
        const entry = join(dirname(id), `${match[2]}.ts`);
        if (!existsSync(entry)) this.error(`${relative(root, id)}: no worker source ${entry}`);
        if (!outputs.has(entry)) outputs.set(entry, bundleWorker(entry));
        const files = outputs.get(entry);
        let url;
        for (const file of await files) {
          const ref = this.emitFile({
            type: 'asset',
            fileName: file.fileName,
            source: file.source,
          });
          if (file.isEntry) url = `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
        }
        changed = changed.replace(match[0], url);
      }
      return { code: changed, map: null };
    },
  };
}

async function bundleWorker(entry) {
  const bundle = await rollup({ input: entry, plugins: cdnPlugins(), onwarn: fail });
  const { output } = await bundle.generate({
    format: 'es',
    entryFileNames: `${basename(entry, '.ts')}.js`,
    chunkFileNames: 'chunks/[name]-[hash].js',
  });
  await bundle.close();
  return output.map((file) => ({
    fileName: file.fileName,
    source: file.type === 'chunk' ? file.code : file.source,
    isEntry: file.type === 'chunk' && file.isEntry,
  }));
}

const cdnPlugins = (workers) => [
  nodeResolve({ browser: true, exportConditions: ['source'] }),
  ...(workers ? [moduleWorkers(workers)] : []),
  ...compile(),
  minify({ target: 'es2022', legalComments: 'eof' }),
];

/**
 * `cdn/<name>.js` per define entry and `cdn/invitekit.js` for all: each a whole, self-registering
 * module (Lit, the SDK, everything it imports statically inside). What loads on demand (the French
 * catalogue, a worker and its parsers) is a file of its own under `cdn/`, fetched only when used.
 */
async function buildCdn() {
  const out = join(root, 'cdn');
  rmSync(out, { recursive: true, force: true });
  const entries = defineEntries().map((path) => ({ name: basename(path, '.ts'), path }));
  // The whole kit: every define entry and the classes, as one virtual module.
  const kit = '\0invitekit-kit';
  const kitCode = [
    '// Every Invitekit element, registered.',
    ...entries.map((e) => `import ${JSON.stringify(e.path)};`),
    `export * from ${JSON.stringify(join(src, 'index.ts'))};`,
  ].join('\n');
  const virtualKit = {
    name: 'invitekit-kit',
    resolveId: (id) => (id === kit ? id : null),
    load: (id) => (id === kit ? kitCode : null),
  };
  const workers = new Map();
  let cache;
  for (const { name, path } of [...entries, { name: 'invitekit', path: kit }]) {
    const bundle = await rollup({
      input: path,
      plugins: [virtualKit, ...cdnPlugins(workers)],
      onwarn: fail,
      cache,
      // The entry is the one file a page loads: what a lazily loaded part needs from it, it
      // exports (instead of moving into a shared chunk behind a facade).
      preserveEntrySignatures: 'allow-extension',
    });
    cache = bundle.cache;
    await bundle.write({
      dir: out,
      format: 'es',
      entryFileNames: `${name}.js`,
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    });
    await bundle.close();
  }
}

/** Types for frameworks and data for editors, all from the manifest. */
function generateFromManifest() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const quiet = console.log;
  console.log = () => {};
  try {
    const common = { outdir: dist, globalTypePath: './index.js' };
    generateJsxTypes(manifest, { ...common, fileName: 'jsx.d.ts' });
    generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts' });
    generateSvelteTypes(manifest, { ...common, fileName: 'svelte.d.ts' });
    generateVsCodeCustomElementData(manifest, { outdir: dist });
    generateJetBrainsWebTypes(manifest, { outdir: dist, excludeCss: false });
  } finally {
    console.log = quiet;
  }
  // Importable at run time too (`import '@invitekit/elements/jsx'`): types only, no code.
  for (const name of ['jsx', 'vue', 'svelte'])
    writeFileSync(
      join(dist, `${name}.js`),
      '// Types only: see the .d.ts beside this file.\nexport {};\n',
    );
}

const steps = {
  clean: () => rmSync(dist, { recursive: true, force: true }),
  types: () => run('typescript/bin/tsc', ['-p', tsconfig]),
  esm: buildModules,
  manifest: () => run('@custom-elements-manifest/analyzer/cem.js', ['analyze', '--quiet']),
  generate: generateFromManifest,
  cdn: buildCdn,
};

/** Runs the named steps in order, saying how long each took. */
async function runSteps(names) {
  for (const name of names) {
    const started = performance.now();
    mkdirSync(dist, { recursive: true });
    await steps[name]();
    console.log(`elements: ${name} ${Math.round(performance.now() - started)} ms`);
  }
}

const asked = process.argv.slice(2);
if (asked.length) await runSteps(asked);
else {
  // The declarations (tsc, its own process) while rollup builds the rest.
  await runSteps(['clean']);
  await Promise.all([runSteps(['types']), runSteps(['esm', 'manifest', 'generate', 'cdn'])]);
}
