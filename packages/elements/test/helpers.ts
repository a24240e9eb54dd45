// Browser-test helpers: the mock API in this page, and a user's ways of finding and typing.
import { oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startMockApi, type BrowserMockApi } from '@invitekit/mock-api/browser';
import { createClient } from '@invitekit/sdk';
import { within } from 'shadow-dom-testing-library';
import type { DetailOf, InvitekitEventName } from '../src/shared/events.js';

export const BASE = '/api/v1';

let api: BrowserMockApi | undefined;

/** Starts the mock API once for this test file and resets it before each test. */
export function useMockApi(): () => BrowserMockApi {
  before(async () => {
    api ??= await startMockApi({ quiet: true, rateLimit: false });
  });
  beforeEach(() => {
    api?.reset();
  });
  return () => {
    if (!api) throw new Error('mock API not started');
    return api;
  };
}

export const adminClient = () => createClient({ baseUrl: BASE, token: 'demo-admin', retry: 0 });

/** Queries by role and accessible name inside an element's shadow root. */
export const screenOf = (element: HTMLElement) => within(element);

/** Focuses a control and types into it with real key presses. */
export async function type(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  if (text) await sendKeys({ type: text });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Clears a text control the way a user would: select everything, delete. */
export async function clear(control: HTMLInputElement | HTMLTextAreaElement): Promise<void> {
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
}

/** Waits for an Invitekit event from `target` while `action` runs. */
export async function eventFrom<K extends InvitekitEventName>(
  target: HTMLElement,
  name: K,
  action: () => unknown,
): Promise<DetailOf<K>> {
  const event = oneEvent<CustomEvent<DetailOf<K>>>(target, name);
  await action();
  return (await event).detail;
}

/** Resolves when `check` passes (polling on animation frames; no fixed sleeps). */
export async function until(check: () => boolean, what: string, frames = 600): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (check()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

/** `<tag name="value" flag>` built with DOM calls (no markup parsing): `element('invite-form', 'project-id="p1"')`. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes = '',
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [, name, value] of attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) {
    if (name) created.setAttribute(name, value ?? '');
  }
  return created;
}
