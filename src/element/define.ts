// Registers <conflict-timeline>, once, and tells TypeScript what the tag is and what its events carry.
import { ConflictTimeline } from './conflict-timeline.js';
import type { TimelineEventDetails } from './events.js';

// Defining twice (two copies of the bundle on one page) must not throw.
if (!customElements.get('conflict-timeline')) customElements.define('conflict-timeline', ConflictTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
  /** So that `addEventListener('timeline-select', (event) => event.detail.event)` is typed. */
  interface HTMLElementEventMap {
    'timeline-load': CustomEvent<TimelineEventDetails['timeline-load']>;
    'timeline-select': CustomEvent<TimelineEventDetails['timeline-select']>;
    'timeline-error': CustomEvent<TimelineEventDetails['timeline-error']>;
  }
}
