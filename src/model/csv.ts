/**
 * The spreadsheet template: a data file as CSV, events in one block (or file), sources in a
 * second. Lists in a cell (actors, tags, sources, quotes) are separated by " | " (a "|" or "\"
 * inside an item is written "\|" or "\\"). The n-th quote is from the n-th source. A cell a
 * spreadsheet would run as a formula is written after a "'", which reading takes off. A row whose `kind` is `era` is a background period; one
 * whose `kind` is `title` gives the timeline's title and, in `summary`, its description.
 */
import { detectDelimiter, formatCsvRecords, parseCsvRecords } from './csv-text.js';
import { withoutByteOrderMark } from './json-text.js';
import { parsePartialDate } from './partial-date.js';
import type { RawEra, RawEvent, RawSource, TimelineFile } from './types.js';

const EVENT_COLUMNS = ['kind', 'id', 'date', 'start', 'end', 'approximate', 'title', 'summary', 'place', 'actors', 'tags', 'sources', 'quotes', 'dateNote', 'displayDate', 'featured'] as const;
const SOURCE_COLUMNS = ['source', 'publisher', 'title', 'byline', 'published', 'url', 'note'] as const;
const LIST_SEPARATOR = ' | ';
const DATE_COLUMNS = ['date', 'start', 'end'] as const;

/** The items of a list cell: split at each "|" not escaped as "\|", trimmed, the empty left out. */
function list(cell = ''): string[] {
  const items: string[] = [];
  let item = '';
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index]!;
    if (char === '\\' && (cell[index + 1] === '|' || cell[index + 1] === '\\')) item += cell[++index];
    else if (char === '|') {
      items.push(item);
      item = '';
    } else item += char;
  }
  items.push(item);
  return items.map((text) => text.trim()).filter(Boolean);
}

const listItem = (item: string) => item.replace(/[\\|]/g, '\\$&');

/**
 * Starts a spreadsheet reads as a formula (OWASP's CSV injection list), and the "'" that marks
 * a cell as text: a cell starting with one is written after a "'", which reading takes off.
 */
const FORMULA_START = /^['=+\-@\t\r]/;
const asText = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);
const fromText = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

/** A date as a spreadsheet program may have rewritten it (20/07/2024), put back as the file wants it. */
function isoSuggestion(cell: string): string {
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(cell.trim());
  if (dayFirst) return `write ${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`;
  return 'write YYYY, YYYY-MM or YYYY-MM-DD';
}

/** Something wrong in one cell (or one missing column) of a spreadsheet file. */
export interface CsvProblem {
  file: string;
  /** The row as a spreadsheet program numbers it: the header is row 1. */
  row: number;
  column: string;
  /** Where that column stands in the header, from 1; none for a column that is missing. */
  columnNumber?: number;
  /** What is wrong: `"20/07/2024" is not a date`. */
  message: string;
  /** How to fix it: `write 2024-07-20`. */
  fix: string;
}

/** One line, as `formatProblem` writes them: `events.csv:3:3: error: "20/07/2024" is not a date: write 2024-07-20 [date]`. */
export function formatCsvProblem(problem: CsvProblem): string {
  const column = problem.columnNumber === undefined ? '' : `:${problem.columnNumber}`;
  return `${problem.file}:${problem.row}${column}: error: ${problem.message}: ${problem.fix} [${problem.column}]`;
}

/** Reads comma-, semicolon- or tab-separated text (European spreadsheet programs write semicolons). */
function parseRows(body: string): ReturnType<typeof parseCsvRecords> {
  const records = parseCsvRecords(body, detectDelimiter(body));
  for (const row of records.rows) for (const column in row) row[column] = fromText(row[column]!);
  return records;
}

/** A line of delimiters and blanks only, between the blocks, before the sources' header. */
const BETWEEN_BLOCKS = /(?:\r\n|\r|\n)[,;\t ]*(?:\r\n|\r|\n)(?=source[,;\t])/;

/**
 * Splits a file that holds both blocks: events, a blank line, then sources. The blocks are cut
 * from the text as they are, so that a line break inside a quoted cell stays as written.
 */
function splitBlocks(text: string): { events: string; sources?: string; sourcesLine: number } {
  const between = BETWEEN_BLOCKS.exec(text);
  if (!between) return { events: text, sourcesLine: 0 };
  const sourcesStart = between.index + between[0].length;
  const sourcesLine = text.slice(0, sourcesStart).match(/\r\n|\r|\n/g)!.length;
  return { events: text.slice(0, between.index), sources: text.slice(sourcesStart), sourcesLine };
}

export interface CsvImport {
  file: TimelineFile;
  problems: CsvProblem[];
  /** Event and era rows left out for their problems. */
  rowsLeftOut: number;
  /** False when the events have no `id` or `title` column: the text is not the template. */
  readable: boolean;
}

type Block = { name: string; text: string; firstLine?: number };

/** The spreadsheet row of a block's `index`th row after its header. */
const rowNumber = (block: Block, index: number) => (block.firstLine ?? 0) + index + 2;

/** A problem in a block's `index`th row (-1 for its header), in a column of its `header`. */
const problemAt =
  (block: Block, index: number, header: readonly string[]) =>
  (column: string, message: string, fix: string): CsvProblem => {
    const at = header.indexOf(column);
    return { file: block.name, row: rowNumber(block, index), column, ...(at === -1 ? {} : { columnNumber: at + 1 }), message, fix };
  };

/**
 * The sources block, each row under its id; a row with no id, or an id given before, is left
 * out and reported. Null-prototype, so that a "__proto__" id is kept as any other (and named
 * by the checker).
 */
function readSources(sources: Block, problems: CsvProblem[]): Record<string, RawSource> {
  const rawSources: Record<string, RawSource> = Object.create(null);
  const rowOfSource = new Map<string, number>();
  const { columns, rows } = parseRows(sources.text);
  rows.forEach((row, index) => {
    const problemIn = problemAt(sources, index, columns);
    if (!row.source) return void problems.push(problemIn('source', 'empty', 'give the source an id such as "reuters-shusha"'));
    const first = rowOfSource.get(row.source);
    if (first !== undefined) return void problems.push(problemIn('source', `"${row.source}" is already the id of row ${first}; this row is left out`, 'give each source its own id'));
    rowOfSource.set(row.source, rowNumber(sources, index));
    const source: RawSource = { title: row.title ?? '' };
    for (const column of ['publisher', 'byline', 'published', 'url', 'note'] as const) if (row[column]) source[column] = row[column];
    rawSources[row.source] = source;
  });
  return rawSources;
}

/**
 * Reads the template's events and sources into a data file, keeping every good row and
 * naming every bad one by its spreadsheet row number.
 */
export function importCsv(fallbackTitle: string, events: Block, sources: Block): CsvImport {
  const problems: CsvProblem[] = [];
  const rawSources = readSources(sources, problems);

  const rawEvents: RawEvent[] = [];
  const rawEras: RawEra[] = [];
  const eventRows = parseRows(events.text);
  const missing = (['id', 'title'] as const).filter((column) => !eventRows.columns.includes(column));
  for (const column of missing) problems.push(problemAt(events, -1, eventRows.columns)(column, 'missing', `add the "${column}" column (see the template)`));
  let heading: { title?: string; description?: string } = {};
  let rowsLeftOut = 0;
  eventRows.rows.forEach((row, index) => {
    const problemIn = problemAt(events, index, eventRows.columns);
    if (row.kind?.trim().toLowerCase() === 'title') return void (heading = { title: row.title?.trim(), description: row.summary?.trim() || undefined });
    const rowProblems: CsvProblem[] = [];
    for (const column of DATE_COLUMNS) {
      const cell = row[column]?.trim();
      if (cell && !parsePartialDate(cell).ok) rowProblems.push(problemIn(column, `${JSON.stringify(cell)} is not a date`, isoSuggestion(cell)));
    }
    const sourceIds = list(row.sources);
    const quotes = list(row.quotes);
    if (sourceIds.length !== quotes.length) {
      rowProblems.push(problemIn('quotes', `${quotes.length} quotes for ${sourceIds.length} sources`, 'give one quote for each source, separated by " | "'));
    }
    if (rowProblems.length > 0) {
      rowsLeftOut++;
      return void problems.push(...rowProblems);
    }
    const citations = sourceIds.map((source, i) => ({ source, quote: quotes[i]! }));
    if (row.kind?.trim().toLowerCase() === 'era') {
      const era: RawEra = { id: row.id ?? '', title: row.title ?? '', start: row.start?.trim() ?? '', end: row.end?.trim() ?? '', citations };
      if (/^(true|yes|1|x)$/i.test(row.approximate?.trim() ?? '')) era.approximate = true;
      return void rawEras.push(era);
    }
    const event: RawEvent = { id: row.id ?? '', title: row.title ?? '', citations };
    for (const column of ['date', 'start', 'end', 'summary', 'place', 'dateNote', 'displayDate'] as const) if (row[column]?.trim()) event[column] = row[column]!.trim();
    if (/^(true|yes|1|x)$/i.test(row.approximate?.trim() ?? '')) event.approximate = true;
    if (/^(true|yes|1|x)$/i.test(row.featured?.trim() ?? '')) event.featured = true;
    for (const column of ['actors', 'tags'] as const) if (list(row[column]).length > 0) event[column] = list(row[column]);
    rawEvents.push(event);
  });
  const file: TimelineFile = { $schema: './events.schema.json', title: heading.title || fallbackTitle, sources: rawSources, events: rawEvents };
  if (heading.description) file.description = heading.description;
  if (rawEras.length > 0) file.eras = rawEras;
  return { file, problems, rowsLeftOut, readable: missing.length === 0 };
}

/** Reads one file holding the template's two blocks, as `export` writes it: events, a blank line, sources. */
export function importCsvText(text: string, name: string, title: string): CsvImport {
  const blocks = splitBlocks(withoutByteOrderMark(text));
  return importCsv(title, { name, text: blocks.events }, { name, text: blocks.sources ?? '', firstLine: blocks.sourcesLine });
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const recordsIn = (value: unknown) => (Array.isArray(value) ? value.filter(isRecord) : []);
/** A cell's text. A file being written by hand may hold anything anywhere: it is written as it is, if it is text at all. */
const cell = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');
const listCell = (value: unknown) => (Array.isArray(value) ? value.map((item) => listItem(cell(item))).join(LIST_SEPARATOR) : cell(value));

/**
 * Writes a data file in the template: events, a blank line, then sources. The file is written
 * as it is, mistakes included, so that `import` and the checker name them after the round
 * trip; only what has no place in a row (an event that is not an object, say) is not written.
 */
export function exportCsv(file: unknown): string {
  const data = isRecord(file) ? file : {};
  const cited = (item: Record<string, unknown>) => {
    const citations = recordsIn(item.citations);
    const column = (field: 'source' | 'quote') => citations.map((citation) => listItem(cell(citation[field]))).join(LIST_SEPARATOR);
    return { sources: column('source'), quotes: column('quote') };
  };
  const eras = recordsIn(data.eras).map((era) => ({
    kind: 'era',
    id: cell(era.id),
    start: cell(era.start),
    end: cell(era.end),
    approximate: era.approximate ? 'true' : '',
    title: cell(era.title),
    ...cited(era),
  }));
  const events = recordsIn(data.events).map((event) => ({
    kind: 'event',
    id: cell(event.id),
    date: cell(event.date),
    start: cell(event.start),
    end: cell(event.end),
    approximate: event.approximate ? 'true' : '',
    title: cell(event.title),
    summary: cell(event.summary),
    place: cell(event.place),
    actors: listCell(event.actors),
    tags: listCell(event.tags),
    ...cited(event),
    dateNote: cell(event.dateNote),
    displayDate: cell(event.displayDate),
    featured: event.featured ? 'true' : '',
  }));
  const sources = Object.entries(isRecord(data.sources) ? data.sources : {})
    .filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]))
    .map(([id, source]) => ({
      source: id,
      publisher: cell(source.publisher),
      title: cell(source.title),
      byline: cell(source.byline),
      published: cell(source.published),
      url: cell(source.url),
      note: cell(source.note),
    }));
  const heading = { kind: 'title', title: cell(data.title), summary: cell(data.description) };
  const rows: Record<string, string>[] = [heading, ...events, ...eras];
  const safe = (records: Record<string, string>[]) => records.map((record) => Object.fromEntries(Object.entries(record).map(([column, text]) => [column, asText(text)])));
  return `${formatCsvRecords(safe(rows), EVENT_COLUMNS)}\n\n${formatCsvRecords(safe(sources), SOURCE_COLUMNS)}\n`;
}
