// CSV out of the kit: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
// (starting with =, +, -, @, tab or carriage return) neutralised with a leading apostrophe.
const FORMULA = /^[=+\-@\t\r]/;

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
