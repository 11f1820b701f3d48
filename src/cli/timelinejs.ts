/**
 * TimelineJS 3 timelines, as its JSON or as the CSV of its Google Sheets template, turned into
 * a data file. TimelineJS has no citations: each event cites the imported file itself (its
 * words are the event's text, as written there), and each link in the text becomes a source
 * of its own, cited with the link's words. What cannot be carried over is listed, not dropped
 * silently.
 */
import { detectDelimiter, parseCsvRecords } from '../model/csv-text.js';
import { idFrom, isWebLink, parsePartialDate, type RawCitation, type RawEra, type RawEvent, type RawSource, type TimelineFile } from '../model/index.js';
import { parseJson, positionFinder } from '../model/json-text.js';

interface TjsDate {
  year?: string | number;
  month?: string | number;
  day?: string | number;
  hour?: string | number;
  display_date?: string;
}

interface TjsSlide {
  start_date?: TjsDate;
  end_date?: TjsDate;
  display_date?: string;
  text?: { headline?: string; text?: string };
  media?: { url?: string; credit?: string; caption?: string };
  group?: string;
  unique_id?: string;
  /** Not TimelineJS's own: a `featured` field (JSON) or `Featured` column (sheet), kept as the lead. */
  featured?: string;
}

interface TjsTimeline {
  title?: TjsSlide;
  events?: TjsSlide[];
  eras?: TjsSlide[];
}

export type TimelineJsImport =
  /** `notes`: what could not be carried over, one line each; `read` and `kept`: slides and items. */
  | { ok: true; file: TimelineFile; notes: string[]; read: number; kept: number }
  /** JSON that is not JSON: `problem` says where and why, as `file:line:col: error: not JSON: …`. */
  | { ok: false; problem: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A field as text: a file written by hand may hold a number, or anything, where text belongs. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** The part of a value that is a record, so that an odd file is read as far as it can be. */
const recordOf = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** A slide as the rest of the import reads it: every field text, or absent. */
function slideOf(value: unknown): TjsSlide {
  const slide = recordOf(value);
  const text = recordOf(slide.text);
  const media = recordOf(slide.media);
  const dateOf = (date: unknown): TjsDate | undefined => {
    const fields = recordOf(date);
    return date === undefined ? undefined : { year: textOf(fields.year), month: textOf(fields.month), day: textOf(fields.day), hour: textOf(fields.hour), display_date: textOf(fields.display_date) };
  };
  return {
    start_date: dateOf(slide.start_date),
    end_date: dateOf(slide.end_date),
    display_date: textOf(slide.display_date),
    text: { headline: textOf(text.headline), text: textOf(text.text) },
    media: { url: textOf(media.url), credit: textOf(media.credit), caption: textOf(media.caption) },
    group: textOf(slide.group),
    unique_id: textOf(slide.unique_id) || undefined,
    featured: textOf(slide.featured),
  };
}

/** The slides of a list in the file; anything else where a list belongs is noted and read as none. */
function slidesOf(value: unknown, name: string, fileName: string, notes: string[]): TjsSlide[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    notes.push(`${fileName}: "${name}" is not a list; nothing is read from it`);
    return [];
  }
  return value.map(slideOf);
}

/** A numeric entity's character; U+FFFD for a number that is no character (past U+10FFFF, or a surrogate). */
function characterOf(code: number, entity: string, onBadEntity?: (entity: string) => void): string {
  if (code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) return String.fromCodePoint(code);
  onBadEntity?.(entity);
  return '\ufffd';
}

/**
 * HTML as plain text: tags dropped, entities decoded. The text is never used as markup. An
 * entity that names no character becomes U+FFFD, told to `onBadEntity`.
 */
export function plainText(html = '', onBadEntity?: (entity: string) => void): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return characterOf(parseInt(name.slice(2), 16), entity, onBadEntity);
      if (name.startsWith('#')) return characterOf(Number(name.slice(1)), entity, onBadEntity);
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The links in HTML: their address and their words. */
function linksOf(html = ''): { url: string; words: string }[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)].map((match) => ({ url: plainText(match[1]), words: plainText(match[2]) }));
}

/** An id for an imported item, short enough to read in a link. */
const slug = (text: string) => idFrom(text).slice(0, 60).replace(/-+$/, '') || 'event';

/** A TimelineJS date as a partial date of the same precision: a row with Year and Month is a month. */
function partialDate(date: TjsDate | undefined, where: string, notes: string[]): string | undefined {
  if (!date || date.year === undefined || String(date.year).trim() === '') return undefined;
  const year = Number(date.year);
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    notes.push(`${where}: year ${date.year} cannot be written as YYYY; the item is left out`);
    return undefined;
  }
  if (date.hour !== undefined && String(date.hour).trim() !== '') notes.push(`${where}: the time of day is dropped (dates here are days at most)`);
  const parts = [String(year).padStart(4, '0')];
  for (const part of [date.month, date.day]) {
    if (part === undefined || String(part).trim() === '') break;
    parts.push(String(Number(part)).padStart(2, '0'));
  }
  const text = parts.join('-');
  if (!parsePartialDate(text).ok) {
    notes.push(`${where}: ${text} is not a real date; the item is left out`);
    return undefined;
  }
  return text;
}

/** Reads the Google Sheets template's CSV into TimelineJS's JSON shape. */
function fromSheet(text: string): TjsTimeline {
  const { rows } = parseCsvRecords(text, detectDelimiter(text));
  const timeline: TjsTimeline = { events: [], eras: [] };
  for (const row of rows) {
    const date = (prefix: string): TjsDate => ({ year: row[`${prefix}Year`], month: row[`${prefix}Month`], day: row[`${prefix}Day`], hour: row[`${prefix}Time`] });
    const slide: TjsSlide = {
      start_date: date(''),
      end_date: date('End '),
      display_date: row['Display Date'],
      text: { headline: row.Headline, text: row.Text },
      media: { url: row.Media, credit: row['Media Credit'], caption: row['Media Caption'] },
      group: row.Group,
      featured: row.Featured,
    };
    const type = (row.Type ?? '').trim().toLowerCase();
    if (type === 'title') timeline.title = slide;
    else if (type === 'era') timeline.eras!.push(slide);
    else timeline.events!.push(slide);
  }
  return timeline;
}

/** A TimelineJS timeline read from its JSON or from the sheet's CSV (told apart by the text). */
function readTimeline(text: string, fileName: string, notes: string[]): { timeline: TjsTimeline } | { problem: string } {
  if (!text.trimStart().startsWith('{')) return { timeline: fromSheet(text) };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column } = positionFinder(text)(parsed.issue.offset);
    return { problem: `${fileName}:${line}:${column}: error: not JSON: ${parsed.issue.message}: ${parsed.issue.fix}` };
  }
  const json = recordOf(parsed.value);
  return {
    timeline: {
      title: json.title === undefined ? undefined : slideOf(json.title),
      events: slidesOf(json.events, 'events', fileName, notes),
      eras: slidesOf(json.eras, 'eras', fileName, notes),
    },
  };
}

const FILE_SOURCE = 'timelinejs-file';

/** Slides made into events and eras, with unique ids, each cited to the file and to the links in it. */
class SlideConverter {
  readonly sources: Record<string, RawSource>;
  private readonly ids = new Set<string>();

  constructor(
    private readonly fileName: string,
    private readonly notes: string[],
  ) {
    this.sources = {
      [FILE_SOURCE]: { title: fileName, note: 'Imported from a TimelineJS timeline, which names no sources: replace this with the sources of each event.' },
    };
  }

  /** The slide as an event; undefined, with a note, when it has no date to put it at. */
  event(slide: TjsSlide, index: number): RawEvent | undefined {
    const { notes } = this;
    const headline = this.text(slide.text?.headline, `event ${index + 1}`) || `Event ${index + 1}`;
    const where = `${this.fileName}: event ${index + 1} "${headline}"`;
    const start = partialDate(slide.start_date, where, notes);
    if (!start) {
      if (slide.start_date?.year === undefined || String(slide.start_date.year).trim() === '') notes.push(`${where}: no start date; the item is left out`);
      return undefined;
    }
    const end = partialDate(slide.end_date, where, notes);
    const body = this.text(slide.text?.text, `event ${index + 1}`);
    const event: RawEvent = { id: this.uniqueId(slug(slide.unique_id ?? headline)), title: headline, citations: this.citationsOf(slide, body || headline) };
    if (end && end !== start) Object.assign(event, { start, end });
    else event.date = start;
    if (body) event.summary = body;
    const display = slide.display_date || slide.start_date?.display_date;
    if (display?.trim()) event.displayDate = plainText(display);
    if (slide.group?.trim()) event.tags = [plainText(slide.group)];
    if (/^(true|yes|1|x)$/i.test(slide.featured?.trim() ?? '')) event.featured = true;
    if (slide.media?.url?.trim()) notes.push(`${where}: media (${plainText(slide.media.url).slice(0, 60)}) is not carried over${slide.media.credit ? `; credit: ${plainText(slide.media.credit)}` : ''}`);
    return event;
  }

  /** The slide as an era, or undefined where its dates cannot be read. */
  era(slide: TjsSlide, index: number): RawEra | undefined {
    const headline = this.text(slide.text?.headline, `era ${index + 1}`) || `Era ${index + 1}`;
    const where = `${this.fileName}: era ${index + 1} "${headline}"`;
    const start = partialDate(slide.start_date, where, this.notes);
    if (!start && (slide.start_date?.year === undefined || String(slide.start_date.year).trim() === '')) this.notes.push(`${where}: no start date; the item is left out`);
    const end = partialDate(slide.end_date, where, this.notes) ?? start;
    if (!start || !end) return undefined;
    return { id: this.uniqueId(slug(headline)), title: headline, start, end, citations: this.citationsOf(slide, headline) };
  }

  /** A slide's text as plain text, noting each entity that names no character. */
  private text(html: string | undefined, item: string): string {
    return plainText(html, (entity) => this.notes.push(`${this.fileName}: ${item}: ${entity} names no character; it is replaced with \ufffd`));
  }

  private uniqueId(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.ids.has(id); n++) id = `${wanted}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** The file itself, with the slide's words, and each web link in its text or caption as a source of its own. */
  private citationsOf(slide: TjsSlide, words: string): RawCitation[] {
    const citations: RawCitation[] = [{ source: FILE_SOURCE, quote: words }];
    for (const { url, words: linkWords } of linksOf(`${slide.text?.text ?? ''} ${slide.media?.caption ?? ''}`)) {
      if (!isWebLink(url)) continue;
      const id = `link-${slug(url.replace(/^https?:\/\/(www\.)?/i, ''))}`;
      this.sources[id] ??= { title: linkWords || url, url, note: 'A link in the imported timeline.' };
      citations.push({ source: id, quote: linkWords || url });
    }
    return citations;
  }
}

/**
 * Converts a TimelineJS timeline, JSON or the sheet's CSV (detected from the text), keeping
 * each date's precision, display dates, groups (as tags) and eras.
 */
export function importTimelineJs(text: string, fileName: string): TimelineJsImport {
  const notes: string[] = [];
  const timelineRead = readTimeline(text, fileName, notes);
  if ('problem' in timelineRead) return { ok: false, problem: timelineRead.problem };
  const { timeline } = timelineRead;
  const converter = new SlideConverter(fileName, notes);
  const events = (timeline.events ?? []).flatMap((slide, index) => converter.event(slide, index) ?? []);
  const eras = (timeline.eras ?? []).flatMap((slide, index) => converter.era(slide, index) ?? []);
  const file: TimelineFile = { $schema: './events.schema.json', title: plainText(timeline.title?.text?.headline) || fileName, sources: converter.sources, events };
  const description = plainText(timeline.title?.text?.text);
  if (description) file.description = description;
  if (eras.length > 0) file.eras = eras;
  const read = (timeline.events ?? []).length + (timeline.eras ?? []).length;
  return { ok: true, file, notes, read, kept: events.length + eras.length };
}
