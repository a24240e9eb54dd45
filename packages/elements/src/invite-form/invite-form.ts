import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  InvitekitError,
  isInvitekitError,
  type FieldErrors,
  type MemberCheck,
  type PersonLookup,
  type ProjectRole,
} from '@invitekit/sdk';
import { AddMemberBody, AddOneBody, InviteContactBody } from '@invitekit/sdk/schemas';
import { InvitekitElement } from '../shared/base.js';
import type { InviteMode, InviteRequestDetail, InviteSentDetail } from '../shared/events.js';
import { Loader } from '../shared/loader.js';
import { controls, tokens } from '../shared/theme.js';
import {
  describeError,
  describedBy,
  explain,
  field,
  notice,
  retryable,
  type ErrorContext,
} from '../shared/ui.js';
import { fieldErrorsIn, localiseFieldErrors } from '../shared/validation.js';
import { ShareLinks } from './share-links.js';
import { styles } from './invite-form.styles.js';

const MESSAGE_MAX = 1000;
const VALID_DAYS = 30;

const fieldNames = [
  'email',
  'role',
  'dateOfBirth',
  'firstName',
  'middleNames',
  'lastName',
  'preferredName',
  'name',
  'links',
  'skills',
  'offerRoleId',
  'message',
] as const;
type FieldName = (typeof fieldNames)[number];
type Values = Record<FieldName, string>;

const empty = (): Values => Object.fromEntries(fieldNames.map((f) => [f, ''])) as Values;
const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

interface Options {
  /** The project, pool or workspace the form invites into, for the words it shows. */
  targetName: string;
  roles: readonly ProjectRole[];
  jobs: { id: string; label: string }[];
}

interface Done {
  detail: InviteSentDetail;
  title: string;
  lines: string[];
}

/**
 * Invites one person, the way each kind of space needs: a project member (`project-id`), a
 * person in a pool (`pool-id`, optionally `batch-id`), or a trusted contact (`contact`).
 *
 * @summary Invite one person into a project, a pool, or your trusted contacts.
 *
 * @fires invitekit-invite-request - Cancelable. Before sending; `detail.body` may be changed.
 * @fires invitekit-invite-sent - After sending, with the outcome and the records it created.
 * @fires invitekit-invite-failed - When sending failed, with the `InvitekitError`.
 * @fires invitekit-open-invitation - The user asked to open the invitation a conflict names.
 * @fires invitekit-link-created - A shareable link was created (pool and contact modes, R30).
 * @fires invitekit-link-revoked - A shareable link was revoked.
 *
 * @csspart form - The form.
 * @csspart field - Each label, control, hint and error group.
 * @csspart notice - Success, warning and error notices.
 * @csspart actions - The row of buttons.
 * @csspart error - The configuration error shown without a client.
 *
 * @cssprop --ik-accent - Buttons and focus rings.
 * @cssprop --ik-on-accent - Text on the accent colour.
 * @cssprop --ik-surface - Field background.
 * @cssprop --ik-text - Text colour (inherited by default).
 * @cssprop --ik-muted - Hints and counters.
 * @cssprop --ik-border - Borders.
 * @cssprop --ik-danger - Errors.
 * @cssprop --ik-success - Success notices.
 * @cssprop --ik-radius - Corner radius.
 * @cssprop --ik-spacing - Base spacing unit.
 * @cssprop --ik-font - Font family (inherited by default).
 */
export class InviteForm extends InvitekitElement {
  static override styles = [tokens, controls, styles];

  /** Add a member to this project (R5–R13). */
  @property({ type: String, attribute: 'project-id' })
  projectId = '';

  /** Add a person to this pool (R14–R20). */
  @property({ type: String, attribute: 'pool-id' })
  poolId = '';

  /** The batch a pool invitation belongs to; by default one batch for people added singly. */
  @property({ type: String, attribute: 'batch-id' })
  batchId = '';

  /** Invite a trusted contact (R27–R29). */
  @property({ type: Boolean })
  contact = false;

  @state() private values: Values = empty();
  @state() private files: string[] = [];
  @state() private touched = new Set<FieldName>();
  @state() private submitted = false;
  @state() private serverErrors: FieldErrors = {};
  @state() private step: 'edit' | 'review' | 'done' = 'edit';
  @state() private lookup: PersonLookup | undefined;
  /** Project mode: what sending would do (the review step), or the refusal it would get. */
  @state() private check: MemberCheck | undefined;
  @state() private refusal: InvitekitError | undefined;
  @state() private offering = false;
  @state() private busy = false;
  @state() private failure: unknown;
  @state() private done: Done | undefined;

  /** One key per intent to send: retries of the same input reuse it, so nothing is sent twice. */
  #attempt: string | undefined;
  #batch: string | undefined;

  readonly #options = new Loader<Options>(
    this,
    () => (this.api && this.mode ? [this.api, this.mode, this.projectId, this.poolId] : undefined),
    (signal) => this.#loadOptions(signal),
  );

  /** Pool and contact modes: "Share a link" instead of inviting one person (R30). */
  readonly #share = new ShareLinks(this, {
    api: () => this.api,
    poolId: () => (this.mode === 'pool' ? this.poolId : undefined),
    t: () => this.t,
    announce: (message) => this.announce(message),
    created: (link) => this.emit('invitekit-link-created', { link }),
    revoked: (link) => this.emit('invitekit-link-revoked', { link }),
  });

  get mode(): InviteMode | undefined {
    if (this.contact) return 'contact';
    if (this.projectId) return 'project';
    if (this.poolId) return 'pool';
    return undefined;
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  #rendering = false;

  protected override update(changed: PropertyValues<this>): void {
    this.#rendering = true;
    try {
      super.update(changed);
    } finally {
      this.#rendering = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('projectId') ||
      changed.has('poolId') ||
      changed.has('batchId') ||
      changed.has('contact')
    ) {
      this.#batch = undefined;
      if (this.step !== 'edit') this.#restart(false);
      if (this.mode === 'project') this.#share.show(false);
    }
  }

  async #loadOptions(signal: AbortSignal): Promise<Options> {
    const api = this.api;
    if (!api) throw new Error('no client');
    if (this.mode === 'project') {
      const project = await api.projects.get(this.projectId, { signal });
      return { targetName: project.name, roles: project.roles, jobs: [] };
    }
    if (this.mode === 'pool') {
      const pools = await api.pools.list({ signal });
      const pool = pools.items.find((p) => p.id === this.poolId);
      if (!pool)
        throw new InvitekitError({
          code: 'not_found',
          status: 404,
          message: `Pool ${this.poolId} was not found.`,
        });
      return { targetName: pool.name, roles: [], jobs: [] };
    }
    const projects = await api.projects.list({ signal });
    const jobs = await Promise.all(
      projects.items.map(async (p) =>
        (await api.projects.roles(p.id, { signal })).items.map((r) => ({
          id: r.id,
          label: `${r.title} · ${p.name}`,
        })),
      ),
    );
    return { targetName: '', roles: [], jobs: jobs.flat() };
  }

  // ── validation ───────────────────────────────────────────────────────────────────────────

  #body(): InviteRequestDetail | undefined {
    const v = this.values;
    const optional = (value: string) => (value.trim() ? value : undefined);
    const message = optional(v.message);
    switch (this.mode) {
      case 'project':
        return {
          mode: 'project',
          projectId: this.projectId,
          body: { email: v.email, role: v.role as ProjectRole, ...(message ? { message } : {}) },
        };
      case 'pool': {
        const names = this.lookup?.match === 'none';
        const body: Record<string, string> = { email: v.email, dateOfBirth: v.dateOfBirth };
        if (names) {
          for (const key of ['firstName', 'lastName', 'middleNames', 'preferredName'] as const) {
            const value = optional(v[key]);
            if (value || key === 'firstName' || key === 'lastName') body[key] = v[key];
          }
        }
        if (message) body.message = message;
        return {
          mode: 'pool',
          poolId: this.poolId,
          batchId: this.batchId || null,
          body: body as unknown as AddOneBody,
        };
      }
      case 'contact': {
        const links = list(v.links, /\n/);
        const skills = list(v.skills, /,/);
        return {
          mode: 'contact',
          body: {
            name: v.name,
            email: v.email,
            ...(links.length ? { links } : {}),
            ...(this.files.length ? { files: this.files } : {}),
            ...(skills.length ? { skills } : {}),
            ...(message ? { message } : {}),
            ...(this.offering ? { offerRoleId: v.offerRoleId } : {}),
          },
        };
      }
      default:
        return undefined;
    }
  }

  /** Field errors from the SDK's request schemas, by field. */
  get #clientErrors(): FieldErrors {
    const request = this.#body();
    if (!request) return {};
    const schema = { project: AddMemberBody, pool: AddOneBody, contact: InviteContactBody }[
      request.mode
    ];
    const parsed = schema.safeParse(request.body, { reportInput: true });
    const errors = parsed.success
      ? {}
      : fieldErrorsIn(parsed.error.issues, this.t, (name) => this.#label(name));
    // A job must be chosen to "invite and offer"; the schema only knows it is optional.
    if (request.mode === 'contact' && this.offering && !this.values.offerRoleId) {
      errors.offerRoleId = [this.t.fields.chooseJob];
    }
    return errors;
  }

  /** A field's label, for the messages that name it. */
  #label(name: string): string {
    const f = this.t.fields;
    const labels: Record<string, string> = { ...f, role: f.projectRole, offerRoleId: f.job };
    return labels[name] ?? name;
  }

  /** What the catalogue's error sentences need to know about this request. */
  get #context(): ErrorContext {
    return {
      email: this.values.email.trim().toLowerCase(),
      target: this.#options.value?.targetName ?? '',
      ...(this.mode === 'project' || this.mode === 'pool' ? { subject: this.mode } : {}),
    };
  }

  #errorFor(name: FieldName, errors: FieldErrors): string | undefined {
    const server = this.serverErrors[name]?.[0];
    if (server) return server;
    const prefix = name === 'links' || name === 'skills' ? `${name}.` : undefined;
    const own =
      errors[name]?.[0] ??
      (prefix ? Object.entries(errors).find(([k]) => k.startsWith(prefix))?.[1][0] : undefined);
    return own && (this.submitted || this.touched.has(name)) ? own : undefined;
  }

  // ── handlers ─────────────────────────────────────────────────────────────────────────────

  #onInput(name: FieldName, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.#attempt = undefined;
    if (this.serverErrors[name]) {
      const { [name]: _cleared, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
    if ((name === 'email' || name === 'dateOfBirth') && this.mode === 'pool')
      this.lookup = undefined;
  }

  #onBlur(name: FieldName): void {
    // A field removed while focused (the step moved on) blurs in the middle of that render:
    // nothing to mark then, and setting state mid-render would schedule a wasted update.
    if (this.#rendering) return;
    if (this.values[name]) this.touched = new Set([...this.touched, name]);
  }

  #onFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.files = [...(input.files ?? [])].map((f) => f.name);
    this.#attempt = undefined;
  }

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || this.#sharing) return;
    const errors = this.#clientErrors;
    const relevant = Object.keys(errors).filter((k) => this.#visible(k));
    if (relevant.length) {
      this.submitted = true;
      this.announce(this.t.common.fixFields(relevant.length));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (this.mode === 'project' && this.step === 'edit') return this.#review();
    if (this.mode === 'pool' && !this.lookup) return this.#lookUp();
    await this.#send();
  }

  /** Whether a field is on screen now (errors of hidden fields do not block). */
  #visible(name: string): boolean {
    const key = name.split('.')[0] ?? name;
    if (
      this.mode === 'pool' &&
      ['firstName', 'lastName', 'middleNames', 'preferredName'].includes(key)
    ) {
      return this.lookup?.match === 'none';
    }
    return true;
  }

  async #guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.failure = undefined;
    try {
      return await work();
    } catch (error) {
      this.#fail(error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** Looks the typed email up; false when that failed (the failure is shown). */
  async #findPerson(): Promise<boolean> {
    const api = this.api;
    const lookup = api && (await this.#guarded(() => api.people.lookup(this.values.email)));
    if (!lookup) return false;
    this.lookup = lookup;
    return true;
  }

  /**
   * Project mode: the review step says what sending will do for this person, as the API works
   * it out (R5): added at once, invited, or refused (R11–R13), in which case it offers no Send.
   */
  async #review(): Promise<void> {
    const api = this.api;
    const request = this.#body();
    if (!api || request?.mode !== 'project') return;
    this.busy = true;
    this.failure = undefined;
    try {
      const { email, role } = request.body;
      this.check = await api.projects.checkMember(request.projectId, { email, role });
      this.refusal = undefined;
    } catch (error) {
      const refused =
        isInvitekitError(error) && (error.code === 'conflict' || error.code === 'inactive_user');
      if (!refused) {
        this.#fail(error);
        return;
      }
      this.check = undefined;
      this.refusal = error;
      this.announce(Object.values(explain(error, this.t, this.#context)).join('. '));
    } finally {
      this.busy = false;
    }
    this.step = 'review';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#review')?.focus();
  }

  /** Pool mode: an existing profile is used; otherwise the names are asked for (R15). */
  async #lookUp(): Promise<void> {
    if (!(await this.#findPerson()) || !this.lookup) return;
    const existing = this.lookup.match === 'existing';
    const t = this.t.inviteForm;
    this.announce(
      existing ? t.existingProfile(this.lookup.person?.displayName ?? '') : t.newProfile,
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(existing ? '#lookup' : '#firstName')?.focus();
  }

  async #poolBatch(poolId: string): Promise<string> {
    const api = this.api;
    if (this.batchId) return this.batchId;
    if (this.#batch || !api) return this.#batch ?? '';
    const name = this.t.inviteForm.individualBatch;
    const existing = (await api.pools.batches(poolId)).items.find((b) => b.name === name);
    this.#batch = existing?.id ?? (await api.pools.createBatch(poolId, name)).id;
    return this.#batch;
  }

  async #send(): Promise<void> {
    const api = this.api;
    const request = this.#body();
    if (!api || !request) return;
    if (!this.emit('invitekit-invite-request', request, { cancelable: true })) return;
    const idempotencyKey = (this.#attempt ??= crypto.randomUUID());
    const options = { idempotencyKey };
    const t = this.t.inviteForm;
    const target = this.#options.value?.targetName ?? '';
    const expires = (sentAt: string, expiresAt: string) =>
      `${this.t.time.relative(Date.parse(expiresAt) - Date.parse(sentAt))} (${this.t.time.date(expiresAt)})`;
    const outcome = await this.#guarded(async (): Promise<Done> => {
      const base = {
        mode: request.mode,
        invitation: null,
        member: null,
        entry: null,
        contact: null,
      };
      if (request.mode === 'project') {
        const r = await api.projects.addMember(request.projectId, request.body, options);
        const detail: InviteSentDetail = {
          ...base,
          outcome: r.outcome,
          invitation: r.invitation,
          member: r.member,
        };
        return r.member
          ? {
              detail,
              title: t.addedTitle,
              lines: [t.added(r.member.name, target, this.t.roles[r.member.role])],
            }
          : {
              detail,
              title: t.invitedTitle,
              lines: r.invitation
                ? [
                    t.invited(
                      r.invitation.email,
                      target,
                      expires(r.invitation.sentAt, r.invitation.expiresAt),
                    ),
                  ]
                : [],
            };
      }
      if (request.mode === 'pool') {
        const batchId = request.batchId ?? (await this.#poolBatch(request.poolId));
        const r = await api.batches.addOne(batchId, request.body, options);
        const detail: InviteSentDetail = { ...base, outcome: r.outcome, entry: r.entry };
        const who = `${r.entry.details.firstName} ${r.entry.details.lastName}`.trim();
        if (r.outcome === 'accepted')
          return { detail, title: t.acceptedTitle, lines: [t.acceptedToPool(who, target)] };
        const invitation = r.invitationId ? await api.invitations.get(r.invitationId) : null;
        const lines = invitation
          ? [t.invited(invitation.email, target, expires(invitation.sentAt, invitation.expiresAt))]
          : [];
        if (r.entry.accountStatus !== 'active') lines.push(t.needsActivation);
        return { detail: { ...detail, invitation }, title: t.invitedTitle, lines };
      }
      const r = await api.contacts.invite(request.body, options);
      const job = this.#options.value?.jobs.find((j) => j.id === r.offeredRoleId)?.label;
      const lines = [
        r.outcome === 'connection-requested'
          ? t.connectionRequested(r.contact.email)
          : t.contactInvited(r.contact.email),
        ...(job ? [t.offered(job)] : []),
      ];
      return {
        detail: { ...base, outcome: r.outcome, invitation: r.invitation, contact: r.contact },
        title: r.outcome === 'connection-requested' ? t.connectionTitle : t.invitedTitle,
        lines,
      };
    });
    if (!outcome) return;
    this.#attempt = undefined;
    this.done = outcome;
    this.step = 'done';
    this.emit('invitekit-invite-sent', outcome.detail);
    this.announce(`${outcome.title}. ${outcome.lines.join(' ')}`);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result')?.focus();
  }

  #fail(error: unknown): void {
    const mode = this.mode;
    if (isInvitekitError(error)) {
      if (mode) this.emit('invitekit-invite-failed', { mode, error });
      if (error.code === 'validation' && Object.keys(error.fieldErrors).length) {
        this.serverErrors = localiseFieldErrors(
          error.fieldErrors,
          this.#clientErrors,
          this.t,
          (name) => this.#label(name),
          (name) => !(this.values as Partial<Record<string, string>>)[name]?.trim(),
        );
        this.step = 'edit';
        this.announce(this.t.common.fixFields(Object.keys(error.fieldErrors).length));
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        );
        return;
      }
    }
    this.failure = error;
    this.announce(describeError(error, this.t, this.#context));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#failure')?.focus(),
    );
  }

  /** Back to a fresh form (after a success), or back to editing (keeping every value). */
  #restart(clear: boolean): void {
    if (clear) {
      this.values = { ...empty(), role: this.values.role };
      this.files = [];
      this.touched = new Set();
      this.submitted = false;
      this.offering = false;
      this.done = undefined;
    }
    this.lookup = this.mode === 'pool' && !clear ? this.lookup : undefined;
    this.check = undefined;
    this.refusal = undefined;
    this.failure = undefined;
    this.step = 'edit';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#email')?.focus(),
    );
  }

  #openInvitation(invitationId: string): void {
    this.emit('invitekit-open-invitation', { invitationId });
  }

  // ── render ───────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const missing = this.renderMissingClient();
    if (missing !== nothing || !this.mode) return html`${missing}${this.renderLiveRegion()}`;
    const load = this.#options.state;
    if (load.status === 'error' && !load.value) {
      return html`${notice(
        'error',
        this.t.errors.loadFailed,
        [describeError(load.error, this.t, this.#context)],
        html`<button type="button" @click=${() => void this.#options.reload()}>
          ${this.t.common.retry}
        </button>`,
      )}${this.renderLiveRegion()}`;
    }
    const title = {
      project: this.t.inviteForm.projectTitle,
      pool: this.t.inviteForm.poolTitle,
      contact: this.t.inviteForm.contactTitle,
    }[this.mode];
    return html`<form
        part="form"
        novalidate
        @submit=${(e: Event) => void this.#onSubmit(e)}
        aria-busy=${this.busy ? 'true' : 'false'}
      >
        <fieldset>
          <legend>
            ${title}${this.#options.value?.targetName ? html` · ${this.#options.value.targetName}` : nothing}
          </legend>
          ${this.#renderChoice()}
          ${
            this.step === 'done' && this.done
              ? this.#renderDone(this.done)
              : this.step === 'review'
                ? this.#renderReview()
                : this.#sharing
                  ? this.#share.render(this.#options.value?.targetName ?? '')
                  : this.#renderFields()
          }
        </fieldset>
        ${this.#renderFailure()}
      </form>
      ${this.renderLiveRegion()}`;
  }

  /** Whether the links panel shows (pool and contact modes only). */
  get #sharing(): boolean {
    return this.#share.open && this.mode !== 'project';
  }

  /** Pool and contact modes: invite one person, or share a link. */
  #renderChoice(): TemplateResult | typeof nothing {
    if (this.mode === 'project' || this.step !== 'edit') return nothing;
    const t = this.t.inviteForm;
    const choose = async (share: boolean) => {
      this.#share.show(share);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(share ? '#share-note' : '#email')?.focus();
    };
    return html`<div class="choice" role="group" aria-label=${t.howToInvite}>
      <button
        type="button"
        aria-pressed=${this.#sharing ? 'false' : 'true'}
        @click=${() => void choose(false)}
      >
        ${t.inviteOne}
      </button>
      <button
        type="button"
        aria-pressed=${this.#sharing ? 'true' : 'false'}
        @click=${() => void choose(true)}
      >
        ${t.shareLink}
      </button>
    </div>`;
  }

  #input(
    name: FieldName,
    label: string,
    errors: FieldErrors,
    o: {
      type?: 'text' | 'email' | 'date';
      hint?: string;
      optional?: boolean;
      autocomplete?:
        'off' | 'email' | 'name' | 'given-name' | 'family-name' | 'additional-name' | 'nickname';
    } = {},
  ) {
    const error = this.#errorFor(name, errors);
    return field({
      id: name,
      label,
      hint: o.hint,
      error,
      optional: o.optional ?? false,
      optionalLabel: this.t.common.optional,
      control: html`<input
        id=${name}
        name=${name}
        type=${o.type ?? 'text'}
        autocomplete=${o.autocomplete ?? 'off'}
        .value=${live(this.values[name])}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(name, o.hint, error) ?? nothing}
        ?required=${!o.optional}
        @input=${(e: Event) => this.#onInput(name, (e.target as HTMLInputElement).value)}
        @blur=${() => this.#onBlur(name)}
      />`,
    });
  }

  #message(errors: FieldErrors): TemplateResult {
    const error = this.#errorFor('message', errors);
    const f = this.t.fields;
    return field({
      id: 'message',
      label: f.message,
      hint: f.messageHint,
      error,
      optional: true,
      optionalLabel: this.t.common.optional,
      control: html`<textarea
        id="message"
        rows="3"
        .value=${live(this.values.message)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${`${describedBy('message', f.messageHint, error) ?? ''} message-counter`.trim()}
        @input=${(e: Event) => this.#onInput('message', (e.target as HTMLTextAreaElement).value)}
        @blur=${() => this.#onBlur('message')}
      ></textarea>`,
      extra: html`<span class="counter" id="message-counter"
        >${this.t.common.characters(this.values.message.length, MESSAGE_MAX)}</span
      >`,
    });
  }

  #select(
    name: 'role' | 'offerRoleId',
    label: string,
    placeholder: string,
    choices: { id: string; label: string }[],
    errors: FieldErrors,
  ) {
    const error = this.#errorFor(name, errors);
    return field({
      id: name,
      label,
      error,
      control: html`<select
        id=${name}
        .value=${live(this.values[name])}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(name, undefined, error) ?? nothing}
        required
        @change=${(e: Event) => {
          this.#onInput(name, (e.target as HTMLSelectElement).value);
          this.touched = new Set([...this.touched, name]);
        }}
      >
        <option value="">${placeholder}</option>
        ${choices.map((c) => html`<option value=${c.id} ?selected=${c.id === this.values[name]}>${c.label}</option>`)}
      </select>`,
    });
  }

  #renderFields(): TemplateResult {
    const errors = this.#clientErrors;
    const f = this.t.fields;
    const t = this.t.inviteForm;
    const options = this.#options.value;
    const loading = this.#options.state.status === 'loading';
    const sending = this.busy ? this.t.common.sending : undefined;
    switch (this.mode) {
      case 'project':
        return html`${this.#input('email', f.email, errors, { type: 'email', hint: f.emailHint, autocomplete: 'email' })}
          ${this.#select(
            'role',
            f.projectRole,
            loading ? this.t.common.loading : f.chooseRole,
            (options?.roles ?? []).map((r) => ({ id: r, label: this.t.roles[r] })),
            errors,
          )}
          ${this.#message(errors)}
          <div class="actions" part="actions">
            <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
              ${sending ?? t.review}
            </button>
          </div>`;
      case 'pool': {
        const lookup = this.lookup;
        return html`<div class="row">
            ${this.#input('email', f.email, errors, { type: 'email', hint: f.emailHint, autocomplete: 'email' })}
            ${this.#input('dateOfBirth', f.dateOfBirth, errors, { type: 'date', hint: f.dateOfBirthHint })}
          </div>
          ${
            lookup?.match === 'existing'
              ? html`<div id="lookup" tabindex="-1">
                  ${notice('info', t.existingProfile(lookup.person?.displayName ?? ''), [])}
                </div>`
              : nothing
          }
          ${
            lookup?.match === 'none'
              ? html`<div class="names" role="group" aria-labelledby="names-hint">
                  <p class="hint" id="names-hint">${t.newProfile} ${f.namesHint}</p>
                  <div class="row">
                    ${this.#input('firstName', f.firstName, errors, { autocomplete: 'given-name' })}
                    ${this.#input('middleNames', f.middleNames, errors, { optional: true, autocomplete: 'additional-name' })}
                    ${this.#input('lastName', f.lastName, errors, { autocomplete: 'family-name' })}
                    ${this.#input('preferredName', f.preferredName, errors, { optional: true, autocomplete: 'nickname' })}
                  </div>
                </div>`
              : nothing
          }
          ${lookup ? this.#message(errors) : nothing}
          <div class="actions" part="actions">
            <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
              ${sending ?? (lookup ? t.send : t.lookUp)}
            </button>
          </div>`;
      }
      case 'contact':
        return html`<div class="row">
            ${this.#input('name', f.name, errors, { autocomplete: 'name' })}
            ${this.#input('email', f.email, errors, { type: 'email', autocomplete: 'email' })}
          </div>
          <div class="private" role="group" aria-labelledby="private-note">
            <p class="hint" id="private-note">${this.t.common.visibleToTeam}</p>
            ${field({
              id: 'links',
              label: f.links,
              hint: f.linksHint,
              error: this.#errorFor('links', errors),
              optional: true,
              optionalLabel: this.t.common.optional,
              control: html`<textarea
                id="links"
                rows="2"
                .value=${live(this.values.links)}
                aria-invalid=${this.#errorFor('links', errors) ? 'true' : 'false'}
                aria-describedby=${describedBy('links', f.linksHint, this.#errorFor('links', errors)) ?? nothing}
                @input=${(e: Event) => this.#onInput('links', (e.target as HTMLTextAreaElement).value)}
                @blur=${() => this.#onBlur('links')}
              ></textarea>`,
            })}
            ${field({
              id: 'files',
              label: f.files,
              optional: true,
              optionalLabel: this.t.common.optional,
              control: html`<input
                id="files"
                type="file"
                multiple
                @change=${(e: Event) => this.#onFiles(e)}
              />`,
              extra: this.files.length
                ? html`<span class="hint">${this.files.join(', ')}</span>`
                : nothing,
            })}
            ${this.#input('skills', f.skills, errors, { hint: f.skillsHint, optional: true })}
          </div>
          ${this.#message(errors)}
          ${
            this.offering
              ? this.#select(
                  'offerRoleId',
                  f.job,
                  loading ? this.t.common.loading : f.chooseJob,
                  options?.jobs ?? [],
                  errors,
                )
              : nothing
          }
          <div class="actions" part="actions">
            ${
              this.offering
                ? html`<button
                      class="primary"
                      type="submit"
                      aria-disabled=${this.busy ? 'true' : 'false'}
                    >
                      ${sending ?? t.inviteAndOffer}
                    </button>
                    <button type="button" @click=${() => (this.offering = false)}>
                      ${this.t.common.cancel}
                    </button>`
                : html`<button
                      class="primary"
                      type="submit"
                      aria-disabled=${this.busy ? 'true' : 'false'}
                    >
                      ${sending ?? t.invite}
                    </button>
                    <button
                      type="button"
                      @click=${async () => {
                        this.offering = true;
                        await this.updateComplete;
                        this.renderRoot.querySelector<HTMLElement>('#offerRoleId')?.focus();
                      }}
                    >
                      ${t.inviteAndOffer}
                    </button>`
            }
          </div>`;
      default:
        return html``;
    }
  }

  #renderReview(): TemplateResult {
    const t = this.t.inviteForm;
    const back = html`<button type="button" @click=${() => this.#restart(false)}>
      ${this.t.common.back}
    </button>`;
    if (this.refusal) {
      // The rules will refuse this: say why, and offer no Send.
      const { title, text } = explain(this.refusal, this.t, this.#context);
      return notice(
        'error',
        title ?? text,
        title ? [text] : [],
        html`${back}${this.#openInvitationButton(this.refusal)}`,
        'review',
      );
    }
    const target = this.#options.value?.targetName ?? '';
    const role = (this.t.roles as Partial<Record<string, string>>)[this.values.role] ?? '';
    const person = this.check?.person;
    const line =
      this.check?.outcome === 'added' && person
        ? t.reviewAdd(person.displayName, target, role)
        : `${t.reviewInvite(this.values.email.trim(), target, role)} ${t.validFor(VALID_DAYS)}`;
    return html`<div id="review" tabindex="-1" class="review">
        <p><strong>${t.reviewTitle}</strong></p>
        <p>${line}</p>
        ${this.values.message.trim() ? html`<blockquote>${this.values.message}</blockquote>` : nothing}
      </div>
      <div class="actions" part="actions">
        <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? this.t.common.sending : t.send}
        </button>
        ${back}
      </div>`;
  }

  /** "Open the existing invitation", when a refusal names one (R13). */
  #openInvitationButton(error: unknown): TemplateResult | typeof nothing {
    const id = isInvitekitError(error) ? error.details.invitationId : undefined;
    return typeof id === 'string'
      ? html`<button type="button" @click=${() => this.#openInvitation(id)}>
          ${this.t.errors.openInvitation}
        </button>`
      : nothing;
  }

  #renderDone(done: Done): TemplateResult {
    return html`${notice(
        done.detail.outcome === 'invited' && done.lines.length > 1 ? 'warning' : 'success',
        done.title,
        done.lines,
        nothing,
        'result',
      )}
      <div class="actions" part="actions">
        <button type="button" @click=${() => this.#restart(true)}>
          ${this.t.inviteForm.another}
        </button>
      </div>`;
  }

  #renderFailure(): TemplateResult | typeof nothing {
    const error = this.failure;
    if (error === undefined) return nothing;
    const { title, text } = explain(error, this.t, this.#context);
    const actions = html`${
      retryable(error)
        ? html`<button type="button" @click=${() => void this.#onSubmit(new Event('submit'))}>
            ${this.t.common.retry}
          </button>`
        : nothing
    }${this.#openInvitationButton(error)}`;
    return notice('error', title ?? text, title ? [text] : [], actions, 'failure');
  }
}
