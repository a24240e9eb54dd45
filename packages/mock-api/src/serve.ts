#!/usr/bin/env node
// The mock API as a local HTTP server: `pnpm mock-api --port 4010`, then curl it.
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
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
    seed: { type: 'string', default: '1' },
  },
});

const api = createMockApi({
  baseUrl: '*/v1',
  latencyMs: Number(values.latency),
  seed: {
    seed: Number(values.seed),
    size: Number(values.size),
    candidates: Number(values.candidates),
  },
  linkBase: `http://${values.host}:${values.port}/invite`,
});

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, idempotency-key',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'access-control-expose-headers': 'retry-after',
};

const server = createServer((req, res) => {
  void (async () => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, {
      method: req.method ?? 'GET',
      headers: Object.entries(req.headers).flatMap(([k, v]) =>
        v === undefined ? [] : [[k, String(v)] as [string, string]],
      ),
      signal: controller.signal,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
    });
    const response = await getResponse(api.handlers, request);
    if (!response || response.type === 'error') {
      if (res.destroyed) return;
      if (response?.type === 'error') {
        res.destroy();
        return;
      }
      res.writeHead(404, { ...cors, 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          code: 'not_found',
          message: `No route for ${req.method ?? 'GET'} ${url.pathname}`,
        }),
      );
      return;
    }
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
  const base = `http://${values.host}:${port}/v1`;
  console.log(`Invitekit mock API on ${base}`);
  console.log(
    `  admin token: ${demoTokens.admin}   (also ${demoTokens.member}: not an admin; ${demoTokens.otherAdmin}: another workspace)`,
  );
  console.log(
    `  try: curl -H "Authorization: Bearer ${demoTokens.admin}" "${base}/invitations?status=pending&limit=5"`,
  );
  console.log(`  outbox: ${base}/_mock/outbox`);
});
