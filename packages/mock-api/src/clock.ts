// An injectable clock, so "expires in 30 days" and expiry are testable without waiting.
export interface Clock {
  now(): number;
  /** Moves time forward (or back, with a negative number). */
  advance(ms: number): void;
  /** Jumps to an instant. */
  set(time: number): void;
}

/**
 * A clock that follows real time shifted by an offset; with `frozenAt`, one that stands still
 * until told to move (what tests want).
 */
export function createClock(frozenAt?: number | Date): Clock {
  if (frozenAt !== undefined) {
    let time = typeof frozenAt === 'number' ? frozenAt : frozenAt.getTime();
    return {
      now: () => time,
      advance: (ms) => (time += ms),
      set: (t) => (time = t),
    };
  }
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance: (ms) => (offset += ms),
    set: (t) => (offset = t - Date.now()),
  };
}

export const DAY = 86_400_000;
