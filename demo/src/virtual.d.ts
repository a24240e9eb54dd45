// The elements' docs, made from custom-elements.json when the demo is built (vite.config.ts).
declare module 'virtual:invitekit-elements' {
  const docs: import('./element-docs.js').ElementDoc[];
  export default docs;
}
