// A reader for .xlsx workbooks: fflate unzips only the parts it needs, and the sheet XML is read
// with a few regular expressions (workers have no DOMParser). Cells come back as SheetJS gives
// them (type and value); numbers in a date format are flagged, in the workbook's date system.
// Loaded only when an .xlsx arrives (a chunk of its own in the worker).
import { unzipSync, strFromU8 } from 'fflate';

export interface XlsxCell {
  /** `s` text, `n` number, `b` boolean, `e` error (as SheetJS types them). */
  t: 's' | 'n' | 'b' | 'e';
  v: string | number | boolean;
  /** A number shown in a date format. */
  date: boolean;
  /** An error's text (`#N/A`); its `v` is Excel's error code, as in SheetJS. */
  w?: string;
}

const errorCodes: Record<string, number> = {
  '#NULL!': 0x00,
  '#DIV/0!': 0x07,
  '#VALUE!': 0x0f,
  '#REF!': 0x17,
  '#NAME?': 0x1d,
  '#NUM!': 0x24,
  '#N/A': 0x2a,
  '#GETTING_DATA': 0x2b,
};

export interface XlsxSheet {
  /** Row number in the sheet (1-based) and its cells by column (sparse: holes are empty). */
  rows: { row: number; cells: (XlsxCell | undefined)[] }[];
}

export interface Workbook {
  sheets: string[];
  date1904: boolean;
  read(index: number): XlsxSheet;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text to a string: entities, character references and Excel's `_xHHHH_` escapes. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex, dec, name) =>
      hex
        ? String.fromCodePoint(parseInt(hex as string, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : (entities[(name as string).toLowerCase()] ?? ''),
    )
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex) => String.fromCharCode(parseInt(hex as string, 16)));
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The text of a string item (`<si>`, `<is>`): every `<t>`, rich runs included, phonetic runs not. */
function textOf(xml: string): string {
  let out = '';
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const match of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += match[1] ?? '';
  return unescapeXml(out);
}

// Built-in number formats that are dates (ECMA-376 18.8.30, and the East Asian ones).
const builtInDates = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a format code shows a date or time (quoted text, escapes, colours and locales aside). */
export function isDateFormat(code: string): boolean {
  const plain = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?:[hms]+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  const section = plain.split(';')[0] ?? '';
  return /[dmyhse]/i.test(section) && !/^general$/i.test(section.trim());
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n - 1;
}

const resolve = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

export function readWorkbook(bytes: Uint8Array): Workbook {
  const files = unzipSync(bytes, {
    filter: (file) =>
      /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(
        file.name,
      ),
  });
  const text = (name: string) => {
    const file = files[name];
    return file ? strFromU8(file) : '';
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new Error('not a workbook');
  const pr = /<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const date1904 = /^(?:1|true)$/.test(attr(pr, 'date1904') ?? '');
  const targets = new Map<string, string>();
  for (const [tag] of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, resolve(target));
  }
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => ({
    name: unescapeXml(attr(tag, 'name') ?? ''),
    path: targets.get(attr(tag, 'r:id') ?? '') ?? '',
  }));

  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map(
    (m) => textOf(m[1] ?? ''),
  );
  const styles = text('xl/styles.xml');
  const formats = new Map<number, string>();
  for (const [tag] of styles.matchAll(/<numFmt\b[^>]*>/g))
    formats.set(Number(attr(tag, 'numFmtId')), unescapeXml(attr(tag, 'formatCode') ?? ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const dateStyles = [...xfs.matchAll(/<xf\b[^>]*>/g)].map(([tag]) => {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    const code = formats.get(id);
    return code === undefined ? builtInDates.has(id) : isDateFormat(code);
  });

  return {
    sheets: sheets.map((s) => s.name),
    date1904,
    read(index) {
      const xml = text(sheets[index]?.path ?? '');
      const rows: XlsxSheet['rows'] = [];
      let nextRow = 1;
      for (const rowMatch of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
        const number = Number(attr(rowMatch[1] ?? '', 'r') ?? nextRow);
        nextRow = number + 1;
        const cells: (XlsxCell | undefined)[] = [];
        let nextColumn = 0;
        for (const cell of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
          const attrs = cell[1] ?? '';
          const ref = attr(attrs, 'r');
          const column = ref ? columnIndex(ref) : nextColumn;
          nextColumn = column + 1;
          const body = cell[2] ?? '';
          const type = attr(attrs, 't') ?? 'n';
          const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
          let value: XlsxCell | undefined;
          if (type === 'inlineStr') {
            const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
            if (is !== undefined) value = { t: 's', v: textOf(is), date: false };
          } else if (raw === undefined) {
            value = undefined;
          } else if (type === 's') {
            value = { t: 's', v: strings[Number(raw)] ?? '', date: false };
          } else if (type === 'str') {
            value = { t: 's', v: unescapeXml(raw), date: false };
          } else if (type === 'b') {
            value = { t: 'b', v: raw === '1' || raw === 'true', date: false };
          } else if (type === 'e') {
            const w = unescapeXml(raw);
            value = { t: 'e', v: errorCodes[w] ?? 0x2a, date: false, w };
          } else {
            const style = Number(attr(attrs, 's') ?? 0);
            value = { t: 'n', v: Number(raw), date: dateStyles[style] ?? false };
          }
          if (value) cells[column] = value;
        }
        if (cells.length) rows.push({ row: number, cells });
      }
      return { rows };
    },
  };
}
