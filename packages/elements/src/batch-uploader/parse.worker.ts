// The reading worker: a module worker served from the page's own origin (no blob: URL, so a
// `worker-src 'self'` policy allows it). It reads the file, describes it, then sends the checked
// rows in batches of at most ROWS_PER_MESSAGE, so no message costs the main thread a long task.
// It keeps the cells, so a new mapping or date order is checked again without reading again.
import { FatalError, checkRows, describe, readSource, type Source } from './read/read.js';
import { ROWS_PER_MESSAGE, type FromWorker, type ToWorker } from './read/protocol.js';

interface Scope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as Scope;
let source: Source | undefined;
let file: { blob: Blob; name: string } | undefined;
let latest = 0;

scope.onmessage = (event) => {
  const { run } = event.data;
  latest = run;
  void handle(event.data).catch((error: unknown) => {
    scope.postMessage(
      error instanceof FatalError
        ? {
            run,
            type: 'fatal',
            code: error.code,
            ...(error.detail === undefined ? {} : { detail: error.detail }),
          }
        : { run, type: 'fatal', code: 'badXlsx' },
    );
  });
};

async function handle(message: ToWorker): Promise<void> {
  const started = performance.now();
  const { options, run } = message;
  if (message.type === 'read') file = { blob: message.file, name: message.name };
  if (message.type !== 'recheck' || !source) {
    if (!file) return;
    source = undefined;
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    source = await readSource(bytes, file.name, options);
  }
  if (run !== latest) return;
  const meta = describe(source, options);
  const { start: _start, ...shown } = meta;
  scope.postMessage({ run, type: 'meta', meta: shown });
  let rows = 0;
  let withProblems = 0;
  for (const batch of checkRows(source, meta, options, ROWS_PER_MESSAGE)) {
    rows += batch.lines.length;
    let last = -1;
    for (let p = 0; p < batch.problems.length; p += 4) {
      if (batch.problems[p] !== last) withProblems++;
      last = batch.problems[p] ?? -1;
    }
    // The typed arrays move to the main thread rather than being copied.
    const { lines, starts, ends, rawAt, rawStarts, rawEnds, problems } = batch;
    scope.postMessage(
      { run, type: 'rows', rows: batch },
      [lines, starts, ends, rawAt, rawStarts, rawEnds, problems].map((a) => a.buffer),
    );
  }
  scope.postMessage({ run, type: 'done', rows, withProblems, ms: performance.now() - started });
}
