/** How dates read in one language. */
export interface DateLocale {
  /** The BCP 47 tag handed to `Intl.DateTimeFormat` for month names and word order. */
  intlTag: string;
  /** Wraps a formatted date to say it is approximate: "c. July 2024". */
  approximately: (date: string) => string;
  /**
   * Month names, long and short, for a language whose dates read day, month, year, apart by
   * spaces ("20 July 2024", "Jul 2024"), as Intl writes them for `intlTag`. With them, dates
   * need no `Intl.DateTimeFormat`: its first use in a page loads the calendar data, tens of
   * milliseconds of the reader's first view. Without them, Intl writes every date.
   */
  months?: { long: readonly string[]; short: readonly string[] };
}

/** The locales that ship; more can be registered at run time. */
export type LocaleId = 'en' | 'fr';

const DATE_LOCALES: Record<string, DateLocale> = {
  // British order ("20 July 2024") reads the same to readers on both sides of the story.
  en: {
    intlTag: 'en-GB',
    approximately: (date) => `c. ${date}`,
    months: {
      long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    },
  },
  fr: {
    intlTag: 'fr-FR',
    approximately: (date) => `vers ${date}`,
    months: {
      long: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
      short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    },
  },
};

/** The date locale for an id, English when the id is not one we ship. */
export function dateLocale(id: string): DateLocale {
  return DATE_LOCALES[id] ?? DATE_LOCALES.en!;
}

/** Adds or replaces how dates read in a language. */
export function registerDateLocale(id: string, locale: DateLocale): void {
  DATE_LOCALES[id] = locale;
}
