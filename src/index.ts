/**
 * conflict-timeline: defines `<conflict-timeline>` and exports the checked data model and the
 * pure functions a page might want (checking a data file, formatting a date as precisely as
 * its source).
 */
import './element/define.js';

export { ConflictTimeline } from './element/conflict-timeline.js';
export * from './model/index.js';
