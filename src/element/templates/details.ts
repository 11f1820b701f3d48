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

/** Where an event happened, who took part, how it was dated: those it has, as a list of terms. */
export function renderEventFacts(event: TimelineEvent, strings: UiStrings): TemplateResult | typeof nothing {
  return event.place || event.actors.length || event.dateNote
    ? html`<dl>
        ${event.place ? html`<dt>${strings.place}</dt><dd>${event.place}</dd>` : nothing}
        ${event.actors.length ? html`<dt>${strings.actors}</dt><dd>${event.actors.join(', ')}</dd>` : nothing}
        ${event.dateNote ? html`<dt>${strings.howDated}</dt><dd class="date-note">${event.dateNote}</dd>` : nothing}
      </dl>`
    : nothing;
}

/** An event's summary, if it has one. */
export const renderSummary = (event: TimelineEvent) => (event.summary ? html`<p class="summary">${event.summary}</p>` : nothing);

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
function sourceCount(event: TimelineEvent): number {
  return quotesBySource(event).length;
}

/** "Single source" when one source backs the event. */
export function renderSingleSource(event: TimelineEvent, strings: UiStrings): TemplateResult | typeof nothing {
  return sourceCount(event) === 1 ? html`<span class="single-source" part="single-source">${strings.singleSource}</span>` : nothing;
}

/** Where the open event stands among those shown, in date order, and the ones either side. */
export interface Guide {
  /** From 1. */
  position: number;
  total: number;
  previous: TimelineEvent | undefined;
  next: TimelineEvent | undefined;
  go: (event: TimelineEvent) => void;
}

/** Previous and Next, to read the story in order, each naming the headline it goes to. */
function renderGuide({ position, total, previous, next, go }: Guide, strings: UiStrings): TemplateResult {
  const step = (to: TimelineEvent | undefined, label: string, name: string, part: string) =>
    html`<button class="guide-step" part=${part} aria-label=${name} title=${to?.title ?? ''} ?disabled=${!to} @click=${() => to && go(to)}>${label}</button>`;
  return html`<nav class="guide" aria-label=${strings.position(position, total)}>
    ${step(previous, `‹ ${strings.previous}`, strings.previousEvent, 'previous')}
    <span class="guide-position">${strings.position(position, total)}</span>
    ${step(next, `${strings.next} ›`, strings.nextEvent, 'next')}
  </nav>`;
}

/**
 * The detail panel of one event: what happened, its date as precise as its sources allow,
 * and each citation with the source's own words.
 */
export function renderDetails(event: TimelineEvent, strings: UiStrings, localeId: string, onClose: () => void, guide: Guide): TemplateResult {
  return html`<section class="details${event.featured ? ' featured' : ''}" part="details" role="region" aria-labelledby="details-title">
    <button class="close" part="close" @click=${onClose} aria-label=${strings.close}>✕</button>
    ${renderGuide(guide, strings)}
    <p class="date">${eventDateText(event, localeId)}</p>
    <h3 id="details-title">${event.title}</h3>
    ${renderSummary(event)} ${renderEventFacts(event, strings)}
    <h4 class="sources-heading">${strings.sources}${renderSingleSource(event, strings)}</h4>
    ${renderCitations(event, strings, localeId)}
  </section>`;
}
