// Long work split into slices, so no main-thread task runs long: the work is a generator that
// yields between steps; a slice runs steps until its time budget is spent, and the next slice
// runs in a later task. Work that fits one budget finishes synchronously, within the caller's
// task (a search over 10,000 rows answers in the same frame).

/** Yield this to end the current slice now (before or after a step known to be heavy). */
export const BREAK = Symbol('break');

export type Sliced<T> = Generator<typeof BREAK | undefined, T, undefined>;

export type SlicedRun<T> =
  | { done: true; value: T }
  | {
      done: false;
      /** The result; `undefined` when cancelled. */
      result: Promise<T | undefined>;
      cancel: () => void;
    };

/** Runs `work` in slices of about `budgetMs` each; the first slice runs right away. */
export function runSliced<T>(work: Sliced<T>, budgetMs: number): SlicedRun<T> {
  const slice = () => {
    const start = performance.now();
    for (;;) {
      const step = work.next();
      if (step.done || step.value === BREAK || performance.now() - start > budgetMs) return step;
    }
  };
  const first = slice();
  if (first.done) return { done: true, value: first.value };
  let running = true;
  let settle: (value: T | undefined) => void = () => undefined;
  const result = new Promise<T | undefined>((resolve, reject) => {
    settle = resolve;
    const next = () => {
      if (!running) return;
      try {
        const step = slice();
        if (step.done) resolve(step.value);
        else inNextTask(next);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    inNextTask(next);
  });
  return {
    done: false,
    result,
    cancel: () => {
      running = false;
      settle(undefined);
      work.return(undefined as never);
    },
  };
}

/** Resolves in a task of its own: what follows an `await` of it does not lengthen this task. */
export const nextTask = (): Promise<void> => new Promise((resolve) => inNextTask(resolve));

/** Runs `fn` in a task of its own, without the 4 ms clamp of nested timers. */
function inNextTask(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}
