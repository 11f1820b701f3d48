/** How dates read in one language. */
export interface DateLocale {
  /** The BCP 47 tag handed to `Intl.DateTimeFormat` for month names and word order. */
  intlTag: string;
  /** Wraps a formatted date to say it is approximate: "c. July 2024". */
  approximately: (date: string) => string;
}

/** The locales that ship; more can be registered at run time. */
export type LocaleId = 'en' | 'fr';

const DATE_LOCALES: Record<string, DateLocale> = {
  // British order ("20 July 2024") reads the same to readers on both sides of the story.
  en: { intlTag: 'en-GB', approximately: (date) => `c. ${date}` },
  fr: { intlTag: 'fr-FR', approximately: (date) => `vers ${date}` },
};

/** The date locale for an id, English when the id is not one we ship. */
export function dateLocale(id: string): DateLocale {
  return DATE_LOCALES[id] ?? DATE_LOCALES.en!;
}

/** Adds or replaces how dates read in a language. */
export function registerDateLocale(id: string, locale: DateLocale): void {
  DATE_LOCALES[id] = locale;
}
