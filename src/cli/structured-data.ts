// What search engines and social cards read of a rendered page: schema.org JSON-LD and the
// Open Graph and Twitter tags.
import { isWebLink, partialDateText, type Timeline, type TimelineEvent } from '../model/index.js';
import { escapeMarkup } from '../model/markup.js';

/** An event as a schema.org `Event`, its dates as precise as its sources, each citation a `CreativeWork`. */
function eventData(event: TimelineEvent): Record<string, unknown> {
  const { first, last } = event.when;
  const data: Record<string, unknown> = { '@type': 'Event', '@id': `#${event.id}`, name: event.title, startDate: partialDateText(first) };
  if (partialDateText(last) !== partialDateText(first)) data.endDate = partialDateText(last);
  if (event.summary) data.description = event.summary;
  if (event.place) data.location = { '@type': 'Place', name: event.place };
  data.citation = event.citations.map(({ source, quote }) => ({
    '@type': 'CreativeWork',
    name: source.title,
    text: quote,
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.byline ? { author: source.byline } : {}),
    ...(source.published ? { datePublished: partialDateText(source.published.first) } : {}),
    ...(source.url && isWebLink(source.url) ? { url: source.url } : {}),
  }));
  return data;
}

/** The timeline as a schema.org `ItemList` of its events, in date order. */
export function timelineData(timeline: Timeline): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: timeline.title,
    ...(timeline.description ? { description: timeline.description } : {}),
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: timeline.events.length,
    itemListElement: timeline.events.map((event, index) => ({ '@type': 'ListItem', position: index + 1, item: eventData(event) })),
  };
}

/**
 * The head's lines for search engines and social cards. The JSON-LD is a data block, never run,
 * with every "<" escaped so that no text in it can close the script element.
 */
export function structuredDataLines(timeline: Timeline): string[] {
  const title = escapeMarkup(timeline.title || 'Timeline');
  const description = timeline.description ? escapeMarkup(timeline.description) : undefined;
  const card = [`<meta property="og:type" content="article">`, `<meta property="og:title" content="${title}">`, `<meta name="twitter:card" content="summary">`, `<meta name="twitter:title" content="${title}">`];
  if (description) card.push(`<meta property="og:description" content="${description}">`, `<meta name="twitter:description" content="${description}">`);
  // JSON.stringify escapes controls and lone surrogates; U+FFFE and U+FFFF, which HTML cannot hold, are escaped here.
  const json = JSON.stringify(timelineData(timeline)).replace(/[<\uFFFE\uFFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...card, `<script type="application/ld+json">${json}</script>`];
}
