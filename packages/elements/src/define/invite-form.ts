// Registers <invite-form> (and the provider it usually sits in).
import './invitekit-provider.js';
import { InviteForm } from '../invite-form/invite-form.js';

InviteForm.define('invite-form');

declare global {
  interface HTMLElementTagNameMap {
    'invite-form': InviteForm;
  }
}

export { InviteForm };
