// The API's memory of past requests, bounded: a rate limiter that keeps one number per caller,
// and an idempotency store capped in entries and bytes. Neither grows with what callers send.

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

/**
 * GCRA (the generic cell rate algorithm): each key keeps one "theoretical arrival time", so a
 * burst of `limit` requests passes, then one more every `windowMs / limit`. Keys are verified
 * identities (an admin account, an invitation, an invite link) plus one shared `unverified`
 * key, so made-up tokens cannot mint buckets. At most `maxKeys` are kept, least recent first out.
 */
export class RateLimiter {
  readonly #arrival = new Map<string, number>();

  constructor(readonly maxKeys = 10_000) {}

  /** Counts a request; returns null when it may go ahead, or the seconds to wait. */
  take(key: string, { limit, windowMs }: RateLimit, now = Date.now()): number | null {
    const interval = windowMs / limit;
    const arrival = Math.max(this.#arrival.get(key) ?? now, now);
    const allowedAt = arrival + interval - windowMs;
    if (allowedAt > now) return Math.max(1, Math.ceil((allowedAt - now) / 1000));
    this.#arrival.delete(key);
    this.#arrival.set(key, arrival + interval);
    if (this.#arrival.size > this.maxKeys) {
      const oldest = this.#arrival.keys().next().value;
      if (oldest !== undefined) this.#arrival.delete(oldest);
    }
    return null;
  }

  get size(): number {
    return this.#arrival.size;
  }

  clear(): void {
    this.#arrival.clear();
  }
}

export interface Remembered {
  fingerprint: string;
  status: number;
  /** The answer's JSON text, as sent the first time. */
  body: string;
  at: number;
}

/**
 * Answers to requests that carried an Idempotency-Key, per caller and key, for `ttlMs`. Bounded
 * by entries and by the bytes of the answers kept; the oldest go first.
 */
export class IdempotencyStore {
  readonly #entries = new Map<string, Remembered>();
  #bytes = 0;

  constructor(
    readonly maxEntries = 1_000,
    readonly maxBytes = 16 * 1024 * 1024,
    readonly ttlMs = 24 * 60 * 60_000,
  ) {}

  get(scope: string, now: number): Remembered | undefined {
    const entry = this.#entries.get(scope);
    if (entry && entry.at <= now - this.ttlMs) {
      this.#delete(scope, entry);
      return undefined;
    }
    return entry;
  }

  set(scope: string, entry: Remembered): void {
    const previous = this.#entries.get(scope);
    if (previous) this.#delete(scope, previous);
    if (entry.body.length > this.maxBytes) return;
    this.#entries.set(scope, entry);
    this.#bytes += entry.body.length;
    for (const [key, old] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.#delete(key, old);
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #delete(scope: string, entry: Remembered): void {
    this.#entries.delete(scope);
    this.#bytes -= entry.body.length;
  }
}

/**
 * A 53-bit hash of a string (cyrb53), as 11 base-36 digits: enough to tell two requests apart
 * without keeping their bodies, and for a digest of the store.
 */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}
