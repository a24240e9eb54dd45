import { createContext } from '@lit/context';
import type { InvitekitClient } from '@invitekit/sdk';

/** The API client `<invitekit-provider>` hands to every Invitekit element inside it. */
export const clientContext = createContext<InvitekitClient | undefined>(
  Symbol.for('invitekit:client'),
);
