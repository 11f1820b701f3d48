// The model's public face: the data file's types, the checker, dates and filters.
export type * from './types.js';
export type { Problem } from './problem.js';
export { formatProblem } from './problem.js';
export type { EventDate, PartialDate, Precision } from './partial-date.js';
export { parsePartialDate, parseEventDate, partialDateText, precisionOf, spanOf } from './partial-date.js';
export { formatEventDate, formatPartialDate, formatTick, formatWindow } from './format-date.js';
export { registerDateLocale, type DateLocale, type LocaleId } from './locale.js';
export { validateTimeline, checkTimelineText, isWebLink, type CheckResult } from './validate.js';
export { parseFilter, formatFilter, matchesFilter, toggled, distinctValues, type EventFilter } from './filter.js';
export { idFrom } from './suggest.js';
