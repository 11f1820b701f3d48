// How a graphic credits its sources: "Sources: Reuters; AFP" under it, "Reuters, 20 July 2024" under an event.
import { formatEventDate } from './format-date.js';
import type { TimelineEvent } from './types.js';

/** The publishers (or, for want of one, the quoted titles) of the sources the events cite, in first-cited order. */
export function citedSources(events: readonly TimelineEvent[]): string[] {
  const names = new Set<string>();
  for (const { citations } of events) for (const { source } of citations) names.add(source.publisher ?? `“${source.title}”`);
  return [...names];
}

/** "Reuters, 20 July 2024": the first source an event cites, as a credit line. */
export function sourceLine(event: TimelineEvent, localeId: string): string {
  const source = event.citations[0]?.source;
  if (!source) return '';
  const name = source.publisher ?? `“${source.title}”`;
  return source.published ? `${name}, ${formatEventDate(source.published, localeId)}` : name;
}
