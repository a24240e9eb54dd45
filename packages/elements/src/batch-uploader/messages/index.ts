// The uploader's catalogue for a language: English built in, French loaded on first use (like
// the shared catalogue), so the words travel with the uploader alone.
import { Catalogue } from '../../shared/messages/index.js';
import { en } from './en.js';
import type { UploaderMessages } from './types.js';

export type { UploaderMessages } from './types.js';

const uploaderMessages = new Catalogue<UploaderMessages>(en, {
  fr: () => import('./fr.js').then((m) => m.fr),
});

/** The words for `locale` (the shared catalogue's), English until a shipped one has loaded. */
export function uploaderMessagesFor(locale: string, onLoad: () => void): UploaderMessages {
  return uploaderMessages.for(locale, onLoad);
}
