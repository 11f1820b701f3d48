// Languages added by a page (`registerLocale`): how dates read in them, and the element's words.
import { registerDateLocale, type DateLocale } from '../model/index.js';
import { registerStrings, type UiStrings } from './strings.js';

export type { UiStrings };

/** A language for the element: how its dates read, and its words. */
export interface LocaleDefinition extends Pick<DateLocale, 'intlTag' | 'approximately'> {
  /** The element's words; any left out stay English. */
  strings: Partial<UiStrings>;
}

/**
 * Teaches every `<conflict-timeline>` on the page a language, without a rebuild: month names
 * come from the browser's `Intl` for `intlTag`, the words from `strings`. Elements with
 * `locale` set to `id` use it from their next render.
 *
 * @example
 * registerLocale('de', {
 *   intlTag: 'de-DE',
 *   approximately: (date) => `um ${date}`,
 *   strings: { sources: 'Quellen', singleSource: 'Einzige Quelle', fitAll: 'Alles zeigen' },
 * });
 */
export function registerLocale(id: string, { intlTag, approximately, strings }: LocaleDefinition): void {
  registerDateLocale(id, { intlTag, approximately });
  registerStrings(id, strings);
}
