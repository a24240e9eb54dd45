// The pipeline's catalogue for a language: English built in, French loaded on first use (like the
// shared catalogue), so the words travel with the pipeline alone.
import { Catalogue } from '../../shared/messages/index.js';
import { en } from './en.js';
import type { PipelineMessages } from './types.js';

export type { PipelineMessages } from './types.js';

const pipelineMessages = new Catalogue<PipelineMessages>(en, {
  fr: () => import('./fr.js').then((m) => m.fr),
});

/** The words for `locale` (the shared catalogue's), English until a shipped one has loaded. */
export function pipelineMessagesFor(locale: string, onLoad: () => void): PipelineMessages {
  return pipelineMessages.for(locale, onLoad);
}
