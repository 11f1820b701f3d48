// Which colour each event is drawn in: the colour of its first tag, for the six first tags that
// most events have (the rest in the mark colour), so that a legend of six says what each means.
import type { TimelineEvent } from '../model/types.js';

/** As many colours as the theme has (`--ct-color-tag-0` to `-5`), and as a reader tells apart. */
export const TAG_COLOURS = 6;

/** Each first tag given a colour, by index, the commonest first, ties by name. */
export function tagColours(events: readonly TimelineEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    const tag = event.tags[0];
    if (tag !== undefined) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const ranked = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(ranked.slice(0, TAG_COLOURS).map(([tag], index) => [tag, index]));
}
