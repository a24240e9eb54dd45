// The test-control contract: what a server implements in its test mode only, so the conformance
// suite (@invitekit/conformance) can run the rules against it. Every route is under the API's base
// URL, answers only requests carrying `X-Invitekit-Mock: 1`, and must not exist in production.
import * as z from 'zod/mini';
import { OutboxEmail } from './outbox.js';

const finite = (max: number) => z.number().check(z.minimum(-max), z.maximum(max));

/** `POST /_mock/clock`: set the server's clock, or move it; `freeze` stops it there. */
export const ClockBody = z.strictObject({
  /** Move time on (or back) by this many milliseconds. */
  advanceMs: z.optional(finite(1000 * 365 * 86_400_000)),
  advanceDays: z.optional(finite(1000 * 365)),
  /** Jump to this instant (ISO 8601). */
  set: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
          'Write the time as an ISO date, like 2026-11-02T09:00:00Z',
        ),
      ),
  ),
  /** From then on, time stands still and moves only when told. */
  freeze: z.optional(z.boolean()),
});

export const ClockAnswer = z.object({ now: z.string() });
export const OutboxAnswer = z.object({ items: z.array(OutboxEmail) });
export const DigestAnswer = z.object({
  /** Equal digests, equal stores: how a test checks that a refused request changed nothing. */
  digest: z.string(),
});
export const TokensAnswer = z.object({
  /** An admin of the fixture's workspace. */
  admin: z.string(),
  /** A member of that workspace who is not an admin. */
  member: z.string(),
  /** An admin of another workspace. */
  otherAdmin: z.string(),
});
export const ResetAnswer = z.object({ ok: z.literal(true) });
