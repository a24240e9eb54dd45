// The file being read: starts the reading worker on the first file (so its code loads only when
// a file arrives), follows its answers, and keeps the checked rows as they come, in the batches
// they come in (`FileRows`).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FileRows } from './file-rows.js';
import {
  fieldsOf,
  type FatalCode,
  type FileMeta,
  type FromWorker,
  type ReadOptions,
  type ToWorker,
} from './read/protocol.js';

export type ReadStatus = 'idle' | 'reading' | 'done' | 'fatal';

export class FileRead implements ReactiveController {
  status: ReadStatus = 'idle';
  name = '';
  meta: FileMeta | undefined;
  rows = new FileRows(0);
  withProblems = 0;
  fatal: { code: FatalCode; detail?: number } | undefined;
  /** How long the worker took, file to last row (for the bench and the curious). */
  ms = 0;
  readonly #host: ReactiveControllerHost;
  readonly #options: () => ReadOptions;
  #worker: Worker | undefined;
  #run = 0;
  #settled: Promise<void> = Promise.resolve();
  #settle: () => void = () => undefined;

  constructor(host: ReactiveControllerHost, options: () => ReadOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#settle();
  }

  /** Resolves once the current read has sent its last row (or failed). */
  get settled(): Promise<void> {
    return this.#settled;
  }

  read(file: File): void {
    this.name = file.name;
    this.#send({ type: 'read', file, name: file.name });
  }

  /** The same file with other reading choices (encoding, delimiter, sheet). */
  reread(): void {
    this.#send({ type: 'reread' });
  }

  /** The same cells with another mapping or date order. */
  recheck(): void {
    this.#send({ type: 'recheck' });
  }

  clear(): void {
    this.#run++;
    this.status = 'idle';
    this.name = '';
    this.meta = undefined;
    this.rows = new FileRows(0);
    this.fatal = undefined;
    this.#settle();
    this.#host.requestUpdate();
  }

  #send(
    message: { type: 'read'; file: Blob; name: string } | { type: 'reread' | 'recheck' },
  ): void {
    this.#worker ??= this.#start();
    const run = ++this.#run;
    const options = this.#options();
    this.status = 'reading';
    this.rows = new FileRows(fieldsOf(options.mode).length);
    this.withProblems = 0;
    this.fatal = undefined;
    if (message.type === 'read') this.meta = undefined;
    this.#settle();
    this.#settled = new Promise((resolve) => (this.#settle = resolve));
    const request: ToWorker = { ...message, run, options };
    this.#worker.postMessage(request);
    this.#host.requestUpdate();
  }

  #start(): Worker {
    const worker = new Worker(new URL('./parse.worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
    worker.onerror = () => this.#receive({ run: this.#run, type: 'fatal', code: 'badXlsx' });
    return worker;
  }

  #receive(message: FromWorker): void {
    if (message.run !== this.#run) return;
    switch (message.type) {
      case 'meta':
        this.meta = message.meta;
        break;
      case 'rows':
        this.rows.add(message.rows);
        break;
      case 'done':
        this.status = 'done';
        this.withProblems = message.withProblems;
        this.ms = message.ms;
        this.#settle();
        break;
      case 'fatal':
        this.status = 'fatal';
        this.fatal =
          message.detail === undefined
            ? { code: message.code }
            : { code: message.code, detail: message.detail };
        this.#settle();
        break;
    }
    this.#host.requestUpdate();
  }
}
