// One live region for the whole page, in the light DOM: live regions inside shadow roots are
// missed by Chrome with some screen readers and by VoiceOver on iOS. Every element that adopts
// this controller speaks through the same pair of regions (polite and assertive), appended to
// <body> while at least one such element is connected, and hidden through the CSSOM (a `style`
// attribute would break under `style-src 'self'`).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const ATTRIBUTE = 'data-invitekit-live';
type Politeness = 'polite' | 'assertive';

let users = 0;
const timers = new Map<Politeness, ReturnType<typeof setTimeout>>();

function region(politeness: Politeness): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[${ATTRIBUTE}="${politeness}"]`);
  if (found) return found;
  const created = document.createElement('div');
  created.setAttribute(ATTRIBUTE, politeness);
  created.setAttribute('role', politeness === 'polite' ? 'status' : 'alert');
  created.setAttribute('aria-live', politeness);
  created.setAttribute('aria-atomic', 'true');
  const hidden: Record<string, string> = {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    'clip-path': 'inset(50%)',
    'white-space': 'nowrap',
    border: '0',
  };
  for (const [name, value] of Object.entries(hidden)) created.style.setProperty(name, value);
  document.body.append(created);
  return created;
}

export class LightAnnouncer implements ReactiveController {
  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Present before anything is said: a region added together with its text is not read.
    if (users++ === 0) {
      region('polite');
      region('assertive');
    }
  }

  hostDisconnected(): void {
    if (--users > 0) return;
    for (const politeness of ['polite', 'assertive'] as const) {
      clearTimeout(timers.get(politeness));
      document.querySelector(`[${ATTRIBUTE}="${politeness}"]`)?.remove();
    }
  }

  /**
   * Says `message` (read again even when it repeats: the region is emptied first, and filled
   * a moment later). `assertive` for what went wrong, polite for everything else.
   */
  say(message: string, politeness: Politeness = 'polite'): void {
    const live = region(politeness);
    live.textContent = '';
    clearTimeout(timers.get(politeness));
    timers.set(
      politeness,
      setTimeout(() => (live.textContent = message), 60),
    );
  }
}
