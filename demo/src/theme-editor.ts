// The theme editor: each input sets one `--ik-*` custom property on the page's root, live (through
// CSSOM, which a strict style-src allows), and the CSS a host would copy is printed below it.
import { copyCode } from './pages.js';

interface Store {
  get(key: string): string;
  set(key: string, value: string): void;
}

/** Wires the inputs marked `data-token` inside `editor`; the edits are kept in `store`. */
export function themeEditor(editor: HTMLElement, store: Store): void {
  const root = document.documentElement;
  const inputs = [...editor.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-token]')];
  const defaults = new Map(inputs.map((input) => [input, input.value]));
  const code = editor.querySelector('#theme-css') as HTMLElement;
  const said = editor.querySelector('#theme-said') as HTMLElement;
  const tokenOf = (input: HTMLInputElement | HTMLSelectElement) => input.dataset['token'] ?? '';
  const valueOf = (input: HTMLInputElement | HTMLSelectElement) =>
    `${input.value}${input.dataset['unit'] ?? ''}`;

  /** The properties changed from their defaults, as CSS for the host's stylesheet. */
  function css(): string {
    const changed = inputs.filter((input) => input.value && input.value !== defaults.get(input));
    if (!changed.length) return '/* Change a value above: the CSS to copy appears here. */';
    const lines = changed.map((input) => `  ${tokenOf(input)}: ${valueOf(input)};`);
    return `:root {\n${lines.join('\n')}\n}`;
  }

  function apply(): void {
    for (const input of inputs) {
      if (input.value && input.value !== defaults.get(input))
        root.style.setProperty(tokenOf(input), valueOf(input));
      else root.style.removeProperty(tokenOf(input));
    }
    code.textContent = css();
    store.set('theme-tokens', JSON.stringify(inputs.map((input) => input.value)));
  }

  const saved = JSON.parse(store.get('theme-tokens') || '[]') as unknown;
  if (Array.isArray(saved))
    inputs.forEach((input, i) => {
      if (typeof saved[i] === 'string') input.value = saved[i];
    });
  for (const input of inputs) input.addEventListener('input', apply);
  for (const input of inputs) input.addEventListener('change', apply);
  apply();

  editor.querySelector('#theme-reset')?.addEventListener('click', () => {
    for (const input of inputs) input.value = defaults.get(input) ?? '';
    apply();
    said.textContent = 'Theme reset to the defaults.';
  });
  editor.querySelector('#theme-copy')?.addEventListener('click', () => {
    copyCode(code, said);
  });
}
