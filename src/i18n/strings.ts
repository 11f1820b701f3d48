/** Every word the element shows or announces, in each language it ships. */
export interface UiStrings {
  loading: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  fitAllLabel: string;
  timelineLabel: string;
  topics: string;
  who: string;
  showing: (shown: number, total: number) => string;
  earlier: (count: number) => string;
  later: (count: number) => string;
  cluster: (count: number) => string;
  filter: string;
  filterActive: (count: number) => string;
  close: string;
  sources: string;
  singleSource: string;
  howDated: string;
  place: string;
  actors: string;
  published: (date: string) => string;
  readSource: string;
  opensInNewTab: string;
  leftOut: (count: number) => string;
  errorTitle: string;
  networkError: (url: string) => string;
  timedOut: (url: string, seconds: number) => string;
  httpError: (url: string, status: number) => string;
  notJson: (url: string) => string;
  noEvents: string;
  list: string;
  listLabel: string;
  downloadImage: string;
  downloadAs: (format: string) => string;
  /** The line under a picture naming its sources. */
  sourceLine: (names: string) => string;
  keyboardHelp: string;
  showingWindow: (window: string, count: number) => string;
  previous: string;
  previousEvent: string;
  next: string;
  nextEvent: string;
  /** "3 of 14": where the open event stands among those shown. */
  position: (index: number, total: number) => string;
  details: string;
  /** The mark of a featured event in the list. */
  keyEvent: string;
  legendLabel: string;
  legendDay: string;
  legendSpan: string;
  legendRange: string;
}

const en: UiStrings = {
  loading: 'Loading the timeline…',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  fitAllLabel: 'Show every event',
  timelineLabel: 'Timeline',
  topics: 'Topics',
  who: 'Who',
  showing: (shown, total) => (shown === total ? (total === 1 ? '1 event' : `${total} events`) : `${shown} of ${total} events`),
  earlier: (count) => `${count} earlier`,
  later: (count) => `${count} later`,
  cluster: (count) => (count === 1 ? '1 event' : `${count} events`),
  filter: 'Filter',
  filterActive: (count) => `Filter (${count})`,
  close: 'Close',
  sources: 'Sources',
  singleSource: 'Single source',
  howDated: 'How this date was worked out',
  place: 'Place',
  actors: 'Who',
  published: (date) => `published ${date}`,
  readSource: 'Read the source',
  opensInNewTab: '(opens in a new tab)',
  leftOut: (count) => (count === 1 ? '1 event was left out because of problems in the data:' : `${count} events were left out because of problems in the data:`),
  errorTitle: 'The timeline could not be shown.',
  networkError: (url) => `The data at ${url} could not be fetched: check the address and the connection.`,
  timedOut: (url, seconds) => `The data at ${url} did not arrive within ${seconds} seconds: try again later.`,
  httpError: (url, status) => `The server answered ${status} for ${url}.`,
  notJson: (url) => `${url} is not a timeline data file:`,
  noEvents: 'No event to show.',
  list: 'List',
  listLabel: 'Show the events as a list',
  downloadImage: 'Download image',
  downloadAs: (format) => `Download the view as ${format}`,
  sourceLine: (names) => `Sources: ${names}`,
  keyboardHelp: 'Arrow keys move between events, Enter opens one, Escape closes it; plus, minus and 0 zoom in, out and fit.',
  showingWindow: (window, count) => `Showing ${window}: ${count === 1 ? '1 event' : `${count} events`}`,
  previous: 'Previous',
  previousEvent: 'Previous event',
  next: 'Next',
  nextEvent: 'Next event',
  position: (index, total) => `${index} of ${total}`,
  details: 'Details',
  keyEvent: 'Key event',
  legendLabel: 'Key',
  legendDay: 'a day',
  legendSpan: 'a month or a year, no day given',
  legendRange: 'a period',
};

const fr: UiStrings = {
  loading: 'Chargement de la chronologie…',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fitAll: 'Ajuster',
  fitAllLabel: 'Afficher tous les événements',
  timelineLabel: 'Chronologie',
  topics: 'Thèmes',
  who: 'Acteurs',
  showing: (shown, total) => (shown === total ? (total === 1 ? '1 événement' : `${total} événements`) : `${shown} événements sur ${total}`),
  earlier: (count) => `${count} avant`,
  later: (count) => `${count} après`,
  cluster: (count) => (count === 1 ? '1 événement' : `${count} événements`),
  filter: 'Filtrer',
  filterActive: (count) => `Filtrer (${count})`,
  close: 'Fermer',
  sources: 'Sources',
  singleSource: 'Source unique',
  howDated: 'Comment cette date a été établie',
  place: 'Lieu',
  actors: 'Acteurs',
  published: (date) => `publication : ${date}`,
  readSource: 'Lire la source',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  leftOut: (count) =>
    count === 1 ? '1 événement a été écarté à cause d’erreurs dans les données :' : `${count} événements ont été écartés à cause d’erreurs dans les données :`,
  errorTitle: 'La chronologie n’a pas pu être affichée.',
  networkError: (url) => `Les données de ${url} n’ont pas pu être chargées : vérifiez l’adresse et la connexion.`,
  timedOut: (url, seconds) => `Les données de ${url} ne sont pas arrivées en ${seconds} secondes : réessayez plus tard.`,
  httpError: (url, status) => `Le serveur a répondu ${status} pour ${url}.`,
  notJson: (url) => `${url} n’est pas un fichier de chronologie :`,
  noEvents: 'Aucun événement à afficher.',
  list: 'Liste',
  listLabel: 'Afficher les événements en liste',
  downloadImage: 'Télécharger l’image',
  downloadAs: (format) => `Télécharger la vue en ${format}`,
  sourceLine: (names) => `Sources : ${names}`,
  keyboardHelp:
    'Les flèches passent d’un événement à l’autre, Entrée en ouvre un, Échap le ferme ; plus, moins et 0 agrandissent, réduisent et ajustent.',
  showingWindow: (window, count) => `Affichage : ${window}, ${count === 1 ? '1 événement' : `${count} événements`}`,
  previous: 'Précédent',
  previousEvent: 'Événement précédent',
  next: 'Suivant',
  nextEvent: 'Événement suivant',
  position: (index, total) => `${index} sur ${total}`,
  details: 'Détails',
  keyEvent: 'Événement clé',
  legendLabel: 'Légende',
  legendDay: 'un jour',
  legendSpan: 'un mois ou une année, sans jour précis',
  legendRange: 'une période',
};

const STRINGS: Record<string, UiStrings> = { en, fr };

/** The element's words in a language, English when it does not ship that one. */
export function uiStrings(localeId: string): UiStrings {
  return STRINGS[localeId] ?? en;
}

/** Adds or replaces the element's words in a language; words not given stay English. */
export function registerStrings(localeId: string, strings: Partial<UiStrings>): void {
  STRINGS[localeId] = { ...en, ...strings };
}
