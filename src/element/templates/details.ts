// The detail panel of the selected event: its date, facts and summary, and each source's quotes.
import { html, nothing, type TemplateResult } from 'lit';
import { formatEventDate, isWebLink, type Source, type TimelineEvent } from '../../model/index.js';
import type { UiStrings } from '../../i18n/strings.js';

function renderSource(source: Source, strings: UiStrings, localeId: string): TemplateResult {
  const parts = [
    source.publisher,
    source.byline,
    source.published ? strings.published(formatEventDate(source.published, localeId)) : undefined,
  ].filter((part): part is string => Boolean(part));
  // Only http(s) links, checked again here: the element may be handed a timeline by script.
  const link =
    source.url && isWebLink(source.url)
      ? html` <a href=${source.url} target="_blank" rel="noopener noreferrer" part="source-link"
          >${strings.readSource}<span class="visually-hidden"> ${strings.opensInNewTab}</span></a
        >`
      : nothing;
  return html`<div class="citation-source">
    <cite>${source.title}</cite>${parts.length ? html` — ${parts.join(', ')}` : nothing}${source.note
      ? html`<br /><span class="source-note">${source.note}</span>`
      : nothing}${link}
  </div>`;
}

/** An event's quotes, grouped under each source they come from, in the order first cited. */
function quotesBySource(event: TimelineEvent): { source: Source; quotes: string[] }[] {
  const groups = new Map<string, { source: Source; quotes: string[] }>();
  for (const { source, quote } of event.citations) {
    const group = groups.get(source.id) ?? { source, quotes: [] };
    group.quotes.push(quote);
    groups.set(source.id, group);
  }
  return [...groups.values()];
}

/** The date a reader sees for an event: its display wording, with the real date beside it. */
export function eventDateText(event: TimelineEvent, localeId: string): string {
  const date = formatEventDate(event.when, localeId);
  return event.displayDate ? `${event.displayDate} (${date})` : date;
}

/** The accessible name of an event: its full date, as precise as its sources, and its title. */
export function eventName(event: TimelineEvent, localeId: string): string {
  return `${eventDateText(event, localeId)}: ${event.title}`;
}

/** What is known of an event beyond its title: summary, place, actors, how it was dated. */
export function renderEventFacts(event: TimelineEvent, strings: UiStrings): TemplateResult {
  return html`${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
  ${event.place || event.actors.length || event.dateNote
    ? html`<dl>
        ${event.place ? html`<dt>${strings.place}</dt><dd>${event.place}</dd>` : nothing}
        ${event.actors.length ? html`<dt>${strings.actors}</dt><dd>${event.actors.join(', ')}</dd>` : nothing}
        ${event.dateNote ? html`<dt>${strings.howDated}</dt><dd class="date-note">${event.dateNote}</dd>` : nothing}
      </dl>`
    : nothing}`;
}

/** The sources of an event: each source once, under the words quoted from it. */
export function renderCitations(event: TimelineEvent, strings: UiStrings, localeId: string): TemplateResult {
  return html`<ul class="citations">
    ${quotesBySource(event).map(
      ({ source, quotes }) => html`<li class="citation" part="citation">
        ${quotes.map((quote) => html`<blockquote>${quote}</blockquote>`)} ${renderSource(source, strings, localeId)}
      </li>`,
    )}
  </ul>`;
}

/** How many distinct sources back an event. */
export function sourceCount(event: TimelineEvent): number {
  return quotesBySource(event).length;
}

/** "Single source" when one source backs the event. */
export function renderSingleSource(event: TimelineEvent, strings: UiStrings): TemplateResult | typeof nothing {
  return sourceCount(event) === 1 ? html`<span class="single-source" part="single-source">${strings.singleSource}</span>` : nothing;
}

/**
 * The detail panel of one event: what happened, its date as precise as its sources allow,
 * and each citation with the source's own words.
 */
export function renderDetails(event: TimelineEvent, strings: UiStrings, localeId: string, onClose: () => void): TemplateResult {
  return html`<section class="details" part="details" role="region" aria-labelledby="details-title">
    <button class="close" part="close" @click=${onClose} aria-label=${strings.close}>✕</button>
    <p class="date">${eventDateText(event, localeId)}</p>
    <h3 id="details-title">${event.title}</h3>
    ${renderEventFacts(event, strings)}
    <h4 class="sources-heading">${strings.sources}${renderSingleSource(event, strings)}</h4>
    ${renderCitations(event, strings, localeId)}
  </section>`;
}
