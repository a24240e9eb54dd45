import { en } from './en.js';
import type { Messages } from './types.js';

export type { Messages } from './types.js';

/** The catalogues at hand, by primary language subtag. A host may add its own. */
export const catalogues: Record<string, Messages> = { en };

/** Catalogues the kit ships but loads only once a page asks for their language. */
const shipped: Record<string, () => Promise<Messages>> = {
  fr: () => import('./fr.js').then((m) => m.fr),
};
const loading = new Map<string, Promise<Messages>>();

const primaryOf = (lang: string | null | undefined) =>
  (lang ?? '').toLowerCase().split('-')[0] ?? '';

/**
 * Loads the kit's catalogue for `lang` (resolves with English when none ships). Await it before
 * the first render to never show English first; elements also load it themselves.
 */
export function loadMessages(lang: string | null | undefined): Promise<Messages> {
  const primary = primaryOf(lang);
  const known = catalogues[primary];
  if (known) return Promise.resolve(known);
  const load = shipped[primary];
  if (!load) return Promise.resolve(en);
  let pending = loading.get(primary);
  if (!pending) {
    pending = load().then(
      (messages) => (catalogues[primary] = messages),
      () => en, // offline or blocked: stay in English
    );
    loading.set(primary, pending);
  }
  return pending;
}

/**
 * The catalogue for a BCP 47 tag (`fr-CA` → French), English when none fits. A shipped one not
 * loaded yet starts loading: English meanwhile, and `onLoad` runs once it is in.
 */
export function messagesFor(lang: string | null | undefined, onLoad?: () => void): Messages {
  const known = catalogues[primaryOf(lang)];
  if (known) return known;
  if (onLoad && shipped[primaryOf(lang)]) void loadMessages(lang).then(onLoad);
  return en;
}
