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

const fileOf = (name: string, content: string | Uint8Array<ArrayBuffer>, type = 'text/csv') =>
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

/** A batch made through the API, and the uploader opened on it. */
async function openOn(extra = ''): Promise<BatchUploader> {
  const batch = await adminClient().pools.createBatch('pool_safety', 'Test batch');
  const uploader = await mount(`pool-id="pool_safety" batch-id="${batch.id}" ${extra}`);
  await screenOf(uploader).findByShadowText(/Drop a CSV/);
  return uploader;
}

/** Drops a file and waits until every row is read and checked in the browser. */
async function dropAndRead(uploader: BatchUploader, file: File): Promise<void> {
  drop(uploader, file);
  await until(() => summary(uploader) !== '', `${file.name} read`);
}

/** Bytes in Windows-1252 for text made of ASCII and a few Western characters. */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, é: 0xe9, ü: 0xfc, ö: 0xf6 };
  return new Uint8Array([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

async function discard(uploader: BatchUploader): Promise<void> {
  const s = screenOf(uploader);
  (await s.findByShadowRole('button', { name: 'Discard this file' })).click();
  await s.findByShadowText(/Drop a CSV/);
}

const select = async (uploader: BatchUploader, name: string | RegExp, value: string) => {
  const control = (await screenOf(uploader).findByShadowRole('combobox', { name })) as HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('<batch-uploader> reading files (R16)', () => {
  it('R16: a UTF-8 file with a byte-order mark, and a Windows-1252 one ("José Müller", "O’Brien", "€") read without garbling; the encoding can be switched', async () => {
    const uploader = await openOn();
    const s = screenOf(uploader);
    await dropAndRead(
      uploader,
      fileOf('bom.csv', `\ufeff${header}jose@example.net,1990-04-03,José,,Müller,,\n`),
    );
    expect(rowText(uploader)[0]).to.include('José Müller');
    expect(((await s.findByShadowRole('combobox', { name: /Encoding/ })) as HTMLSelectElement).value).to.equal('utf-8');
    await discard(uploader);
    await dropAndRead(
      uploader,
      fileOf('excel.csv', windows1252(`${header}jose@example.net,1990-04-03,José,,Müller,,\nob@example.net,1991-01-02,Seán,,O’Brien,€uro,\n`)),
    );
    expect(rowText(uploader)[0]).to.include('José Müller');
    expect(rowText(uploader)[1]).to.include('O’Brien');
    expect(uploader.shadowRoot?.querySelector('.preview')?.textContent).to.include('€uro');
    await s.findByShadowText(/not UTF-8, so we read it as Windows-1252/);
    await expect(uploader).to.be.accessible();
    await select(uploader, /Encoding/, 'utf-8');
    await until(() => rowText(uploader)[0]?.includes('Jos\ufffd') === true, 'read as UTF-8');
    await select(uploader, /Encoding/, 'windows-1252');
    await until(() => rowText(uploader)[0]?.includes('José Müller') === true, 'read as Windows-1252 again');
  });

  it('R16: semicolons, quoted line breaks, uneven rows and a malformed quote (reported by line; the rest of the file goes on)', async () => {
    const uploader = await openOn();
    const s = screenOf(uploader);
    await dropAndRead(
      uploader,
      fileOf(
        'semi.csv',
        'E-mail;DOB;First name;Last name;Mobile\n' +
          'a@example.net;1990-01-01;Ann;"Lee\nSmith";\n' +
          'b@example.net;1990-01-02;Bob\n' +
          'c@example.net;1990-01-03;"Cy "the" Ray;Ray;;extra\n' +
          'd@example.net;1990-01-04;Dee;Doe;\n',
      ),
    );
    expect(((await s.findByShadowRole('combobox', { name: 'Separator' })) as HTMLSelectElement).value).to.equal(';');
    await s.findByShadowText(/Line 5 of the file has a quote that is not closed properly/);
    const text = rowText(uploader);
    expect(text.length).to.equal(4);
    expect(text[0]).to.match(/^2 Ann Lee\sSmith/);
    expect(text[1]).to.match(/^3 .*Last name is missing/);
    expect(text[2]).to.match(/^4 .*A quote on line 5 of the file is not closed/);
    expect(text[2]).to.match(/more cell than the header/);
    expect(text[3]).to.match(/^5 Dee Doe/);
    expect(summary(uploader)).to.equal('4 rows: 2 ready, 2 with problems.');
  });

  it('R16: headers matched by their synonyms (E-mail, DOB, Mobile) and never by lookalikes ("Email consent"); a required field left unmapped blocks with a message', async () => {
    const uploader = await openOn();
    const s = screenOf(uploader);
    await dropAndRead(
      uploader,
      fileOf('synonyms.csv', 'Email consent,Given name,Surname,Birthday,Cell\nyes,Ann,Lee,1990-01-01,0412 345 678\n'),
    );
    const email = (await s.findByShadowRole('combobox', { name: 'Column for Email' })) as HTMLSelectElement;
    expect(email.value).to.equal('-1');
    expect(((await s.findByShadowRole('combobox', { name: 'Column for Mobile' })) as HTMLSelectElement).value).to.equal('4');
    await s.findByShadowText('Choose a column for Email to continue.', { selector: '.notice strong' });
    const upload = await s.findByShadowRole('button', { name: 'Upload and check 1 row' });
    expect(upload.getAttribute('aria-disabled')).to.equal('true');
    await expect(uploader).to.be.accessible();
    await select(uploader, 'Column for Email', '0');
    await until(() => rowText(uploader)[0]?.includes('Not an email address') === true, 'remapped');
    expect(upload.getAttribute('aria-disabled')).to.equal('false');
  });

  it('R16: dates day-first or month-first by column (a part over 12 decides), an all-ambiguous column asked (day-first by default), Excel serials converted, the file’s text shown beside, 31/02 refused', async () => {
    const uploader = await openOn();
    const s = screenOf(uploader);
    const people = (dates: string[]) =>
      header + dates.map((d, i) => `p${i}@example.net,${d},P,,Q${i},,\n`).join('');
    await dropAndRead(uploader, fileOf('dmy.csv', people(['25/12/1990', '03/04/1990', '35771'])));
    expect(rowText(uploader)[1]).to.include('1990-04-03from “03/04/1990”');
    expect(rowText(uploader)[2]).to.include('1997-12-07from “35771”');
    expect(s.queryByShadowRole('radiogroup')).to.equal(null);
    await discard(uploader);
    await dropAndRead(uploader, fileOf('mdy.csv', people(['12/25/1990', '03/04/1990', '02/31/1990'])));
    expect(rowText(uploader)[1]).to.include('1990-03-04');
    expect(rowText(uploader)[2]).to.include('Not a real date');
    await discard(uploader);
    await dropAndRead(uploader, fileOf('both.csv', people(['03/04/1990', '05/06/1991'])));
    const dayFirst = (await s.findByShadowRole('radio', { name: /Day first/ })) as HTMLInputElement;
    expect(dayFirst.checked).to.equal(true);
    expect(rowText(uploader)[0]).to.include('1990-04-03');
    await expect(uploader).to.be.accessible();
    (await s.findByShadowRole('radio', { name: /Month first/ })).click();
    await until(() => rowText(uploader)[0]?.includes('1990-03-04') === true, 'read month first');
  });

  it('R16: an all-ambiguous column reads month first when date-format="mdy"', async () => {
    const uploader = await openOn('date-format="mdy"');
    await dropAndRead(uploader, fileOf('us.csv', `${header}us@example.net,03/04/1990,U,,S,,\n`));
    expect(rowText(uploader)[0]).to.include('1990-03-04');
    expect(((await screenOf(uploader).findByShadowRole('radio', { name: /Month first/ })) as HTMLInputElement).checked).to.equal(true);
  });

  it('R16: mobiles to E.164 with the default country (00 read as +), 564-564-5644 never a date, 6.14123E+10 reported as damaged by Excel, duplicate emails within the file', async () => {
    const uploader = await openOn();
    await dropAndRead(
      uploader,
      fileOf(
        'phones.csv',
        header +
          'a@example.net,1990-01-01,A,,One,,0412 345 678\n' +
          'b@example.net,1990-01-01,B,,Two,,0061 412 345 679\n' +
          'c@example.net,1990-01-01,C,,Three,,564-564-5644\n' +
          'd@example.net,1990-01-01,D,,Four,,6.14123E+10\n' +
          'A@Example.net,1990-01-01,A,,Again,,\n',
      ),
    );
    const text = rowText(uploader);
    expect(text[0]).to.include('+61412345678from “0412 345 678”');
    expect(text[1]).to.include('+61412345679');
    expect(text[2]).to.include('1990-01-01 564-564-5644 Not checked yet Mobile: Not a mobile number');
    expect(text[3]).to.include('Excel turned this number into 6.14123E+10');
    expect(text[4]).to.include('The same email as row 2');
    const us = await openOn('default-country="US"');
    await dropAndRead(us, fileOf('us.csv', `${header}c@example.net,1990-01-01,C,,Three,,564-564-5644\n`));
    expect(rowText(us)[0]).to.include('+15645645644from “564-564-5644”');
  });

  it('R16: an empty file, a header-only file, a binary file renamed .csv and a file over max-file-size each get a clear message; max-rows reads the first rows and says so', async () => {
    const uploader = await openOn('max-file-size="2000" max-rows="2"');
    const s = screenOf(uploader);
    const expectFatal = async (file: File, message: RegExp) => {
      drop(uploader, file);
      await s.findByShadowText(message);
      await expect(uploader).to.be.accessible();
      (await s.findByShadowRole('button', { name: 'Close' })).click();
      await s.findByShadowText(/Drop a CSV/);
    };
    await expectFatal(fileOf('empty.csv', ''), /This file is empty/);
    await expectFatal(fileOf('header.csv', header), /a header row but no people/);
    await expectFatal(fileOf('photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])), /looks like a binary file/);
    drop(uploader, fileOf('big.csv', header + 'x'.repeat(3000)));
    await s.findByShadowText(/This file is larger than 2 kB/, { selector: '.notice strong' });
    await dropAndRead(
      uploader,
      fileOf('three.csv', `${header}a@example.net,1990-01-01,A,,B,,\nb@example.net,1990-01-01,A,,B,,\nc@example.net,1990-01-01,A,,B,,\n`),
    );
    await s.findByShadowText(/Only the first 2 of 3 rows were read/);
    expect(rowText(uploader).length).to.equal(2);
  });
});
