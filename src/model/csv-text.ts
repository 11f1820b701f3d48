// Delimited text (comma, semicolon or tab) read into rows of cells and written back, as RFC 4180
// has it: without building code at run time, which a strict Content-Security-Policy forbids.

export type Delimiter = ',' | ';' | '\t';

const QUOTE = 34;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * The delimiter a header row holds the most of, as spreadsheet programs guess it: those set to
 * a European locale write `;`, and some exports use tabs. Commas win a tie.
 */
export function detectDelimiter(text: string): Delimiter {
  const header = text.slice(0, text.search(/[\r\n]|$/));
  const count = (delimiter: Delimiter) => header.split(delimiter).length - 1;
  return ([';', '\t'] as const).reduce<Delimiter>((best, delimiter) => (count(delimiter) > count(best) ? delimiter : best), ',');
}

/**
 * Rows of cells. A quoted cell may hold delimiters, line breaks and doubled quotes; CRLF, LF and
 * CR each end a row; one line break at the very end makes no empty row.
 */
export function parseCsvRows(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  const separator = delimiter.charCodeAt(0);
  let row: string[] = [];
  let index = 0;
  const end = text.length;
  if (end === 0) return rows;
  while (index <= end) {
    let cell: string;
    if (text.charCodeAt(index) === QUOTE) {
      // A quoted cell runs to the quote not doubled; what follows it up to the delimiter is kept.
      let close = index;
      const parts: string[] = [];
      for (;;) {
        const next = text.indexOf('"', close + 1);
        if (next === -1) {
          parts.push(text.slice(close + 1));
          close = end;
          break;
        }
        parts.push(text.slice(close + 1, next));
        if (text.charCodeAt(next + 1) !== QUOTE) {
          close = next;
          break;
        }
        parts.push('"');
        close = next + 1;
      }
      index = close + 1;
      let after = index;
      while (after < end && !isBreak(text.charCodeAt(after), separator)) after++;
      cell = parts.join('') + text.slice(index, after);
      index = after;
    } else {
      let after = index;
      while (after < end && !isBreak(text.charCodeAt(after), separator)) after++;
      cell = text.slice(index, after);
      index = after;
    }
    row.push(cell);
    const code = text.charCodeAt(index);
    if (code === separator) {
      index++;
      continue;
    }
    rows.push(row);
    row = [];
    if (code === CARRIAGE_RETURN && text.charCodeAt(index + 1) === LINE_FEED) index++;
    index++;
    // One line break at the end of the text closes the last row; it opens none.
    if (index === end) break;
  }
  return rows;
}

function isBreak(code: number, separator: number): boolean {
  return code === separator || code === LINE_FEED || code === CARRIAGE_RETURN;
}

/**
 * The rows after the header, each keyed by the header's cells (a missing cell is empty), and the
 * header itself. Rows are null-prototype objects: a `__proto__` column is a column like another.
 */
export function parseCsvRecords(text: string, delimiter: Delimiter): { columns: string[]; rows: Record<string, string>[] } {
  const [columns = [], ...cells] = parseCsvRows(text, delimiter);
  const rows = cells.map((row) => {
    const record: Record<string, string> = Object.create(null);
    columns.forEach((column, index) => (record[column] = row[index] ?? ''));
    return record;
  });
  return { columns, rows };
}

/** A cell as written: quoted where it holds a delimiter, a quote or a line break. */
function formatCell(cell: string, delimiter: Delimiter): string {
  return cell.includes(delimiter) || /["\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows written with a header of `columns`; lines end in LF. */
export function formatCsvRecords(rows: readonly Record<string, string | undefined>[], columns: readonly string[], delimiter: Delimiter = ','): string {
  const line = (cells: readonly string[]) => cells.map((cell) => formatCell(cell, delimiter)).join(delimiter);
  return [line(columns), ...rows.map((row) => line(columns.map((column) => row[column] ?? '')))].join('\n');
}
