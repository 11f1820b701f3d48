// Registers <conflict-timeline>, once, and tells TypeScript what the tag is.
import { ConflictTimeline } from './conflict-timeline.js';

// Defining twice (two copies of the bundle on one page) must not throw.
if (!customElements.get('conflict-timeline')) customElements.define('conflict-timeline', ConflictTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}
