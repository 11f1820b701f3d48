// The rules of a data file that its schema cannot say, item by item: sources, citations,
// dates and ids, each fault collected with the item it leaves out.
import { pointerSegment } from './json-text.js';
import { joinDates, parseEventDate, parsePartialDate, wholeDate, type DateResult, type EventDate } from './partial-date.js';
import { pointerKeys, readablePath } from './problem.js';
import type { Finding } from './schema-problems.js';
import { closestName } from './suggest.js';
import type { Citation, RawCitation, RawEvent, RawSource, Source } from './types.js';

/** The lists of a data file that hold items. */
export type Kind = 'events' | 'sources' | 'eras';
const KINDS: readonly Kind[] = ['events', 'sources', 'eras'];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The schema's `webLink`: no white space anywhere, U+2028 and the like included, which `URL` would encode. */
const WEB_LINK = /^https?:\/\/\S+$/i;

/**
 * True for an absolute `http:` or `https:` address, as the schema's `webLink` says it: the one
 * rule for the checker, the element and `render`. Anything else never becomes a link.
 */
export function isWebLink(text: string): boolean {
  if (!WEB_LINK.test(text)) return false;
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * An item's pointer, such as `/events/3`, or `/sources/wire` with the id already a pointer
 * segment. Written only for a problem, or once some item is left out: a file of 100,000 valid
 * events would otherwise make as many strings that nothing reads.
 */
const itemPointer = (list: Kind, key: string | number) => `/${list}/${key}`;

/** The item a pointer falls in, such as `/events/3` for `/events/3/citations/0/source`. */
function itemOf(pointer: string): string | undefined {
  const keys = pointerKeys(pointer);
  if (keys.length < 2 || !KINDS.includes(keys[0] as Kind)) return undefined;
  return itemPointer(keys[0] as Kind, pointer.split('/')[2]!);
}

/** Collects findings and remembers which items they leave out. */
export class Findings {
  readonly list: Finding[] = [];
  readonly leftOutItems = new Set<string>();
  private readonly faultedNodes = new Set<string>();

  add(finding: Finding): void {
    this.list.push(finding);
    if (finding.missing === undefined) this.faultedNodes.add(finding.pointer);
    const item = itemOf(finding.pointer);
    if (finding.effect === 'leave-out' && item) this.leftOutItems.add(item);
  }

  leaveOut(pointer: string, message: string, fix: string): void {
    this.add({ pointer, at: 'value', message, fix, effect: 'leave-out' });
  }

  /** True when the node itself already has a problem, so a later rule need not say it again. */
  isFaulted(pointer: string): boolean {
    return this.faultedNodes.has(pointer);
  }

  /** True when the item is left out; its pointer is written only when some item is. */
  isLeftOut(list: Kind, key: string | number): boolean {
    return this.leftOutItems.size > 0 && this.leftOutItems.has(itemPointer(list, key));
  }
}

export function checkSource(id: string, raw: RawSource, findings: Findings): Source | undefined {
  const pointer = itemPointer('sources', pointerSegment(id));
  let published: EventDate | undefined;
  if (raw.published !== undefined) {
    const date = parseEventDate(raw.published, raw.published, false);
    if (!date.ok) return void findings.leaveOut(`${pointer}/published`, date.issue.message, date.issue.fix);
    published = date.value;
  }
  const { publisher, title, byline, note } = raw;
  // The schema already reported a link that is not http(s); it is dropped, the source kept.
  const url = raw.url !== undefined && isWebLink(raw.url) ? raw.url : undefined;
  return { id, publisher, title, byline, published, url, note };
}

/** True when an item's citations are a list and each cites a source that is kept. */
export function checkCitations(
  citations: unknown,
  list: Kind,
  itemIndex: number,
  sources: ReadonlyMap<string, Source>,
  declared: readonly string[],
  findings: Findings,
): citations is RawCitation[] {
  if (!Array.isArray(citations)) return false;
  let good = 0;
  for (let index = 0; index < citations.length; index++) {
    const citation: unknown = citations[index];
    // A citation of the wrong shape was reported by the schema.
    if (!isRecord(citation) || typeof citation.source !== 'string') continue;
    const id = citation.source;
    if (sources.has(id)) {
      good++;
      continue;
    }
    const at = `${itemPointer(list, itemIndex)}/citations/${index}/source`;
    if (declared.includes(id)) findings.leaveOut(at, `cites "${id}", a source left out for its own problems`, `fix sources.${id} first`);
    else {
      const meant = closestName(id, declared);
      findings.leaveOut(at, `"${id}" is not a declared source`, meant ? `did you mean "${meant}"?` : 'declare it under "sources", or cite a source declared there');
    }
  }
  return good === citations.length;
}

/** The citations of an item that passed the rules, each with its source. */
export const citationsOf = (citations: readonly RawCitation[], sources: ReadonlyMap<string, Source>): Citation[] =>
  citations.map(({ source, quote }) => ({ source: sources.get(source)!, quote }));

export type Dated = Pick<RawEvent, 'date' | 'start' | 'end' | 'approximate'>;

/** True when the dating fields have the shape the schema asks for, so their values can be read. */
export function hasDatingShape(raw: Record<string, unknown>): raw is Record<string, unknown> & Dated {
  if (typeof raw.date === 'string') return raw.start === undefined && raw.end === undefined;
  return raw.date === undefined && typeof raw.start === 'string' && typeof raw.end === 'string';
}

/** Dates read so far, by their text: large files repeat the same dates, and each is read once. */
export type ReadDates = Map<string, DateResult<EventDate>>;

/** Reads one date field into the instants it covers; a faulty one is reported at its field. */
function readDate(text: string, list: Kind, index: number, field: 'date' | 'start' | 'end', findings: Findings, read: ReadDates): EventDate | undefined {
  let date = read.get(text);
  if (!date) {
    const parsed = parsePartialDate(text);
    date = parsed.ok ? { ok: true, value: wholeDate(parsed.value) } : parsed;
    read.set(text, date);
  }
  if (date.ok) return date.value;
  const at = `${itemPointer(list, index)}/${field}`;
  if (!findings.isFaulted(at)) findings.leaveOut(at, date.issue.message, date.issue.fix);
  return undefined;
}

export function checkDating(raw: Dated, list: Kind, index: number, findings: Findings, read: ReadDates): EventDate | undefined {
  const approximate = raw.approximate === true;
  if (raw.date !== undefined) {
    const date = readDate(raw.date, list, index, 'date', findings, read);
    return date && approximate ? { ...date, approximate } : date;
  }
  const first = readDate(raw.start!, list, index, 'start', findings, read);
  const last = readDate(raw.end!, list, index, 'end', findings, read);
  if (!first || !last) return undefined;
  const when = joinDates(first, last, approximate);
  if (!when.ok) {
    const message = `${when.issue.message}: "${raw.end}" is before "${raw.start}"`;
    return void findings.leaveOut(`${itemPointer(list, index)}/end`, message, when.issue.fix);
  }
  return when.value;
}

/**
 * Ids must be unique within their list; the second of two is left out. `seen` holds the index
 * of each id's item rather than its pointer: kept for every item of a large file, pointers
 * would be as many more strings to make and to carry through garbage collection.
 */
export function checkUniqueId(id: string, list: Kind, index: number, seen: Map<string, number>, findings: Findings, root: unknown): boolean {
  const first = seen.get(id);
  if (first !== undefined) {
    findings.leaveOut(`${itemPointer(list, index)}/id`, `"${id}" is already the id of ${readablePath(itemPointer(list, first), root)}`, 'give each item its own id');
    return false;
  }
  seen.set(id, index);
  return true;
}
