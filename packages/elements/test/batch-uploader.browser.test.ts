// <batch-uploader> driven as an admin would, with real files made in the test, against the mock
// API in this page: start a batch, drop a file, map, check, correct, invite.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/batch-uploader.js';
import type { BatchUploader } from '../src/batch-uploader/batch-uploader.js';
import { peopleWorkbook } from './xlsx-fixture.js';
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

// The first request for the reading worker bundles it (as a host's bundler would): not on a test's clock.
before(async function () {
  this.timeout(60_000);
  await fetch(new URL('../src/batch-uploader/parse.worker.js', import.meta.url));
});

async function mount(attributes = 'pool-id="pool_safety"', lang = 'en'): Promise<BatchUploader> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
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
      await s.findByShadowRole<HTMLSelectElement>('combobox', { name: 'Column for Email' }),
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
    const dob = await s.findByShadowRole<HTMLInputElement>('textbox', {
      name: /Date of birth/,
    });
    await until(() => uploader.shadowRoot?.activeElement === dob, 'focus on the date');
    expect(dob.value).to.equal('31/02/1990');
    // The form stands beside its row: just below it (or just above when there is no room).
    const form = uploader.shadowRoot?.querySelector('form.editor')?.getBoundingClientRect();
    const row = rows(uploader)[1]?.getBoundingClientRect();
    expect(
      form && row && Math.min(Math.abs(form.top - row.bottom), Math.abs(form.bottom - row.top)),
    ).to.be.lessThan(8);
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
        'Row 3: Bo Smith · bo.new@example.net',
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

  it('speaks French when the page does: its steps, columns matched by their French names, problems and numbers', async () => {
    const uploader = await mount('pool-id="pool_safety"', 'fr');
    const s = screenOf(uploader);
    await type(await s.findByShadowRole('textbox', { name: /Nom du lot/ }), 'Équipe de nuit');
    (await s.findByShadowRole('button', { name: 'Commencer le lot' })).click();
    await s.findByShadowText(/Déposez ici un fichier/);
    drop(
      uploader,
      fileOf(
        'personnes.csv',
        'E-mail;Date de naissance;Prénom;Autres prénoms;Nom;Nom d’usage;Mobile\n' +
          'lea.fr@example.net;03/04/1990;Léa;;Dubois;;0412 345 678\n' +
          'marc.fr@example.net;31/02/1990;Marc;;Petit;;\n',
      ),
    );
    await until(() => summary(uploader) === '2 lignes : 1 prête, 1 avec des problèmes.', 'lu');
    for (const [field, column] of [
      ['E-mail', '0'],
      ['Date de naissance', '1'],
      ['Nom d’usage', '5'],
    ])
      expect(
        (await s.findByShadowRole<HTMLSelectElement>('combobox', { name: `Colonne pour ${field}` }))
          .value,
      ).to.equal(column);
    expect(rowText(uploader)[1]).to.include('Cette date n’existe pas');
    await expect(uploader).to.be.accessible();
    (await s.findByShadowRole('button', { name: 'Importer et vérifier 2 lignes' })).click();
    await s.findByShadowRole('tab', { name: 'Importées 2' });
    await s.findByShadowRole('row', { name: 'Ligne 2 : Léa Dubois · lea.fr@example.net' });
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
  return new Uint8Array(Array.from(text, (ch) => special[ch] ?? ch.charCodeAt(0)));
}

async function discard(uploader: BatchUploader): Promise<void> {
  const s = screenOf(uploader);
  (await s.findByShadowRole('button', { name: 'Discard this file' })).click();
  await s.findByShadowText(/Drop a CSV/);
}

const select = async (uploader: BatchUploader, name: string | RegExp, value: string) => {
  const control = await screenOf(uploader).findByShadowRole<HTMLSelectElement>('combobox', {
    name,
  });
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
    expect(
      (await s.findByShadowRole<HTMLSelectElement>('combobox', { name: /Encoding/ })).value,
    ).to.equal('utf-8');
    await discard(uploader);
    await dropAndRead(
      uploader,
      fileOf(
        'excel.csv',
        windows1252(
          `${header}jose@example.net,1990-04-03,José,,Müller,,\nob@example.net,1991-01-02,Seán,,O’Brien,€uro,\n`,
        ),
      ),
    );
    expect(rowText(uploader)[0]).to.include('José Müller');
    expect(rowText(uploader)[1]).to.include('O’Brien');
    expect(uploader.shadowRoot?.querySelector('.preview')?.textContent).to.include('€uro');
    await s.findByShadowText(/not UTF-8, so we read it as Windows-1252/);
    await expect(uploader).to.be.accessible();
    await select(uploader, /Encoding/, 'utf-8');
    await until(() => rowText(uploader)[0]?.includes('Jos\ufffd') === true, 'read as UTF-8');
    await select(uploader, /Encoding/, 'windows-1252');
    await until(
      () => rowText(uploader)[0]?.includes('José Müller') === true,
      'read as Windows-1252 again',
    );
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
    expect(
      (await s.findByShadowRole<HTMLSelectElement>('combobox', { name: 'Separator' })).value,
    ).to.equal(';');
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
      fileOf(
        'synonyms.csv',
        'Email consent,Given name,Surname,Birthday,Cell\nyes,Ann,Lee,1990-01-01,0412 345 678\n',
      ),
    );
    const email = await s.findByShadowRole<HTMLSelectElement>('combobox', {
      name: 'Column for Email',
    });
    expect(email.value).to.equal('-1');
    expect(
      (await s.findByShadowRole<HTMLSelectElement>('combobox', { name: 'Column for Mobile' }))
        .value,
    ).to.equal('4');
    await s.findByShadowText('Choose a column for Email to continue.', {
      selector: '.notice strong',
    });
    const upload = await s.findByShadowRole('button', { name: 'Upload and check 1 row' });
    expect(upload.getAttribute('aria-disabled')).to.equal('true');
    await expect(uploader).to.be.accessible();
    await select(uploader, 'Column for Email', '0');
    await until(() => rowText(uploader)[0]?.includes('Not an email address') === true, 'remapped');
    await until(() => upload.getAttribute('aria-disabled') === 'false', 'upload allowed');
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
    await dropAndRead(
      uploader,
      fileOf('mdy.csv', people(['12/25/1990', '03/04/1990', '02/31/1990'])),
    );
    expect(rowText(uploader)[1]).to.include('1990-03-04');
    expect(rowText(uploader)[2]).to.include('Not a real date');
    await discard(uploader);
    await dropAndRead(uploader, fileOf('both.csv', people(['03/04/1990', '05/06/1991'])));
    const dayFirst = await s.findByShadowRole<HTMLInputElement>('radio', { name: /Day first/ });
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
    expect(
      (
        await screenOf(uploader).findByShadowRole<HTMLInputElement>('radio', {
          name: /Month first/,
        })
      ).checked,
    ).to.equal(true);
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
    expect(text[2]).to.include(
      '1990-01-01 564-564-5644 Not checked yet Mobile: Not a mobile number',
    );
    expect(text[3]).to.include('Excel turned this number into 6.14123E+10');
    expect(text[4]).to.include('The same email as row 2');
    const us = await openOn('default-country="US"');
    await dropAndRead(
      us,
      fileOf('us.csv', `${header}c@example.net,1990-01-01,C,,Three,,564-564-5644\n`),
    );
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
    await expectFatal(
      fileOf('photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])),
      /looks like a binary file/,
    );
    drop(uploader, fileOf('big.csv', header + 'x'.repeat(3000)));
    await s.findByShadowText(/This file is larger than 2 kB/, { selector: '.notice strong' });
    await dropAndRead(
      uploader,
      fileOf(
        'three.csv',
        `${header}a@example.net,1990-01-01,A,,B,,\nb@example.net,1990-01-01,A,,B,,\nc@example.net,1990-01-01,A,,B,,\n`,
      ),
    );
    await s.findByShadowText(/Only the first 2 of 3 rows were read/);
    expect(rowText(uploader).length).to.equal(2);
  });
});

/** A seeded person with this account status (and, optionally, in this pool), with every detail. */
async function seeded(status: 'active' | 'disabled', poolId?: string) {
  const page = await adminClient().people.list({
    status: [status],
    limit: 1,
    ...(poolId ? { poolId } : {}),
  });
  const person = page.items[0];
  if (!person) throw new Error(`no ${status} person`);
  return adminClient().people.get(person.id);
}

const csvLine = (p: {
  email: string;
  dateOfBirth: string | null;
  firstName: string;
  middleNames: string;
  lastName: string;
}) => `${p.email},${p.dateOfBirth ?? ''},${p.firstName},${p.middleNames},${p.lastName},,\n`;

async function poolInvitations(email: string) {
  const page = await adminClient().invitations.list({ q: email, limit: 50 });
  return page.items.filter(
    (i) => i.kind === 'pool' && i.email === email && i.targetId === 'pool_safety',
  );
}

async function uploadAll(uploader: BatchUploader, rows: number): Promise<void> {
  const s = screenOf(uploader);
  (
    await s.findByShadowRole('button', {
      name: `Upload and check ${rows} ${rows === 1 ? 'row' : 'rows'}`,
    })
  ).click();
  await until(
    () => s.queryByShadowRole('tab', { name: `Uploaded ${rows}` }) !== null,
    'checked by the API',
  );
}

describe('<batch-uploader> .xlsx (R16)', () => {
  it('R16: an .xlsx workbook: the first sheet, a sheet picker for the others, date cells and serials in the workbook’s date system, numbers as text', async () => {
    const uploader = await openOn();
    const s = screenOf(uploader);
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await dropAndRead(uploader, fileOf('people.xlsx', peopleWorkbook(true), type));
    const sheet = await s.findByShadowRole<HTMLSelectElement>('combobox', { name: 'Sheet' });
    expect([...sheet.options].map((o) => o.text.trim())).to.deep.equal(['People', 'Notes']);
    const text = rowText(uploader);
    expect(text[0]).to.match(
      /^2 José Müller & Sons <3 €jose@example\.net 1989-12-29 \+61412345678from “61412345678”/,
    );
    expect(text[1]).to.include('1983-05-26');
    expect(text[1]).to.include('#N/A');
    expect(text[2]).to.include('2001-12-08from “35771”');
    await expect(uploader).to.be.accessible();
    await select(uploader, 'Sheet', '1');
    await until(
      () =>
        rowText(uploader).length === 1 &&
        rowText(uploader)[0]?.includes('ann@example.net') === true,
      'second sheet',
    );
    await s.findByShadowText(
      /Choose a column for Date of birth, First name, Last name to continue/,
      { selector: '.notice strong' },
    );
  });
});

describe('<batch-uploader> inviting (R18–R20)', () => {
  it('R18, R19: a partial failure says which rows failed and why; the retry sends just those and invites nobody twice; someone in another pool goes straight to Accepted', async () => {
    const member = await seeded('active', 'pool_civil');
    const disabled = await seeded('disabled');
    const uploader = await openOn('chunk-size="2"');
    const s = screenOf(uploader);
    await dropAndRead(
      uploader,
      fileOf(
        'mixed.csv',
        header +
          'ann.retry@example.net,1990-01-01,Ann,,Retry,,\n' +
          'ben.retry@example.net,1990-01-02,Ben,,Retry,,\n' +
          csvLine(member) +
          csvLine(disabled),
      ),
    );
    await uploadAll(uploader, 4);
    // The first request's work is done, but its answer is lost (each retry's answer too).
    mock().faults.rules.push({ route: 'inviteBatch', mode: 'drop', times: 3 });
    const first = await eventFrom(uploader, 'invitekit-batch-invited', async () =>
      (await s.findByShadowRole('button', { name: 'Invite all valid rows (4)' })).click(),
    );
    expect(first.entries.map((e) => [e.details.email, e.stage])).to.deep.equal([
      [member.email, 'accepted'],
    ]);
    expect(first.failed.map((f) => f.line)).to.deep.equal([2, 3, 5]);
    const notice =
      uploader.shadowRoot
        ?.querySelector('.notice[data-tone="warning"]')
        ?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(notice).to.include('0 invited, 1 added straight away, 3 failed.');
    expect(notice).to.include(
      'Row 2 (Ann Retry · ann.retry@example.net): We could not reach the server',
    );
    expect(notice).to.include(
      `Row 5 (${disabled.firstName} ${disabled.lastName} · ${disabled.email}): Inactive user`,
    );
    await s.findByShadowRole('tab', { name: 'Accepted 1' });
    await expect(uploader).to.be.accessible();
    mock().faults.rules.length = 0;
    const second = await eventFrom(uploader, 'invitekit-batch-invited', async () =>
      (await s.findByShadowRole('button', { name: 'Retry the 3 failed rows' })).click(),
    );
    expect(second.entries.map((e) => e.details.email).sort()).to.deep.equal([
      'ann.retry@example.net',
      'ben.retry@example.net',
    ]);
    expect(second.failed.map((f) => f.line)).to.deep.equal([5]);
    await s.findByShadowRole('tab', { name: 'Invited 2' });
    for (const email of ['ann.retry@example.net', 'ben.retry@example.net']) {
      expect((await poolInvitations(email)).length).to.equal(1);
      expect(
        mock()
          .outbox(email)
          .filter((m) => m.rule === 'R18').length,
      ).to.equal(1);
    }
    expect(await poolInvitations(member.email)).to.deep.equal([]);
  });

  it('R14, R18: a reload in the middle of inviting loses nothing: the batch reopens with its counts and the rest are invited, nobody twice', async () => {
    const batch = await adminClient().pools.createBatch('pool_safety', 'Reloaded');
    let uploader = await mount(`pool-id="pool_safety" batch-id="${batch.id}" chunk-size="1"`);
    const s = screenOf(uploader);
    await s.findByShadowText(/Drop a CSV/);
    const emails = ['r1.reload@example.net', 'r2.reload@example.net', 'r3.reload@example.net'];
    await dropAndRead(
      uploader,
      fileOf(
        'reload.csv',
        header + emails.map((e, i) => `${e},1990-01-0${i + 1},R,,Load${i},,\n`).join(''),
      ),
    );
    await uploadAll(uploader, 3);
    mock().setLatency(200);
    (await s.findByShadowRole('button', { name: 'Invite all valid rows (3)' })).click();
    await until(
      () => uploader.shadowRoot?.querySelector('progress')?.value === 1,
      'first row invited',
    );
    mock().faults.rules.push({ route: 'inviteBatch', mode: 'hang' });
    await until(
      () =>
        mock().faults.rules.length === 0 ||
        uploader.shadowRoot?.querySelector('progress')?.value === 1,
      'second on its way',
    );
    // The page goes away (its requests with it) and comes back on the same batch.
    const provider = uploader.parentElement as HTMLElement;
    uploader.remove();
    mock().faults.rules.length = 0;
    mock().setLatency(0);
    uploader = element('batch-uploader', `pool-id="pool_safety" batch-id="${batch.id}"`);
    provider.append(uploader);
    const again = screenOf(uploader);
    await again.findByShadowRole('tab', { name: 'Invited 1' });
    await again.findByShadowRole('tab', { name: 'Uploaded 2' });
    await expect(uploader).to.be.accessible();
    await eventFrom(uploader, 'invitekit-batch-invited', async () =>
      (await again.findByShadowRole('button', { name: 'Invite all valid rows (2)' })).click(),
    );
    await again.findByShadowRole('tab', { name: 'Invited 3' });
    for (const email of emails) expect((await poolInvitations(email)).length).to.equal(1);
  });

  it('R14: a batch is reopened from the start step with its counts', async () => {
    const batch = await adminClient().pools.createBatch('pool_safety', 'Reopen me');
    await adminClient().batches.upload(batch.id, [
      { email: 'x.reopen@example.net', dateOfBirth: '1990-01-01', firstName: 'X', lastName: 'Y' },
    ]);
    const uploader = await mount();
    const s = screenOf(uploader);
    const reopen = await s.findByShadowRole('button', { name: 'Reopen Reopen me' });
    expect(reopen.closest('li')?.textContent?.replace(/\s+/g, ' ')).to.include(
      '1 uploaded · 0 invited · 0 accepted',
    );
    const opened = await eventFrom(uploader, 'invitekit-batch-opened', () => reopen.click());
    expect([opened.batch.id, opened.created]).to.deep.equal([batch.id, false]);
    await s.findByShadowRole('tab', { name: 'Uploaded 1' });
    expect(rowText(uploader)[0]).to.include('x.reopen@example.net');
  });
});

describe('<batch-uploader> the same file again, and a reload mid-check (R16)', () => {
  const people = (emails: string[]) =>
    header + emails.map((e, i) => `${e},1990-02-0${i + 1},Re,,Load${i},,\n`).join('');

  it('R16: the same file dropped again into its batch: the rows already there are recognised, not uploaded twice nor called duplicates of themselves', async () => {
    const uploader = await openOn();
    const s = screenOf(uploader);
    const emails = ['a.again@example.net', 'b.again@example.net', 'c.again@example.net'];
    await dropAndRead(uploader, fileOf('again.csv', people(emails)));
    await uploadAll(uploader, 3);
    await dropAndRead(uploader, fileOf('again.csv', people([...emails, 'd.again@example.net'])));
    const checked = await eventFrom(uploader, 'invitekit-rows-checked', async () =>
      (await s.findByShadowRole('button', { name: 'Upload and check 4 rows' })).click(),
    );
    expect(checked.entries.map((e) => e.details.email)).to.deep.equal(['d.again@example.net']);
    await s.findByShadowText(/3 rows of this file were already in this batch/);
    await s.findByShadowRole('tab', { name: 'Uploaded 4' });
    expect(rowText(uploader).some((r) => r.includes('already in the batch'))).to.equal(false);
    expect((await adminClient().batches.get(checked.batch?.id ?? '')).entries.length).to.equal(4);
  });

  it('R14, R16: a reload in the middle of the check: the batch reopens saying how far it got, and the same file checks the rest, the rows already in the batch recognised', async () => {
    const batch = await adminClient().pools.createBatch('pool_safety', 'Reloaded check');
    let uploader = await mount(`pool-id="pool_safety" batch-id="${batch.id}"`);
    await screenOf(uploader).findByShadowText(/Drop a CSV/);
    const emails = ['r1.check@example.net', 'r2.check@example.net', 'r3.check@example.net'];
    await dropAndRead(uploader, fileOf('first.csv', people(emails.slice(0, 1))));
    await uploadAll(uploader, 1);
    await dropAndRead(uploader, fileOf('check.csv', people(emails)));
    // The check's request never gets an answer (nor does its work) before the page goes away.
    mock().faults.rules.push({ route: 'uploadRows', mode: 'hang', times: 1 });
    (
      await screenOf(uploader).findByShadowRole('button', { name: 'Upload and check 3 rows' })
    ).click();
    await until(() => mock().faults.rules.length === 0, 'the request is on its way');
    const provider = uploader.parentElement as HTMLElement;
    uploader.remove();
    uploader = element('batch-uploader', `pool-id="pool_safety" batch-id="${batch.id}"`);
    provider.append(uploader);
    const s = screenOf(uploader);
    await s.findByShadowText(/The check of check\.csv stopped after 0 of 3 rows/);
    await s.findByShadowRole('tab', { name: 'Uploaded 1' });
    await expect(uploader).to.be.accessible();
    await dropAndRead(uploader, fileOf('check.csv', people(emails)));
    const checked = await eventFrom(uploader, 'invitekit-rows-checked', async () =>
      (await s.findByShadowRole('button', { name: 'Upload and check 3 rows' })).click(),
    );
    expect(checked.entries.map((e) => e.details.email)).to.deep.equal(emails.slice(1));
    await s.findByShadowText(/1 row of this file was already in this batch/);
    const entries = (await adminClient().batches.get(batch.id)).entries;
    expect(entries.map((e) => e.details.email).sort()).to.deep.equal(emails);
    await s.findByShadowRole('tab', { name: 'Uploaded 3' });
    expect(s.queryByShadowText(/stopped after/)).to.equal(null);
  });
});

describe('<batch-uploader> review (R17)', () => {
  it('R17: keyboard only — rows by arrows, Space selects, the row menu and the correction by keys, tabs by arrows; remove after a confirm', async () => {
    const uploader = await openOn();
    const s = screenOf(uploader);
    await dropAndRead(
      uploader,
      fileOf(
        'keys.csv',
        header +
          ['k1', 'k2', 'k3']
            .map((k, i) => `${k}@example.net,1990-01-0${i + 1},K,,${k},,\n`)
            .join('') +
          'bad,1990-01-09,Bad,,Row,,\n',
      ),
    );
    await uploadAll(uploader, 4);
    rows(uploader)[0]?.focus();
    await press('ArrowDown');
    await until(
      () => uploader.shadowRoot?.activeElement?.getAttribute('data-index') === '1',
      'row 2 focused',
    );
    await press(' ');
    await press('ArrowDown');
    await press(' ');
    expect(
      rows(uploader).filter((r) => r.getAttribute('aria-selected') === 'true').length,
    ).to.equal(2);
    await s.findByShadowRole('button', { name: 'Invite selected (2)' });
    // The menu of the last row (bad email): Correct.
    await press('End');
    await until(
      () => uploader.shadowRoot?.activeElement?.getAttribute('data-index') === '3',
      'last row',
    );
    await press('Tab');
    await press('Tab');
    expect(uploader.shadowRoot?.activeElement?.getAttribute('aria-label')).to.match(
      /^Actions for Bad Row/,
    );
    await press('ArrowDown');
    await until(
      () => uploader.shadowRoot?.activeElement?.textContent?.trim() === 'Correct',
      'menu open',
    );
    await press('Enter');
    const email = await s.findByShadowRole<HTMLInputElement>('textbox', { name: /^Email/ });
    await until(() => uploader.shadowRoot?.activeElement === email, 'focus on the bad field');
    await press('Escape');
    await until(
      () =>
        s.queryByShadowRole('form') === null &&
        uploader.shadowRoot?.activeElement?.getAttribute('data-index') === '3',
      'editor closed, focus back',
    );
    // Remove the two selected rows, confirming with Enter.
    (await s.findByShadowRole('button', { name: 'Remove selected (2)' })).focus();
    await press('Enter');
    await s.findByShadowRole('alertdialog', { name: /Remove 2 rows/ });
    await expect(uploader).to.be.accessible();
    await until(
      () => uploader.shadowRoot?.activeElement?.textContent?.trim() === 'Remove',
      'focus on Remove',
    );
    const removed = await eventFrom(uploader, 'invitekit-rows-removed', () => press('Enter'));
    expect(removed.lines).to.deep.equal([3, 4]);
    await s.findByShadowRole('tab', { name: 'Uploaded 2' });
    expect((await adminClient().batches.get(removed.batch?.id ?? '')).entries.length).to.equal(2);
    // Tabs move with the arrow keys.
    (await s.findByShadowRole('tab', { name: 'Uploaded 2' })).focus();
    await press('ArrowRight');
    await until(
      () => uploader.shadowRoot?.activeElement?.getAttribute('data-tab') === 'invited',
      'Invited tab',
    );
    expect(
      (await s.findByShadowRole('tab', { name: 'Invited 0' })).getAttribute('aria-selected'),
    ).to.equal('true');
  });

  it('R17: only rows with problems, and their export as CSV with reasons, formula-safe', async () => {
    const uploader = await openOn();
    const s = screenOf(uploader);
    await dropAndRead(
      uploader,
      fileOf(
        'export.csv',
        `${header}ok@example.net,1990-01-01,Ok,,Fine,,\n=HYPERLINK("x"),1990-01-01,=1+1,,Evil,,\n`,
      ),
    );
    const only = await s.findByShadowRole('checkbox', { name: 'Only rows with problems (1)' });
    only.click();
    await until(() => rowText(uploader).length === 1, 'filtered');
    expect(rowText(uploader)[0]).to.include('Not an email address');
    const exported = await eventFrom(uploader, 'invitekit-export', async () => {
      uploader.addEventListener('invitekit-export', (e) => e.preventDefault(), { once: true });
      (await s.findByShadowRole('button', { name: 'Export rows with problems (CSV)' })).click();
    });
    expect(exported.filename).to.equal('Test-batch-problems.csv');
    const [head, line] = exported.csv.split('\r\n');
    expect(head).to.equal(
      'Row,Email,Date of birth,First name,Middle names,Last name,Preferred name,Mobile,Problems',
    );
    expect(line).to.match(
      /^3,"'=HYPERLINK\(""x""\)",1990-01-01,'=1\+1,,Evil,,,Email: Not an email address/,
    );
  });
});

describe('<batch-uploader mode="contacts"> (R31)', () => {
  it('R31: a contacts file is reviewed in the browser and by the API, then the valid rows are imported; an invalid one is corrected and imported too', async () => {
    const uploader = await mount('mode="contacts"');
    const s = screenOf(uploader);
    await s.findByShadowText(/Drop a CSV/);
    await dropAndRead(
      uploader,
      fileOf(
        'contacts.csv',
        'Name,E-mail,Tags\nRia Crane,ria.crane@example.net,crane; rigging\nNo Email,not-an-email,\nTom Hook,tom.hook@example.net,\n',
      ),
    );
    expect(rowText(uploader)[1]).to.include('Not an email address');
    await expect(uploader).to.be.accessible();
    const checked = await eventFrom(uploader, 'invitekit-rows-checked', async () =>
      (await s.findByShadowRole('button', { name: 'Upload and check 3 rows' })).click(),
    );
    expect(checked.contacts.map((c) => [c.line, c.problems.length])).to.deep.equal([
      [2, 0],
      [3, 1],
      [4, 0],
    ]);
    (await s.findByShadowRole('button', { name: /Actions for No Email/ })).click();
    (await s.findByShadowRole('menuitem', { name: 'Correct' })).click();
    const email = await s.findByShadowRole<HTMLInputElement>('textbox', { name: /^Email/ });
    await until(() => uploader.shadowRoot?.activeElement === email, 'focus on the email');
    email.select();
    await type(email, 'no.email@example.net');
    await eventFrom(uploader, 'invitekit-row-corrected', async () =>
      (await s.findByShadowRole('button', { name: 'Save and check again' })).click(),
    );
    const imported = await eventFrom(uploader, 'invitekit-batch-invited', async () =>
      (await s.findByShadowRole('button', { name: 'Import all valid rows (3)' })).click(),
    );
    expect(imported.contacts.map((c) => c.outcome)).to.deep.equal([
      'invited',
      'invited',
      'invited',
    ]);
    await s.findByShadowRole('tab', { name: 'Invited 3' });
    const contacts = (await adminClient().contacts.list()).items.map((c) => c.email);
    expect(contacts).to.include.members([
      'ria.crane@example.net',
      'no.email@example.net',
      'tom.hook@example.net',
    ]);
  });
});
