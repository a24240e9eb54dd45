// Test harness: holds every customElements.define() until releaseDefinitions(), so the page can
// render the tags before they are defined, as when a define module loads lazily or after the
// first render. A classic script (served as is, run before any module), so no bundle can order
// the elements' define modules ahead of it.
(() => {
  const held = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (...args) => void held.push(args);
  window.releaseDefinitions = () => {
    customElements.define = define;
    for (const args of held.splice(0)) define(...args);
  };
})();
