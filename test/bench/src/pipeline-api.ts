// The mock API for the pipeline benchmark, in a worker of its own: it stands in for a server,
// so its work (a move of 500 people, a 2,000-candidate answer) is not counted as the page's.
import './worker-storage.js';
import { getResponse } from 'msw';
import { createMockApi } from '@invitekit/mock-api';

export interface BenchRequest {
  id: number;
  url: string;
  method: string;
  headers: [string, string][];
  body: string;
}

const n = Number(new URL(location.href).searchParams.get('n') ?? 2000);
const api = createMockApi({ seed: { candidates: n }, rateLimit: false });

addEventListener('message', (event: MessageEvent<BenchRequest>) => {
  const { id, url, method, headers, body } = event.data;
  void (async () => {
    const request = new Request(url, {
      method,
      headers,
      ...(method === 'GET' ? {} : { body }),
    });
    const response = await getResponse(api.handlers, request);
    postMessage({
      id,
      status: response?.status ?? 404,
      headers: [...(response?.headers ?? [])],
      body: response ? await response.text() : '',
    });
  })();
});
