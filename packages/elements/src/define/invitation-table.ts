// Registers <invitation-table> (and the provider it usually sits in).
import './invitekit-provider.js';
import { InvitationTable } from '../invitation-table/invitation-table.js';

InvitationTable.define('invitation-table');

declare global {
  interface HTMLElementTagNameMap {
    'invitation-table': InvitationTable;
  }
}

export { InvitationTable };
