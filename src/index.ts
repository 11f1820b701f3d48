/**
 * conflict-timeline: defines `<conflict-timeline>` and exports the checked data model and the
 * pure functions a page might want (checking a data file, formatting a date as precisely as
 * its source), and `registerLocale` to teach the element another language.
 */
import './element/define.js';

export { ConflictTimeline } from './element/conflict-timeline.js';
export type { TimelineErrorDetail, TimelineEventDetails, TimelineLoadDetail, TimelineSelectDetail } from './element/events.js';
export { registerLocale, type LocaleDefinition, type UiStrings } from './i18n/locales.js';
export * from './model/index.js';
