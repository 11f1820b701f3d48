/**
 * conflict-timeline: the public API. The checked data model and the pure functions a page
 * might want (checking a data file, formatting a date as precisely as its source).
 */
export * from './model/index.js';
