// A check the page did not finish (it was closed or reloaded on the way) is remembered per batch in
// the browser's storage: the file's name and how far the check got, nothing of its rows. Reopening
// the batch then says so, and how to go on: drop the same file again (the rows already in the
// batch are recognised and not uploaded twice).

export interface Interrupted {
  name: string;
  /** Rows of the file checked (in the batch) when the page went away. */
  checked: number;
  total: number;
}

const keyOf = (batchId: string) => `invitekit:batch-uploader:${batchId}`;

/** Remembers where the check of a batch's file is, or forgets it (`undefined`). */
export function remember(batchId: string, state: Interrupted | undefined): void {
  try {
    if (state) localStorage.setItem(keyOf(batchId), JSON.stringify(state));
    else localStorage.removeItem(keyOf(batchId));
  } catch {
    // Storage may be off (private mode, a policy): the notice is a courtesy.
  }
}

export function recall(batchId: string): Interrupted | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(keyOf(batchId)) ?? 'null');
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as Interrupted).name === 'string' &&
      typeof (value as Interrupted).checked === 'number' &&
      typeof (value as Interrupted).total === 'number'
    )
      return value as Interrupted;
  } catch {
    // Nothing usable stored.
  }
  return undefined;
}
