// The checker: a data file's text or object read into a timeline, every good item kept, every bad one named.
import { duplicateKeys, locatePointers, parseJson, pointerSegment, positionFinder, withoutByteOrderMark, type DuplicateKey, type TextPosition } from './json-text.js';
import { spanOf, type EventDate } from './partial-date.js';
import { pointerKeys, readablePath, type Problem } from './problem.js';
import { NOT_XML } from './markup.js';
import { schemaFindings, type Finding } from './schema-problems.js';
import { sortedByDate } from './date-order.js';
import {
  checkCitations,
  checkDating,
  checkSource,
  checkUniqueId,
  citationsOf,
  Findings,
  hasDatingShape,
  isRecord,
  listOf,
  type Kind,
  type ReadDates,
} from './item-rules.js';
import type { Era, RawEra, RawEvent, RawSource, Source, Timeline, TimelineEvent } from './types.js';

export { isWebLink } from './item-rules.js';

/** The actors or tags of an event that names none: one list for all, which nothing changes. */
const NO_WORDS: readonly string[] = Object.freeze([]);

/** A checked timeline, what is wrong with the file, and how many items that cost. */
export interface CheckResult {
  /** False when the text is not JSON, or not one object: nothing in it could be read. */
  readable: boolean;
  timeline: Timeline;
  problems: Problem[];
  leftOut: { events: number; sources: number; eras: number };
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
      const featured = raw.featured === true;
      events.push({ id, when, citations: citationsOf(raw.citations, keptSources), displayDate, dateNote, title, featured, summary, place, actors, tags });
    },
    ({ id, title, citations }, when, keptSources) => eras.push({ id, title, when, citations: citationsOf(citations, keptSources) }),
  );
  const title = typeof file.title === 'string' ? file.title : '';
  const description = typeof file.description === 'string' ? file.description : undefined;
  return {
    readable: isRecord(root),
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
  return { readable: isRecord(root), problems, leftOut, kept: { events: dates.length, sources: sources.size }, span: spanOf(dates) };
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

/**
 * A key given twice, placed where it is first given, whose value JSON drops: an error for the
 * file's lists, whose first would be lost whole; a warning elsewhere.
 */
function duplicateProblem({ pointer, key, firstOffset, againOffset }: DuplicateKey, root: unknown, where: (offset: number) => TextPosition): Problem {
  const again = where(againOffset);
  const whole = pointer === '/events' || pointer === '/sources' || pointer === '/eras';
  return {
    path: readablePath(pointer, root),
    pointer,
    at: 'key',
    position: where(firstOffset),
    severity: whole ? 'error' : 'warning',
    message: `"${key}" is given again at line ${again.line}, column ${again.column}, and only that one is read`,
    fix: whole ? `merge the two into one "${key}"` : `keep one "${key}"`,
  };
}

/** A warning for each text that holds a character XML cannot hold, at the text's value. */
function notXmlProblems(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const pending: [unknown, string][] = [[root, '']];
  while (pending.length > 0) {
    const [node, pointer] = pending.pop()!;
    if (typeof node === 'string') {
      NOT_XML.lastIndex = 0;
      const found = NOT_XML.exec(node);
      if (!found) continue;
      const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push({ path: readablePath(pointer, root), pointer, at: 'value', severity: 'warning', message: `holds ${code}, a character pictures and web pages cannot show`, fix: 'remove it (pictures and pages show it as �)' });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) pending.push([child, `${pointer}/${pointerSegment(key)}`]);
    }
  }
  return problems;
}

const nothingLeftOut = (): CheckResult['leftOut'] => ({ events: 0, sources: 0, eras: 0 });

/**
 * Checks the text of a data file: as `validateTimeline`, with each problem's line and column,
 * and a problem with a position when the text is not JSON at all.
 */
export function checkTimelineText(text: string): CheckResult {
  return checkText(text, validateTimeline, false, (problem) => ({
    readable: false,
    timeline: { title: '', sources: [], events: [], eras: [] },
    problems: [problem],
    leftOut: nothingLeftOut(),
  }));
}

/**
 * Reviews the text of a data file for `check`: as `checkTimelineText`, without making the
 * timeline, and with two more looks: keys given twice in one object (JSON drops the first
 * value), and characters XML cannot hold, which pictures and pages replace.
 */
export function reviewTimelineText(text: string): Review {
  return checkText(text, reviewTimeline, true, (problem) => ({
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
function checkText<Result extends { problems: Problem[] }>(text: string, check: (root: unknown) => Result, thorough: boolean, unreadable: (problem: Problem) => Result): Result {
  const body = withoutByteOrderMark(text);
  const parsed = parseJson(body);
  if (!parsed.ok) {
    const where = positionFinder(body);
    const { offset, message, fix } = parsed.issue;
    return unreadable({ path: '(the whole file)', pointer: '', at: 'value', position: where(offset), message: `not JSON: ${message}`, fix });
  }
  const result = check(parsed.value);
  if (thorough) {
    for (const duplicate of duplicateKeys(body, parsed.value)) result.problems.push(duplicateProblem(duplicate, parsed.value, positionFinder(body)));
    // Escaped in the text (\u0001, \uFFFF, \uD800), or they would not be JSON, but for U+FFFE
    // and U+FFFF: a quick look at the text first.
    if (/\\u(?:00[01]|[dD][89a-fA-F]|[fF]{3}[eEfF])|[\uFFFE\uFFFF]/.test(body)) result.problems.push(...notXmlProblems(parsed.value));
  }
  if (result.problems.length === 0) return result;
  // Where the scanner stops short of the end (a file nested past its depth), the problems it did not reach stand without positions.
  const offsets = locatePointers(body, result.problems.map((problem) => problem.pointer));
  const where = positionFinder(body);
  for (const problem of result.problems) {
    const found = offsets.get(problem.pointer);
    if (found && !problem.position) problem.position = where(problem.at === 'key' && found.key !== undefined ? found.key : found.value);
  }
  result.problems.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0));
  return result;
}
