export {
  createMockApi,
  demoTokens,
  type MockApi,
  type MockApiOptions,
  type Faults,
  type FaultRule,
} from './api.js';
export { createClock, DAY, type Clock } from './clock.js';
export { Domain, INVITATION_TTL, type Admin, type MoveOptions } from './domain.js';
export { DomainError } from './errors.js';
export { seed, type SeedOptions } from './seed.js';
export { emptyState, type State } from './state.js';
export { unservedOperations } from './operations.js';
