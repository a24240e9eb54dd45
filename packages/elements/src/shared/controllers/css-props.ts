// Dynamic geometry without style attributes: a strict `style-src 'self'` policy blocks every
// `style="…"` (Lit's `styleMap` writes one on its first render too), but not the CSSOM. This
// directive always goes through `element.style.setProperty`.
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssProps extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element');
  }

  render(_props: Readonly<Record<string, string>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const name of this.#previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(props));
    return nothing;
  }
}

/** `<div ${cssProps({ height: '40px', '--_row': '56px' })}>`: set through the CSSOM, CSP-safe. */
export const cssProps = directive(CssProps);
