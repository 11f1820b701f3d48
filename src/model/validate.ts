import { locatePointers, parseJson, pointerSegment, positionFinder, withoutByteOrderMark, type NodeOffsets } from './json-text.js';
import { joinDates, parseEventDate, parsePartialDate, spanOf, wholeDate, type DateResult, type EventDate } from './partial-date.js';
import { pointerKeys, readablePath, type Problem } from './problem.js';
import { schemaFindings, type Finding } from './schema-problems.js';
import { closestName } from './suggest.js';
import { sortedByDate } from './date-order.js';
import type { Citation, Era, RawCitation, RawEra, RawEvent, RawSource, Source, Timeline, TimelineEvent } from './types.js';

/** A checked timeline, what is wrong with the file, and how many items that cost. */
export interface CheckResult {
  /** False when the text is not JSON at all, so nothing in it could be read. */
  readable: boolean;
  timeline: Timeline;
  problems: Problem[];
  leftOut: { events: number; sources: number; eras: number };
}

type Kind = keyof CheckResult['leftOut'];
const KINDS: readonly Kind[] = ['events', 'sources', 'eras'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The actors or tags of an event that names none: one list for all, which nothing changes. */
const NO_WORDS: readonly string[] = Object.freeze([]);

/** True for an absolute `http:` or `https:` address; anything else never becomes a link. */
export function isWebLink(text: string): boolean {
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
class Findings {
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

function checkSource(id: string, raw: RawSource, findings: Findings): Source | undefined {
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
function checkCitations(
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
const citationsOf = (citations: readonly RawCitation[], sources: ReadonlyMap<string, Source>): Citation[] =>
  citations.map(({ source, quote }) => ({ source: sources.get(source)!, quote }));

type Dated = Pick<RawEvent, 'date' | 'start' | 'end' | 'approximate'>;

/** True when the dating fields have the shape the schema asks for, so their values can be read. */
function hasDatingShape(raw: Record<string, unknown>): raw is Record<string, unknown> & Dated {
  if (typeof raw.date === 'string') return raw.start === undefined && raw.end === undefined;
  return raw.date === undefined && typeof raw.start === 'string' && typeof raw.end === 'string';
}

/** Dates read so far, by their text: large files repeat the same dates, and each is read once. */
type ReadDates = Map<string, DateResult<EventDate>>;

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

function checkDating(raw: Dated, list: Kind, index: number, findings: Findings, read: ReadDates): EventDate | undefined {
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
function checkUniqueId(id: string, list: Kind, index: number, seen: Map<string, number>, findings: Findings, root: unknown): boolean {
  const first = seen.get(id);
  if (first !== undefined) {
    findings.leaveOut(`${itemPointer(list, index)}/id`, `"${id}" is already the id of ${readablePath(itemPointer(list, first), root)}`, 'give each item its own id');
    return false;
  }
  seen.set(id, index);
  return true;
}

/** Takes an event or era that passed the rules, with its dates read, and the sources kept. */
type Keep<Raw> = (raw: Raw, when: EventDate, sources: ReadonlyMap<string, Source>) => void;

/** What the rules found in a file: its problems, the sources kept, and how many items each list lost. */
interface Verdict {
  problems: Problem[];
  sources: Map<string, Source>;
  leftOut: CheckResult['leftOut'];
  file: Record<string, unknown>;
}

/**
 * Runs every rule on an untrusted value, never throwing, and hands each event and era that
 * passes to `keepEvent` or `keepEra`, in the file's order. What is made of them is the caller's:
 * the element needs the timeline, the command line's `check` only counts.
 */
function applyRules(root: unknown, keepEvent: Keep<RawEvent>, keepEra: Keep<RawEra>): Verdict {
  const findings = new Findings();
  for (const finding of schemaFindings(root)) findings.add(finding);
  const file = isRecord(root) ? root : {};

  const sources = new Map<string, Source>();
  const rawSources = isRecord(file.sources) ? (file.sources as Record<string, RawSource>) : {};
  const declared = Object.keys(rawSources);
  for (const [id, raw] of Object.entries(rawSources)) {
    if (findings.isLeftOut('sources', pointerSegment(id))) continue;
    const source = checkSource(id, raw, findings);
    if (source) sources.set(id, source);
  }

  const readDates: ReadDates = new Map();
  /**
   * Runs the rules the schema cannot say on each event or era, even one the schema faulted, so
   * that a journalist sees all of an item's problems at once.
   */
  const checkItems = <Raw>(list: 'events' | 'eras', keep: Keep<Raw>): void => {
    const seenIds = new Map<string, number>();
    listOf(file[list]).forEach((raw, index) => {
      if (!isRecord(raw)) return;
      if (typeof raw.id === 'string') checkUniqueId(raw.id, list, index, seenIds, findings, root);
      const when = hasDatingShape(raw) ? checkDating(raw, list, index, findings, readDates) : undefined;
      const cited = checkCitations(raw.citations, list, index, sources, declared, findings);
      if (when && cited && !findings.isLeftOut(list, index)) keep(raw as Raw, when, sources);
    });
  };
  checkItems('events', keepEvent);
  checkItems('eras', keepEra);

  const leftOut = { events: 0, sources: 0, eras: 0 };
  for (const item of findings.leftOutItems) leftOut[pointerKeys(item)[0] as Kind]++;
  return { problems: findings.list.map((finding) => problemOf(finding, root)), sources, leftOut, file };
}

/**
 * Checks an untrusted value against the data file's rules and returns what survives, never
 * throwing. Each problem names its place and how to fix it; one bad event is left out and
 * every good one stays.
 *
 * @example
 * const { timeline, problems } = validateTimeline(JSON.parse(text));
 */
export function validateTimeline(root: unknown): CheckResult {
  const events: TimelineEvent[] = [];
  const eras: Era[] = [];
  const { problems, sources, leftOut, file } = applyRules(
    root,
    (raw, when, keptSources) => {
      const { id, displayDate, dateNote, title, summary, place, actors = NO_WORDS, tags = NO_WORDS } = raw;
      events.push({ id, when, citations: citationsOf(raw.citations, keptSources), displayDate, dateNote, title, summary, place, actors, tags });
    },
    ({ id, title, citations }, when, keptSources) => eras.push({ id, title, when, citations: citationsOf(citations, keptSources) }),
  );
  const title = typeof file.title === 'string' ? file.title : '';
  const description = typeof file.description === 'string' ? file.description : undefined;
  return {
    readable: true,
    timeline: { title, description, sources: [...sources.values()], events: sortedByDate(events), eras: sortedByDate(eras) },
    problems,
    leftOut,
  };
}

/**
 * What the command line's `check` says of a file: its problems, how many events and sources are
 * kept, and the dates the events span. No timeline is made, so a large file is checked in less
 * time and memory.
 */
export interface Review {
  readable: boolean;
  problems: Problem[];
  leftOut: CheckResult['leftOut'];
  kept: { events: number; sources: number };
  span: EventDate | undefined;
}

function reviewTimeline(root: unknown): Review {
  const dates: EventDate[] = [];
  const { problems, sources, leftOut } = applyRules(
    root,
    (_raw, when) => dates.push(when),
    () => undefined,
  );
  return { readable: true, problems, leftOut, kept: { events: dates.length, sources: sources.size }, span: spanOf(dates) };
}

function problemOf(finding: Finding, root: unknown): Problem {
  const { pointer, at, message, fix, missing } = finding;
  const base = readablePath(pointer, root);
  const path = missing === undefined ? base : pointer === '' ? missing : `${base}.${missing}`;
  const keys = pointerKeys(pointer);
  const event = keys[0] === 'events' && Array.isArray((root as { events?: unknown }).events) ? (root as { events: unknown[] }).events[Number(keys[1])] : undefined;
  const eventId = isRecord(event) && typeof event.id === 'string' ? event.id : undefined;
  return { path, pointer, at, eventId, message, fix };
}

const nothingLeftOut = (): CheckResult['leftOut'] => ({ events: 0, sources: 0, eras: 0 });

/**
 * Checks the text of a data file: as `validateTimeline`, with each problem's line and column,
 * and a problem with a position when the text is not JSON at all.
 */
export function checkTimelineText(text: string): CheckResult {
  return checkText(text, validateTimeline, (problem) => ({
    readable: false,
    timeline: { title: '', sources: [], events: [], eras: [] },
    problems: [problem],
    leftOut: nothingLeftOut(),
  }));
}

/** Reviews the text of a data file for `check`: as `checkTimelineText`, without making the timeline. */
export function reviewTimelineText(text: string): Review {
  return checkText(text, reviewTimeline, (problem) => ({
    readable: false,
    problems: [problem],
    leftOut: nothingLeftOut(),
    kept: { events: 0, sources: 0 },
    span: undefined,
  }));
}

/**
 * Parses a file's text and runs `check` on what it holds, placing each problem at its line and
 * column; text that is not JSON at all makes one problem, at its position, for `unreadable`.
 */
function checkText<Result extends { problems: Problem[] }>(text: string, check: (root: unknown) => Result, unreadable: (problem: Problem) => Result): Result {
  const body = withoutByteOrderMark(text);
  const parsed = parseJson(body);
  if (!parsed.ok) {
    const where = positionFinder(body);
    const { offset, message, fix } = parsed.issue;
    return unreadable({ path: '(the whole file)', pointer: '', at: 'value', position: where(offset), message: `not JSON: ${message}`, fix });
  }
  const result = check(parsed.value);
  if (result.problems.length === 0) return result;
  let offsets: Map<string, NodeOffsets>;
  try {
    offsets = locatePointers(body, result.problems.map((problem) => problem.pointer));
  } catch {
    return result; // JSON.parse accepted what the scanner does not: the problems stand without positions.
  }
  const where = positionFinder(body);
  for (const problem of result.problems) {
    const found = offsets.get(problem.pointer);
    if (found) problem.position = where(problem.at === 'key' && found.key !== undefined ? found.key : found.value);
  }
  result.problems.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0));
  return result;
}
