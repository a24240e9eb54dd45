import { formatDate, relativeTime } from './format.js';
import type { Messages } from './types.js';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const en: Messages = {
  locale: 'en',
  common: {
    optional: 'optional',
    required: 'required',
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    back: 'Back',
    close: 'Close',
    sending: 'Sending…',
    characters: (used, max) => `${used} of ${max} characters`,
    visibleToTeam: 'Visible to your team only',
    fixFields: (count) => `Fix ${count} ${plural(count, 'field', 'fields')} to continue.`,
  },
  config: {
    title: 'This element is not connected to Invitekit',
    body: (tag) =>
      `Wrap <${tag}> in <invitekit-provider base-url="…" token="…">, or set its client property.`,
    console: (tag) =>
      `<${tag}> has no API client. Wrap it in <invitekit-provider base-url="…" token="…"> or set its \`client\` property to createClient(…) from @invitekit/sdk.`,
  },
  errors: {
    network: 'We could not reach the server. Check your connection; everything you typed is kept.',
    timeout: 'The server took too long to answer. Everything you typed is kept.',
    rateLimited: (seconds) => `Too many requests. Try again in ${seconds} s.`,
    unexpected: 'Something went wrong on our side. Everything you typed is kept.',
    loadFailed: 'We could not load what this form needs.',
    conflictTitle: 'Already invited',
    inactiveTitle: 'This account cannot be invited yet',
    openInvitation: 'Open the existing invitation',
  },
  fields: {
    email: 'Email',
    emailHint: 'Their personal email address.',
    dateOfBirth: 'Date of birth',
    dateOfBirthHint: 'Used to match an existing profile.',
    firstName: 'First name',
    middleNames: 'Middle names',
    lastName: 'Last name',
    preferredName: 'Preferred name',
    namesHint: 'As on their identity document; nicknames go in preferred name.',
    projectRole: 'Project role',
    chooseRole: 'Choose a role',
    message: 'Personal message',
    messageHint: 'Added to the invitation email.',
    name: 'Name',
    links: 'Links',
    linksHint: 'One per line, starting with https://',
    files: 'Files',
    skills: 'Skills',
    skillsHint: 'Separate with commas.',
    job: 'Job to offer',
    chooseJob: 'Choose a job',
  },
  inviteForm: {
    projectTitle: 'Add a project member',
    poolTitle: 'Add a person to the pool',
    contactTitle: 'Invite a trusted contact',
    review: 'Review',
    reviewTitle: 'Check before sending',
    reviewInvite: (email, project, role) => `${email} will be invited to ${project} as ${role}.`,
    reviewAdd: (name, project, role) =>
      `${name} already has an active account: they will be added to ${project} as ${role} at once, and told by email.`,
    reviewInactive:
      'This person has an account that is not active yet (or is disabled), so the invitation will be refused.',
    validFor: (days) => `The invitation stays valid for ${days} days.`,
    send: 'Send invitation',
    lookUp: 'Continue',
    existingProfile: (name) =>
      `Profile found: ${name}. They will be invited with their existing profile.`,
    newProfile: 'No profile uses this email yet. Add their names to create one.',
    invite: 'Invite',
    inviteAndOffer: 'Invite and offer job',
    addedTitle: 'Member added',
    added: (name, project, role) => `${name} was added to ${project} as ${role}. We emailed them.`,
    invitedTitle: 'Invitation sent',
    invited: (email, target, expires) =>
      `We invited ${email} to ${target}. The invitation expires ${expires}.`,
    acceptedTitle: 'Added to the pool',
    acceptedToPool: (name, pool) =>
      `${name} is already in another pool of this workspace, so they were added to ${pool} straight away.`,
    needsActivation:
      'They must activate their account (from the email we sent) before they can accept.',
    connectionTitle: 'Connection requested',
    connectionRequested: (email) =>
      `${email} already has an account: we sent them a connection request.`,
    contactInvited: (email) => `We invited ${email} to join as a trusted contact.`,
    offered: (job) => `They were also offered ${job}.`,
    another: 'Invite someone else',
    individualBatch: 'Added one at a time',
  },
  time: {
    relative: (ms) => relativeTime('en', ms),
    date: (iso) => formatDate('en', iso),
  },
};
