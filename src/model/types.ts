/**
 * Types of the data file as written by hand (`Raw*`: what the JSON Schema allows) and of the
 * checked timeline that the rest of the code works with.
 */
import type { EventDate } from './partial-date.js';

export interface RawCitation {
  source: string;
  quote: string;
}

export interface RawSource {
  publisher?: string;
  title: string;
  byline?: string;
  published?: string;
  url?: string;
  note?: string;
}

export interface RawEvent {
  id: string;
  date?: string;
  start?: string;
  end?: string;
  approximate?: boolean;
  displayDate?: string;
  dateNote?: string;
  title: string;
  featured?: boolean;
  summary?: string;
  place?: string;
  actors?: string[];
  tags?: string[];
  citations: RawCitation[];
}

export interface RawEra {
  id: string;
  title: string;
  start: string;
  end: string;
  approximate?: boolean;
  citations: RawCitation[];
}

/** The data file, as `data/events.schema.json` describes it. */
export interface TimelineFile {
  $schema?: string;
  title: string;
  description?: string;
  sources: Record<string, RawSource>;
  events: RawEvent[];
  eras?: RawEra[];
}

/** A declared source, checked: its link is a web link or absent. */
export interface Source {
  id: string;
  publisher?: string;
  title: string;
  byline?: string;
  published?: EventDate;
  url?: string;
  note?: string;
}

/** A quote tied to the source it was taken from. */
export interface Citation {
  source: Source;
  quote: string;
}

export interface TimelineEvent {
  id: string;
  when: EventDate;
  displayDate?: string;
  dateNote?: string;
  title: string;
  /** The story's lead: always labeled, drawn stronger, in the first view. */
  featured: boolean;
  summary?: string;
  place?: string;
  actors: readonly string[];
  tags: readonly string[];
  citations: Citation[];
}

export interface Era {
  id: string;
  title: string;
  when: EventDate;
  citations: Citation[];
}

/** A checked timeline: only what passed every rule, events and eras sorted by date. */
export interface Timeline {
  title: string;
  description?: string;
  sources: Source[];
  events: TimelineEvent[];
  eras: Era[];
}
