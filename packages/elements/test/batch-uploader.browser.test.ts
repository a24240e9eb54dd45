// <batch-uploader> driven as an admin would, with real files made in the test, against the mock
// API in this page: start a batch, drop a file, map, check, correct, invite.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/batch-uploader.js';
import type { BatchUploader } from '../src/batch-uploader/batch-uploader.js';
import {
  adminClient,
  element,
  eventFrom,
  press,
  screenOf,
  type,
  until,
  useMockApi,
} from './helpers.js';

const mock = useMockApi();

async function mount(attributes = 'pool-id="pool_safety"'): Promise<BatchUploader> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const provider = element('invitekit-provider', 'base-url="/api/v1" token="demo-admin"');
  const uploader = element('batch-uploader', attributes);
  provider.append(uploader);
  wrapper.append(provider);
  await until(() => uploader.shadowRoot?.querySelector('h2') !== null, 'rendered');
  return uploader;
}

const fileOf = (name: string, content: string | Uint8Array, type = 'text/csv') =>
  new File([content], name, { type });

/** Drops `file` on the drop zone, as a mouse user would. */
function drop(uploader: BatchUploader, file: File): void {
  const zone = uploader.shadowRoot?.querySelector('[part="drop"]');
  if (!zone) throw new Error('no drop zone');
  const data = new DataTransfer();
  data.items.add(file);
  zone.dispatchEvent(
    new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
  );
}

/** The text of the file panel's summary line (what the live region also announces). */
const summary = (uploader: BatchUploader) =>
  uploader.shadowRoot?.querySelector('.summary')?.textContent?.trim() ?? '';

const rows = (uploader: BatchUploader) => [
  ...(uploader.shadowRoot?.querySelectorAll<HTMLElement>('.body [role="row"][data-index]') ?? []),
];
const rowText = (uploader: BatchUploader) =>
  rows(uploader).map((r) => r.textContent?.replace(/\s+/g, ' ').trim() ?? '');

async function startBatch(uploader: BatchUploader, name = 'Night shift'): Promise<void> {
  const s = screenOf(uploader);
  await type(await s.findByShadowRole('textbox', { name: /Batch name/ }), name);
  (await s.findByShadowRole('button', { name: 'Start batch' })).click();
  await s.findByShadowText(/Drop a CSV/);
}

const header = 'Email,Date of birth,First name,Middle names,Last name,Preferred name,Mobile\n';

describe('<batch-uploader> (R14–R18)', () => {
  it('R14, R16, R17, R18: start a batch, drop a file, check it, correct a row, invite all valid rows', async () => {
    const uploader = await mount();
    const s = screenOf(uploader);
    await expect(uploader).to.be.accessible();
    await startBatch(uploader);
    await expect(uploader).to.be.accessible();
    drop(
      uploader,
      fileOf(
        'people.csv',
        header +
          'ana.new@example.net,03/04/1990,Ana,,Nguyen,,0412 345 678\n' +
          'bo.new@example.net,31/02/1990,Bo,,Smith,,\n' +
          'cy.new@example.net,1988-11-30,Cy,,Jones,,+61 412 999 888\n',
      ),
    );
    await until(() => summary(uploader) === '3 rows: 2 ready, 1 with problems.', 'file checked');
    expect(
      (await s.findByShadowRole('combobox', { name: 'Column for Email' })) as HTMLSelectElement,
    ).to.have.property('value', '0');
    expect(rowText(uploader)[1]).to.match(/Not a real date/);
    await expect(uploader).to.be.accessible();
    const checked = await eventFrom(uploader, 'invitekit-rows-checked', async () =>
      (await s.findByShadowRole('button', { name: 'Upload and check 3 rows' })).click(),
    );
    expect(checked.entries.map((e) => [e.line, e.check])).to.deep.equal([
      [2, 'new'],
      [3, 'invalid'],
      [4, 'new'],
    ]);
    expect(checked.entries[0]?.details.dateOfBirth).to.equal('1990-04-03');
    expect(checked.entries[0]?.details.mobile).to.equal('+61412345678');
    await s.findByShadowRole('tab', { name: 'Uploaded 3' });
    await expect(uploader).to.be.accessible();
    // Correct row 3 in place (R17).
    (await s.findByShadowRole('button', { name: /Actions for Bo Smith/ })).click();
    (await s.findByShadowRole('menuitem', { name: 'Correct' })).click();
    const dob = (await s.findByShadowRole('textbox', {
      name: /Date of birth/,
    })) as HTMLInputElement;
    await until(() => uploader.shadowRoot?.activeElement === dob, 'focus on the date');
    expect(dob.value).to.equal('31/02/1990');
    dob.select();
    await type(dob, '28/02/1990');
    await expect(uploader).to.be.accessible();
    const corrected = await eventFrom(uploader, 'invitekit-row-corrected', async () =>
      (await s.findByShadowRole('button', { name: 'Save and check again' })).click(),
    );
    expect(corrected.entry?.check).to.equal('new');
    expect(corrected.entry?.details.dateOfBirth).to.equal('1990-02-28');
    // Focus goes back to the corrected row.
    await until(
      () =>
        uploader.shadowRoot?.activeElement?.getAttribute('aria-label') ===
        'Row 3: Bo Smith (bo.new@example.net)',
      'focus back on row 3',
    );
    expect(rowText(uploader)[1]).to.match(/New person/);
    // Invite all valid rows with a message (R18).
    await type(await s.findByShadowRole('textbox', { name: /Personal message/ }), 'Welcome aboard');
    const invited = await eventFrom(uploader, 'invitekit-batch-invited', async () =>
      (await s.findByShadowRole('button', { name: 'Invite all valid rows (3)' })).click(),
    );
    expect(invited.failed).to.deep.equal([]);
    expect(invited.entries.map((e) => e.stage)).to.deep.equal(['invited', 'invited', 'invited']);
    await s.findByShadowRole('tab', { name: 'Invited 3' });
    await s.findByShadowRole('tab', { name: 'Uploaded 0' });
    expect(
      mock()
        .outbox('ana.new@example.net')
        .some((m) => m.text.includes('Welcome aboard')),
    ).to.equal(true);
    const list = await adminClient().invitations.list({ q: 'new@example.net', limit: 50 });
    expect(list.items.filter((i) => i.kind === 'pool').length).to.equal(3);
    await expect(uploader).to.be.accessible();
  });
});

void press;
