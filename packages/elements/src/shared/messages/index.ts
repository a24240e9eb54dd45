import { en } from './en.js';
import type { Messages } from './types.js';

export type { Messages } from './types.js';

const primaryOf = (lang: string | null | undefined) =>
  (lang ?? '').toLowerCase().split('-')[0] ?? '';

/** Every catalogue made, so `loadMessages()` loads an element's own words with the shared ones. */
const all = new Set<Catalogue<unknown>>();

/**
 * Words in the languages the kit ships: English at hand, the others loaded by `import()` on first
 * use. The shared catalogue (`Messages`) is one; an element whose words only it uses keeps them in
 * a catalogue of its own, so the other elements' bundles do not carry them.
 */
export class Catalogue<T> {
  /** The catalogues at hand, by primary language subtag. A host may add its own. */
  readonly loaded: Record<string, T>;
  readonly #shipped: Record<string, () => Promise<T>>;
  readonly #loading = new Map<string, Promise<T>>();
  readonly #en: T;

  constructor(english: T, shipped: Record<string, () => Promise<T>>) {
    this.#en = english;
    this.loaded = { en: english };
    this.#shipped = shipped;
    all.add(this);
  }

  /** Loads the words for `lang` (English when none ship). */
  load(lang: string | null | undefined): Promise<T> {
    const primary = primaryOf(lang);
    const known = this.loaded[primary];
    if (known) return Promise.resolve(known);
    const load = this.#shipped[primary];
    if (!load) return Promise.resolve(this.#en);
    let pending = this.#loading.get(primary);
    if (!pending) {
      pending = load().then(
        (words) => (this.loaded[primary] = words),
        () => this.#en, // offline or blocked: stay in English
      );
      this.#loading.set(primary, pending);
    }
    return pending;
  }

  /**
   * The words for a BCP 47 tag (`fr-CA` → French), English when none fit. Shipped words not
   * loaded yet start loading: English meanwhile, and `onLoad` runs once they are in.
   */
  for(lang: string | null | undefined, onLoad?: () => void): T {
    const known = this.loaded[primaryOf(lang)];
    if (known) return known;
    if (onLoad && this.#shipped[primaryOf(lang)]) void this.load(lang).then(onLoad);
    return this.#en;
  }
}

const shared = new Catalogue<Messages>(en, {
  fr: () => import('./fr.js').then((m) => m.fr),
});

/** The shared catalogues at hand, by primary language subtag. A host may add its own. */
export const catalogues: Record<string, Messages> = shared.loaded;

/**
 * Loads the kit's words for `lang`, the shared ones and those of every element imported so far
 * (resolves with the shared catalogue, English when none ships). Await it before the first render
 * to never show English first; elements also load them themselves.
 */
export async function loadMessages(lang: string | null | undefined): Promise<Messages> {
  const [messages] = await Promise.all([
    shared.load(lang),
    ...[...all].filter((c) => c !== shared).map((c) => c.load(lang)),
  ]);
  return messages;
}

/**
 * The shared catalogue for a BCP 47 tag (`fr-CA` → French), English when none fits. A shipped one
 * not loaded yet starts loading: English meanwhile, and `onLoad` runs once it is in.
 */
export function messagesFor(lang: string | null | undefined, onLoad?: () => void): Messages {
  return shared.for(lang, onLoad);
}
