// A sheet's cells, row by row, however they are held: a delimited text keeps offsets into the
// text and makes a cell's string only when it is read (`TextCells`); a workbook's are strings.

export interface Cells {
  /** How many rows, header and blank rows included. */
  readonly rows: number;
  /** How many cells row `row` has. */
  width(row: number): number;
  /** The text of a cell ('' past the row's end). */
  cell(row: number, column: number): string;
  /** Whether every cell of the row is blank. */
  blank(row: number): boolean;
}

export class ArrayCells implements Cells {
  constructor(readonly cells: readonly (readonly string[])[]) {}

  get rows(): number {
    return this.cells.length;
  }

  width(row: number): number {
    return this.cells[row]?.length ?? 0;
  }

  cell(row: number, column: number): string {
    return this.cells[row]?.[column] ?? '';
  }

  blank(row: number): boolean {
    for (const cell of this.cells[row] ?? []) if (cell.trim()) return false;
    return true;
  }
}

/** A whole row's cells as strings (headers, the preview, tests). */
export const rowOf = (cells: Cells, row: number): string[] =>
  Array.from({ length: cells.width(row) }, (_, column) => cells.cell(row, column));
