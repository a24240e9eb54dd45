// Workbooks made in the test, byte for byte as Excel writes them: shared strings with rich text,
// phonetic runs, entities and _xHHHH_ escapes; built-in and custom date formats (and a custom
// format that only looks like one); formulas with cached values; booleans, errors; inline
// strings; two sheets; either date system.
import { strToU8, zipSync } from 'fflate';

const xml = (body: string) =>
  strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
const ns =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface SheetSpec {
  name: string;
  /** Each row's cells as raw `<c>` XML (without the `r` attribute, added here). */
  rows: string[][];
}

const columnName = (i: number): string =>
  i < 26
    ? String.fromCharCode(65 + i)
    : columnName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));

export function workbook(
  sheets: SheetSpec[],
  strings: string[],
  date1904 = false,
): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': xml(
      `<workbook ${ns}><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': xml(
      `<sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings.join('')}</sst>`,
    ),
    'xl/styles.xml': xml(
      `<styleSheet ${ns}><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[$-409]d\\-mmm\\-yy;@"/><numFmt numFmtId="166" formatCode="0.00&quot; days&quot;"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    const rows = sheet.rows
      .map(
        (cells, r) =>
          `<row r="${r + 1}">${cells.map((c, col) => c.replace(/^<c/, `<c r="${columnName(col)}${r + 1}"`)).join('')}</row>`,
      )
      .join('');
    files[`xl/worksheets/sheet${i + 1}.xml`] = xml(
      `<worksheet ${ns}><sheetData>${rows}</sheetData></worksheet>`,
    );
  });
  return zipSync(files);
}

/** Shared strings: plain, rich text with a phonetic run, entities and character references, an escape. */
export const strings = [
  '<si><t>Email</t></si>',
  '<si><t>Date of birth</t></si>',
  '<si><t>First name</t></si>',
  '<si><t>Last name</t></si>',
  '<si><t>Mobile</t></si>',
  '<si><t>jose@example.net</t></si>',
  '<si><r><rPr><b/></rPr><t>Jo</t></r><r><t xml:space="preserve">sé</t></r><rPh sb="0" eb="2"><t>ホセ</t></rPh></si>',
  '<si><t>M&#252;ller &amp; Sons &lt;3 &#x20AC;</t></si>',
  '<si><t>line_x000D_break</t></si>',
  '<si><t>ann@example.net</t></si>',
];

const s = (i: number) => `<c t="s"><v>${i}</v></c>`;
const n = (v: number, style = 0) => `<c${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;

/** A people sheet (dates in four formats, formulas, a boolean, an error) and a second sheet. */
export function peopleWorkbook(date1904 = false): Uint8Array<ArrayBuffer> {
  return workbook(
    [
      {
        name: 'People',
        rows: [
          [s(0), s(1), s(2), s(3), s(4), '<c t="inlineStr"><is><t>Notes</t></is></c>'],
          [
            s(5),
            n(date1904 ? 31_409 : 32_871, 2),
            s(6),
            s(7),
            n(61_412_345_678),
            '<c t="b"><v>1</v></c>',
          ],
          [
            s(9),
            n(date1904 ? 29_000 : 30_462, 1),
            '<c t="str"><f>"An"&amp;"n"</f><v>Ann</v></c>',
            s(8),
            '<c t="e"><v>#N/A</v></c>',
            '<c><f>1+1</f><v>2</v></c>',
          ],
          [
            '<c t="inlineStr"><is><r><t>b@</t></r><r><t>example.net</t></r></is></c>',
            n(35_771),
            '<c t="inlineStr"><is><t>Bo</t></is></c>',
            '<c t="inlineStr"><is><t>Lee</t></is></c>',
            n(3.5, 4),
            n(32_000, 3),
          ],
        ],
      },
      { name: 'Notes', rows: [[s(0)], [s(9)]] },
    ],
    strings,
    date1904,
  );
}
