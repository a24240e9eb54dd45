// Test harness (issue 17): React renders the tags before they are defined, then they are defined.
// The @invitekit/react components hand their props over as properties whatever the order; a plain
// <invite-form client={…}> gets "[object Object]" as an attribute and says so, with the fix.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createClient } from '@invitekit/sdk';
import { InvitekitProvider, InviteForm } from '@invitekit/react';
import { startMockApi } from '@invitekit/mock-api/browser';
import type {} from '@invitekit/elements/jsx';

declare global {
  interface Window {
    releaseDefinitions(): void; // public/hold-definitions.js
  }
}

void startMockApi().then(() => {
  const client = createClient({ baseUrl: '/api/v1', token: 'demo-admin' });
  const root = createRoot(document.getElementById('root') as HTMLElement);
  flushSync(() =>
    root.render(
      <>
        <section id="wrappers">
          <InvitekitProvider client={client}>
            <InviteForm
              projectId="prj_riverside"
              onInviteSent={(event) => console.log('Invited', event.detail.invitation?.email)}
            />
          </InvitekitProvider>
        </section>
        <section id="plain">
          <invite-form client={client} project-id="prj_riverside"></invite-form>
        </section>
      </>,
    ),
  );
  console.log('rendered before define:', customElements.get('invite-form') === undefined);
  window.releaseDefinitions();
});
