import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './types.js';

export type { Messages } from './types.js';

/** The catalogues shipped with the kit, by primary language subtag. */
export const catalogues: Record<string, Messages> = { en, fr };

/** The catalogue for a BCP 47 tag (`fr-CA` → French), English when none fits. */
export function messagesFor(lang: string | null | undefined): Messages {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return catalogues[primary] ?? en;
}
