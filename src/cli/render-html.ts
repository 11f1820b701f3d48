// `conflict-timeline render`: a data file as static HTML, the timeline for readers without JavaScript.
import { formatEventDate, isWebLink, partialDateText, type Source, type Timeline, type TimelineEvent } from '../model/index.js';
import { citedSources, sourceLine } from '../model/credits.js';
import { escapeMarkup } from '../model/markup.js';
import { tagColours } from '../layout/tag-colours.js';
import { uiStrings, type UiStrings } from '../i18n/strings.js';
import { renderPageHead } from './render-page.js';

function renderSource(source: Source, localeId: string): string {
  const parts = [source.publisher, source.byline, source.published && formatEventDate(source.published, localeId)].filter(Boolean) as string[];
  const title = source.url && isWebLink(source.url) ? `<a href="${escapeMarkup(source.url)}">${escapeMarkup(source.title)}</a>` : escapeMarkup(source.title);
  return `<cite>${title}</cite>${parts.map((part) => `, ${escapeMarkup(part)}`).join('')}`;
}

/** Place, actors and how the event was dated, as terms: what the element's "Details" holds first. */
function renderFacts(event: TimelineEvent, strings: UiStrings): string[] {
  const facts: [string, string | undefined][] = [
    [strings.place, event.place],
    [strings.actors, event.actors.length > 0 ? event.actors.join(', ') : undefined],
    [strings.howDated, event.dateNote],
  ];
  const terms = facts.filter(([, value]) => value).map(([term, value]) => `<dt>${escapeMarkup(term)}</dt><dd>${escapeMarkup(value!)}</dd>`);
  return terms.length > 0 ? [`      <dl>${terms.join('')}</dl>`] : [];
}

function renderEvent(event: TimelineEvent, colour: number | undefined, strings: UiStrings, localeId: string): string {
  const date = formatEventDate(event.when, localeId);
  const shown = event.displayDate ? `${escapeMarkup(event.displayDate)} (${escapeMarkup(date)})` : escapeMarkup(date);
  const classes = [colour === undefined ? '' : `c${colour}`, event.featured ? 'featured' : ''].filter(Boolean).join(' ');
  const lines = [
    `  <li id="${escapeMarkup(event.id)}"${classes ? ` class="${classes}"` : ''}>`,
    `    <time datetime="${partialDateText(event.when.first)}">${shown}</time>${event.featured ? ` <strong class="key-event">${escapeMarkup(strings.keyEvent)}</strong>` : ''}`,
    `    <h3>${escapeMarkup(event.title)}</h3>`,
  ];
  if (event.summary) lines.push(`    <p>${escapeMarkup(event.summary)}</p>`);
  const credit = sourceLine(event, localeId);
  if (credit) lines.push(`    <p class="source-line">${escapeMarkup(credit)}</p>`);
  lines.push(`    <details>`, `      <summary>${escapeMarkup(strings.details)}</summary>`, ...renderFacts(event, strings));
  for (const { source, quote } of event.citations) {
    lines.push(`      <blockquote>${escapeMarkup(quote)}</blockquote>`, `      <p>— ${renderSource(source, localeId)}</p>`);
  }
  lines.push('    </details>', '  </li>');
  return lines.join('\n');
}

/**
 * The timeline as script-free HTML, as the element's list shows it: an ordered list of events
 * with their dates, as precise as their sources, the key events marked, each with its first
 * source and, behind "Details", its facts and citations; the key to its colours and the
 * sources under it all. Placed
 * inside `<conflict-timeline>` it is what readers without JavaScript, feed readers, print and
 * search engines see; the element replaces it when it starts.
 */
export function renderStaticHtml(timeline: Timeline, localeId = 'en'): string {
  const strings = uiStrings(localeId);
  const colours = tagColours(timeline.events);
  const colourOf = (event: TimelineEvent) => (event.tags[0] === undefined ? undefined : colours.get(event.tags[0]));
  const lines = [`<section class="conflict-timeline-fallback" lang="${escapeMarkup(localeId)}">`];
  if (timeline.title) lines.push(`<h2>${escapeMarkup(timeline.title)}</h2>`);
  if (timeline.description) lines.push(`<p>${escapeMarkup(timeline.description)}</p>`);
  lines.push('<ol>', ...timeline.events.map((event) => renderEvent(event, colourOf(event), strings, localeId)), '</ol>');
  // The key to the colours, by first tag, as under the element's view.
  if (colours.size > 1) lines.push(`<ul class="key">${[...colours].map(([tag, colour]) => `<li class="c${colour}">${escapeMarkup(tag)}</li>`).join('')}</ul>`);
  const sources = citedSources(timeline.events);
  if (sources.length > 0) lines.push(`<p class="source-line">${escapeMarkup(strings.sourceLine(sources.join('; ')))}</p>`);
  lines.push('</section>');
  return `${lines.join('\n')}\n`;
}

/** The same, as a whole page with the element's look: to publish or share where no script runs. */
export function renderStaticPage(timeline: Timeline, localeId = 'en'): string {
  return `<!doctype html>\n<html lang="${escapeMarkup(localeId)}">\n${renderPageHead(timeline)}<body>\n${renderStaticHtml(timeline, localeId)}</body>\n</html>\n`;
}
