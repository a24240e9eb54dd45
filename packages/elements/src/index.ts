// Classes only: importing this registers nothing. Register with `@invitekit/elements/define/…`,
// or under your own tag with `Class.define('my-tag')`.
export { BatchUploader } from './batch-uploader/batch-uploader.js';
export { InviteForm } from './invite-form/invite-form.js';
export { InvitationTable } from './invitation-table/invitation-table.js';
export { RolePipeline } from './role-pipeline/role-pipeline.js';
export { InvitekitProvider } from './provider/invitekit-provider.js';
export { InvitekitElement } from './shared/base.js';
export { clientContext } from './shared/context.js';
export { catalogues, loadMessages, messagesFor, type Messages } from './shared/messages/index.js';
export type * from './shared/events.js';
