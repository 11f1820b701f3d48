// The names screen readers hear for marks and clusters, written out once per language rather
// than at every frame of a zoom.
import { formatWindow, type TimelineEvent } from '../model/index.js';
import type { TimeWindow } from '../layout/time-window.js';
import { eventName } from './templates/details.js';

/** How many clusters' stretches of time are kept written out. */
const MAX_WINDOW_NAMES = 1000;

export class AccessibleNames {
  private readonly events = new Map<string, string>();
  /** A view draws about 20 clusters a step, each with its stretch of time. */
  private readonly windows = new Map<string, string>();

  /** Forgets every name: the data changed. */
  clear(): void {
    this.events.clear();
    this.windows.clear();
  }

  event(event: TimelineEvent, locale: string): string {
    const key = `${locale}\u0000${event.id}`;
    let name = this.events.get(key);
    if (name === undefined) this.events.set(key, (name = eventName(event, locale)));
    return name;
  }

  /** A cluster's stretch of time in words. */
  window({ start, end }: TimeWindow, locale: string): string {
    const key = `${locale}\u0000${start}\u0000${end}`;
    let name = this.windows.get(key);
    if (name === undefined) {
      // Each zoom level has its own stretches: a long reading session should not keep them all.
      if (this.windows.size >= MAX_WINDOW_NAMES) this.windows.clear();
      this.windows.set(key, (name = formatWindow(start, end, locale)));
    }
    return name;
  }
}
