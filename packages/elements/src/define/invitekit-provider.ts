// Registers <invitekit-provider>. Import this (not the class) to use the tag.
import { InvitekitElement } from '../shared/base.js';
import { InvitekitProvider } from '../provider/invitekit-provider.js';

InvitekitElement.define('invitekit-provider', InvitekitProvider);

declare global {
  interface HTMLElementTagNameMap {
    'invitekit-provider': InvitekitProvider;
  }
}

export { InvitekitProvider };
