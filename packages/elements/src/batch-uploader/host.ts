// What the uploader's parts (the start step, the runner, the review, the editor) need from the
// element: its client, mode and words, the batch open, and its ways to speak (the live region)
// and to tell the host page (events). The element hands them one object with these.
import type { LitElement } from 'lit';
import type { BatchSummary, InvitekitClient } from '@invitekit/sdk';
import type { DetailOf, InvitekitEventName } from '../shared/events.js';
import type { Messages } from '../shared/messages/index.js';
import type { UploaderMessages } from './messages/index.js';
import type { UploadMode } from './read/protocol.js';
import type { Words } from './rows.js';

export interface UploaderHost {
  /** The element itself: parts add their controllers to it and look into its shadow root. */
  readonly element: LitElement;
  readonly api: InvitekitClient | undefined;
  readonly mode: UploadMode;
  /** The shared catalogue, the uploader's own words, and both together. */
  readonly t: Messages;
  readonly u: UploaderMessages;
  readonly words: Words;
  /** The default country for mobiles, upper-cased. */
  readonly country: string;
  /** The batch open (pool mode). */
  batch: BatchSummary | undefined;
  /** Aborted when the element leaves the page (what is on its way is dropped). */
  readonly signal: AbortSignal;
  announce(text: string): void;
  emit<K extends InvitekitEventName>(
    type: K,
    detail: DetailOf<K>,
    options?: { cancelable?: boolean },
  ): boolean;
}
