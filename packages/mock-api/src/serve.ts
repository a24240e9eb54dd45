#!/usr/bin/env node
// The mock API as a local HTTP server: `pnpm mock-api --port 4010`, then curl it.
//
// A server on the developer's machine is reachable from any page their browser opens, so:
// - `/_mock/*` (outbox with every invitation link, clock, faults, reset) answers only requests
//   that carry `X-Invitekit-Mock: 1`. A page on another origin can send that header only after a
//   CORS preflight, and the controls allow no other origin, so no web page can read or use them.
// - The API itself allows cross-origin calls only from pages served on this machine (localhost,
//   127.0.0.1, [::1], any port) and from origins named with `--allow-origin`; never `*`.
// - While it listens on loopback, a request naming another host (DNS rebinding) is refused.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { createMockApi, demoTokens } from './api.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    latency: { type: 'string', default: '0' },
    size: { type: 'string', default: '0' },
    candidates: { type: 'string', default: '0' },
    seed: { type: 'string' },
    'rate-limit': { type: 'string', default: '600' },
    'allow-origin': { type: 'string', multiple: true, default: [] },
  },
});

/** The header every `/_mock/*` request must carry. */
const CONTROL_HEADER = 'x-invitekit-mock';

const rate = values['rate-limit'];
const api = createMockApi({
  baseUrl: '*/v1',
  latencyMs: Number(values.latency),
  seed: {
    size: Number(values.size),
    candidates: Number(values.candidates),
    ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
  },
  rateLimit: rate === 'off' ? false : { limit: Number(rate), windowMs: 60_000 },
  linkBase: `http://${values.host}:${values.port}/invite`,
});

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const loopbackOnly = loopbackNames.has(values.host);
const allowed = new Set(values['allow-origin']);

/** Origins whose pages may call the API: this machine's, and those named on the command line. */
function allowedOrigin(origin: string | undefined): boolean {
  if (!origin) return false;
  if (allowed.has(origin)) return true;
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && loopbackNames.has(url.hostname)
    );
  } catch {
    return false;
  }
}

function corsHeaders(req: IncomingMessage, control: boolean): Record<string, string> {
  const origin = req.headers.origin;
  if (control || !allowedOrigin(origin)) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin ?? '',
    'access-control-allow-headers': 'authorization, content-type, idempotency-key',
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
    'access-control-expose-headers': 'retry-after',
    vary: 'Origin',
  };
}

function answer(
  res: ServerResponse,
  req: IncomingMessage,
  status: number,
  body: { code: string; message: string; fieldErrors?: Record<string, string[]> },
  headers: Record<string, string> = {},
): void {
  finish(req, res);
  res.writeHead(status, { ...headers, 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** How long an answered request whose body was not read may go on sending before it is cut. */
const LINGER_MS = 5_000;

/**
 * A request answered before its body was read to the end (refused first, or cut at the size
 * limit): once the answer is sent, the rest of the body is read and thrown away, and the
 * connection is closed if the body has not ended within LINGER_MS. Closing at once with unread
 * data would reset the connection, and a client still sending would lose the answer with it.
 */
function finish(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete || res.headersSent) return;
  res.once('finish', () => {
    if (req.complete) return;
    const cut = setTimeout(() => req.socket.destroy(), LINGER_MS);
    req.once('close', () => {
      clearTimeout(cut);
    });
    const discard = () => {
      while (req.read() !== null);
    };
    req.on('readable', discard);
    discard();
  });
}

/**
 * The body as a stream the handler reads on demand: nothing is read before it asks, and when it
 * stops (at the size limit) the socket stays open for the answer.
 */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  const chunks: AsyncIterator<Buffer> = req.iterator({ destroyOnReturn: false });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await chunks.next();
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel() {
      void chunks.return?.();
    },
  });
}

const server = createServer((req, res) => {
  void (async () => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const control = url.pathname.includes('/_mock/');
    const cors = corsHeaders(req, control);
    if (loopbackOnly && !loopbackNames.has(url.hostname)) {
      answer(res, req, 403, {
        code: 'forbidden',
        message: `This mock API answers requests for localhost only, not for ${url.hostname}.`,
      });
      return;
    }
    if (req.method === 'OPTIONS') {
      finish(req, res);
      res.writeHead(cors['access-control-allow-origin'] ? 204 : 403, cors).end();
      return;
    }
    if (control && req.headers[CONTROL_HEADER] !== '1') {
      answer(res, req, 403, {
        code: 'forbidden',
        message:
          'The /_mock controls answer only requests with the header X-Invitekit-Mock: 1, so that no web page can use them.',
      });
      return;
    }
    try {
      decodeURIComponent(url.pathname);
    } catch {
      answer(
        res,
        req,
        400,
        {
          code: 'validation',
          message: 'The path is not valid percent-encoding (URL-encode it as UTF-8).',
          fieldErrors: { _: ['Not valid percent-encoding'] },
        },
        cors,
      );
      return;
    }
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, {
      method: req.method ?? 'GET',
      headers: Object.entries(req.headers).flatMap(([k, v]) =>
        v === undefined ? [] : [[k, String(v)] as [string, string]],
      ),
      signal: controller.signal,
      ...(hasBody ? { body: bodyOf(req), duplex: 'half' } : {}),
    });
    const response = await getResponse(api.handlers, request);
    if (!response || response.type === 'error') {
      if (res.destroyed) return;
      if (response?.type === 'error') {
        res.destroy();
        return;
      }
      answer(
        res,
        req,
        404,
        { code: 'not_found', message: `No route for ${req.method ?? 'GET'} ${url.pathname}` },
        cors,
      );
      return;
    }
    finish(req, res);
    res.writeHead(response.status, { ...cors, ...Object.fromEntries(response.headers) });
    res.end(Buffer.from(await response.arrayBuffer()));
  })().catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ code: 'bad_response', message: 'The mock API failed; see its console.' }),
    );
  });
});

server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : Number(values.port);
  const base = `http://${values.host}:${String(port)}/v1`;
  console.log(`Invitekit mock API on ${base}`);
  console.log(
    `  admin token: ${demoTokens.admin}   (also ${demoTokens.member}: not an admin; ${demoTokens.otherAdmin}: another workspace)`,
  );
  console.log(
    `  try: curl -H "Authorization: Bearer ${demoTokens.admin}" "${base}/invitations?status=pending&limit=5"`,
  );
  console.log(`  outbox: curl -H "X-Invitekit-Mock: 1" ${base}/_mock/outbox`);
});
