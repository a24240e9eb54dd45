// The outbox: every email the rules send (R33). Read through the mock API only.
import * as z from 'zod/mini';

export const OutboxEmail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  /** The link the email carries (activation, invitation, job details), if any. */
  link: z.nullable(z.string()),
  sentAt: z.string(),
  /** The rule that sent it, e.g. `R7`. */
  rule: z.string(),
});
export type OutboxEmail = z.infer<typeof OutboxEmail>;
