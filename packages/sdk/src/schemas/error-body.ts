// The error body's schema, for servers and the OpenAPI document. Clients read error bodies with
// the small guard in ../errors.ts instead, so they do not carry this schema.
import * as z from 'zod/mini';
import { errorCodes } from './common.js';

export const FieldErrorsSchema = z.record(z.string(), z.array(z.string()));

export const ErrorBodySchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  fieldErrors: z.optional(FieldErrorsSchema),
  retryAfter: z.optional(z.number()),
  details: z.optional(z.record(z.string(), z.unknown())),
});
