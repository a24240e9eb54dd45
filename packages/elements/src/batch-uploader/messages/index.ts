// The uploader's catalogue for a language: English built in, French loaded on first use (like
// the shared catalogue), so the words travel with the uploader alone.
import { en } from './en.js';
import type { UploaderMessages } from './types.js';

export type { UploaderMessages } from './types.js';

const loaded: Record<string, UploaderMessages> = { en };
const shipped: Record<string, () => Promise<UploaderMessages>> = {
  fr: () => import('./fr.js').then((m) => m.fr),
};
const loading = new Map<string, Promise<unknown>>();

/** The words for `locale` (the shared catalogue's), English until a shipped one has loaded. */
export function uploaderMessagesFor(locale: string, onLoad: () => void): UploaderMessages {
  const primary = locale.toLowerCase().split('-')[0] ?? '';
  const known = loaded[primary];
  if (known) return known;
  const load = shipped[primary];
  if (load && !loading.has(primary)) {
    loading.set(
      primary,
      load().then(
        (messages) => {
          loaded[primary] = messages;
          onLoad();
        },
        () => undefined,
      ),
    );
  }
  return en;
}
