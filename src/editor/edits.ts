// The editor's changes to a data file, on its parsed JSON: pure, and kind to what they do not
// touch (a field the editor does not know stays as it is, keys keep their order).
import { idFrom, parsePartialDate, precisionOf, type Precision, type Problem } from '../model/index.js';
import { pointerKeys } from '../model/problem.js';

export type RawObject = Record<string, unknown>;
export interface RawFile extends RawObject {
  events: RawObject[];
  sources: Record<string, RawObject>;
}

const isObject = (value: unknown): value is RawObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The file as the editor edits it: lists and objects where the file has none, its other fields kept. */
export function editable(parsed: unknown): RawFile {
  const file = isObject(parsed) ? parsed : {};
  if (!Array.isArray(file.events)) file.events = [];
  if (!isObject(file.sources)) file.sources = {};
  return file as RawFile;
}

/** A new file with its title. */
export const newFile = (title: string): RawFile => ({ $schema: './events.schema.json', title, sources: {}, events: [] });

/** The file as it is written: two spaces, a final newline, as the story's file is kept. */
export const fileText = (file: RawFile) => `${JSON.stringify(file, null, 2)}\n`;

/** An id not yet used by an event: from `wanted`, with -2, -3… where taken. */
export function freeId(file: RawFile, wanted: string): string {
  const used = new Set(file.events.map((event) => event.id));
  const base = idFrom(wanted) || 'event';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The event the editor opens on: the first key event, so that the preview opens on the view a
 * reader first sees (it always holds the selected event); else the first; none in an empty file.
 */
export function firstShown(file: RawFile): number | undefined {
  const lead = file.events.findIndex((event) => event.featured === true);
  return lead >= 0 ? lead : file.events.length > 0 ? 0 : undefined;
}

/** Adds an event, citing the first source where there is one; returns its index. */
export function addEvent(file: RawFile): number {
  const firstSource = Object.keys(file.sources)[0];
  file.events.push({ id: freeId(file, 'new-event'), date: '', title: '', citations: [{ source: firstSource ?? '', quote: '' }] });
  return file.events.length - 1;
}

export function duplicateEvent(file: RawFile, index: number): number {
  const copy = structuredClone(file.events[index]!);
  copy.id = freeId(file, String(copy.id ?? 'event'));
  file.events.splice(index + 1, 0, copy);
  return index + 1;
}

export const deleteEvent = (file: RawFile, index: number) => void file.events.splice(index, 1);

/** Sets a field, or removes it when emptied, so that an emptied field does not stay as "". */
export function setField(target: RawObject, field: string, value: unknown): void {
  if (value === '' || value === false || (Array.isArray(value) && value.length === 0)) delete target[field];
  else target[field] = value;
}

/** Sets an event's dates: `date` alone, or `start` and `end` when an end is given. */
export function setDates(event: RawObject, date: string, end: string): void {
  if (end.trim() === '') {
    event.date = date;
    delete event.start;
    delete event.end;
  } else {
    event.start = date;
    event.end = end;
    delete event.date;
  }
}

/** What a date field reads, for its hint: "a month", or nothing while it is not a date. */
export function precisionRead(text: string): Precision | undefined {
  const parsed = parsePartialDate(text.trim());
  return parsed.ok ? precisionOf(parsed.value) : undefined;
}

/** Adds a source under a new id; returns the id. */
export function addSource(file: RawFile): string {
  let id = 'new-source';
  for (let n = 2; id in file.sources; n++) id = `new-source-${n}`;
  file.sources[id] = { publisher: '', title: '' };
  return id;
}

/** The events that cite a source, by title: what stops it being deleted. */
export const citing = (file: RawFile, id: string) =>
  file.events.filter((event) => Array.isArray(event.citations) && event.citations.some((citation) => isObject(citation) && citation.source === id)).map((event) => String(event.title || event.id));

/** Renames a source's id, and every citation of it, keeping the sources' order. */
export function renameSource(file: RawFile, from: string, to: string): void {
  if (from === to || to in file.sources) return;
  file.sources = Object.fromEntries(Object.entries(file.sources).map(([id, source]) => [id === from ? to : id, source]));
  for (const event of file.events) if (Array.isArray(event.citations)) for (const citation of event.citations) if (isObject(citation) && citation.source === from) citation.source = to;
}

/** The tags the file's events already use, for the tags field to offer. */
export const knownTags = (file: RawFile) => [...new Set(file.events.flatMap((event) => (Array.isArray(event.tags) ? event.tags.map(String) : [])))].sort();

/** An event's date as written, start of a period: what the list shows and sorts by. */
export const dateOf = (event: RawObject) => String(event.date ?? event.start ?? '');

/** The field a problem belongs to in its item's form: a period's start is its Date field. */
export function fieldOf(problem: Problem): string {
  const field = pointerKeys(problem.pointer)[2] ?? problem.path.split('.').pop() ?? '';
  return field === 'start' ? 'date' : field;
}

/** A comma-separated field as a list, and back. */
export const listOf = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);
export const listText = (value: unknown) => (Array.isArray(value) ? value.join(', ') : '');
