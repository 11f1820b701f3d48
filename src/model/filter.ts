// The reader's filter of tags and actors: parsed from and written to the `filter` attribute.
import type { TimelineEvent } from './types.js';

/** Which tags and actors a reader has chosen; an empty set lets everything through. */
export interface EventFilter {
  tags: ReadonlySet<string>;
  actors: ReadonlySet<string>;
}

/**
 * Reads a filter as written in the `filter` attribute: comma-separated `tag:NAME` and
 * `actor:NAME` entries.
 *
 * @example
 * parseFilter('tag:unrest, actor:New Caledonia') //=> { tags: {'unrest'}, actors: {'New Caledonia'} }
 */
export function parseFilter(text: string): EventFilter {
  const tags = new Set<string>();
  const actors = new Set<string>();
  for (const entry of text.split(',')) {
    const match = /^\s*(tag|actor):\s*(.+?)\s*$/.exec(entry);
    if (match) (match[1] === 'tag' ? tags : actors).add(match[2]!);
  }
  return { tags, actors };
}

/** Writes a filter back in the `filter` attribute's form. */
export function formatFilter(filter: EventFilter): string {
  return [...[...filter.tags].map((tag) => `tag:${tag}`), ...[...filter.actors].map((actor) => `actor:${actor}`)].join(', ');
}

/** True when an event has one of the chosen tags (if any) and one of the chosen actors (if any). */
export function matchesFilter(event: TimelineEvent, filter: EventFilter): boolean {
  const tagged = filter.tags.size === 0 || event.tags.some((tag) => filter.tags.has(tag));
  const acted = filter.actors.size === 0 || event.actors.some((actor) => filter.actors.has(actor));
  return tagged && acted;
}

/** Adds a value to a set, or takes it out if it was in, returning a new set. */
export function toggled(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

/** Every distinct value of a list field across events, in order of first appearance. */
export function distinctValues(events: readonly TimelineEvent[], field: 'tags' | 'actors'): string[] {
  return [...new Set(events.flatMap((event) => event[field]))];
}
