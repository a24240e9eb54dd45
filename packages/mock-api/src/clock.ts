// An injectable clock, so "expires in 30 days" and expiry are testable without waiting.
export interface Clock {
  now(): number;
  /** Moves time forward (or back, with a negative number). */
  advance(ms: number): void;
  /** Jumps to an instant. */
  set(time: number): void;
  /** Stops at an instant: from then on time moves only when told (`advance`, `set`). */
  freeze?(time: number): void;
  /** Back to how it was made: real time again, or the instant it was frozen at. */
  reset?(): void;
}

export const DAY = 86_400_000;

/** The instants the mock clock may show: dates stay printable and 30 days ahead stays valid. */
export const CLOCK_MIN = Date.UTC(1970, 0, 1);
export const CLOCK_MAX = Date.UTC(3000, 0, 1);

/**
 * A clock that follows real time shifted by an offset; with `frozenAt`, one that stands still
 * until told to move (what tests want).
 */
export function createClock(frozenAt?: number | Date): Clock {
  if (frozenAt !== undefined) {
    const initial = typeof frozenAt === 'number' ? frozenAt : frozenAt.getTime();
    let time = initial;
    return {
      now: () => time,
      advance: (ms) => (time += ms),
      set: (t) => (time = t),
      reset: () => (time = initial),
    };
  }
  let offset = 0;
  let frozen: number | undefined;
  return {
    now: () => frozen ?? Date.now() + offset,
    advance: (ms) => (frozen === undefined ? (offset += ms) : (frozen += ms)),
    set: (t) => (frozen === undefined ? (offset = t - Date.now()) : (frozen = t)),
    freeze: (t) => (frozen = t),
    reset: () => {
      offset = 0;
      frozen = undefined;
    },
  };
}
