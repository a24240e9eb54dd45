// The mock API inside Node tests: msw/node intercepts fetch in this process.
import { setupServer, type SetupServer } from 'msw/node';
import { createMockApi, type MockApi, type MockApiOptions } from './api.js';

export interface NodeMockApi extends MockApi {
  readonly server: SetupServer;
  /** Starts intercepting; unknown requests are errors, so a wrong URL fails loudly. */
  listen(): void;
  close(): void;
}

export function setupMockApi(options: MockApiOptions = {}): NodeMockApi {
  const api = createMockApi(options);
  const server = setupServer(...api.handlers);
  return Object.assign(api, {
    server,
    listen: () => server.listen({ onUnhandledRequest: 'error' }),
    close: () => server.close(),
  });
}
