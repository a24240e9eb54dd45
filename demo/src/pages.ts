// The host's pages: each one a <template> in index.html holding the markup a host would write
// (public tags and attributes only). It is rendered as it is, and shown as its source beside it,
// read from the same template so the two cannot drift apart.

/** Builds an element with its text (DOM calls only: the page's policy allows no inline markup). */
export function tag<K extends keyof HTMLElementTagNameMap>(
  name: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const element = document.createElement(name);
  if (text) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/**
 * Copies the text of `code` and says so in `said`; with no clipboard (an insecure page, or
 * permission refused), selects it to copy by hand and says how.
 */
export function copyCode(code: HTMLElement, said: HTMLElement): void {
  navigator.clipboard.writeText(code.textContent).then(
    () => (said.textContent = 'Copied to the clipboard.'),
    () => {
      getSelection()?.selectAllChildren(code);
      said.textContent = 'Selected: press Ctrl+C (Cmd+C on a Mac) to copy it.';
    },
  );
}

/** A template's markup as a host would read it: dedented, boolean attributes without `=""`. */
export function sourceOf(template: HTMLTemplateElement): string {
  const lines = template.innerHTML.replace(/^\s*\n|\s+$/g, '').split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length),
  );
  return lines
    .map((line) => line.slice(indent))
    .join('\n')
    .replace(/ ([\w-]+)=""/g, ' $1');
}

/** Renders a template page into `main`; returns its title. */
export function renderTemplatePage(main: HTMLElement, template: HTMLTemplateElement): string {
  const title = template.dataset['title'] ?? '';
  const source = tag('details', '', 'source');
  const code = tag('code', sourceOf(template));
  const pre = tag('pre');
  pre.append(code);
  source.append(tag('summary', 'Page source'), pre);
  // On a wide screen (see demo.css) the source stands open beside the page.
  source.open = matchMedia('(min-width: 100rem)').matches;
  const live = tag('div', '', 'live');
  live.append(template.content.cloneNode(true));
  main.replaceChildren(
    tag('h1', title),
    tag('p', template.dataset['lede'] ?? '', 'lede'),
    source,
    live,
  );
  main.classList.add('has-source');
  return title;
}
