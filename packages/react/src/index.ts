// React components for every Invitekit element (generated from the elements' manifest into
// ./generated at build time; see scripts/generate.mjs).
export * from './generated/index.js';
