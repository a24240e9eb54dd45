// Test harness: holds every customElements.define() until release(), so the page can render the
// tags before they are defined, as when a define module is loaded lazily or after the first render.
const held: Parameters<CustomElementRegistry['define']>[] = [];
const define = customElements.define.bind(customElements);
customElements.define = (...args) => void held.push(args);

export function release(): void {
  customElements.define = define;
  for (const args of held.splice(0)) define(...args);
}
