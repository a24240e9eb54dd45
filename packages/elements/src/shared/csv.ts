// CSV out of the kit: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
// neutralised with a leading apostrophe. A formula is a trigger (=, +, -, @, their full-width
// ＝ ＋ － ＠ and small ﹦ ﹢ ﹣ ﹫ forms, which some spreadsheets read as the same) after any
// spaces, controls or characters that show nothing (zero-width space and joiners, byte-order
// mark, bidi marks, soft hyphen), which a spreadsheet may skip; or a cell that starts with a
// tab, carriage return or line feed.
const FORMULA = /^(?:[\s\p{Cc}\p{Cf}]*[=+\-@＝＋－＠﹦﹢﹣﹫]|[\t\r\n])/u;

export function csvCell(value: unknown): string {
  let text =
    typeof value === 'string'
      ? value
      : value === null || value === undefined
        ? ''
        : JSON.stringify(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export const toCsv = (rows: readonly (readonly unknown[])[]): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/**
 * The UTF-8 byte-order mark CSV exports start with: without it Excel on Windows reads UTF-8 as
 * its legacy code page ("José" shows as "JosÃ©").
 */
export const BOM = '\uFEFF';
