// The events as an ordered list: the list view, the narrow vertical timeline, and print.
import { html, nothing, type TemplateResult } from 'lit';
import { partialDateText, type TimelineEvent } from '../../model/index.js';
import { sourceLine } from '../../model/credits.js';
import { eventDateText, renderCitations, renderEventFacts, renderSingleSource, renderSummary } from './details.js';
import type { UiStrings } from '../../i18n/strings.js';

/** Place, actors and how the event was dated, then its quotes: what "Details" holds. */
function renderMore(event: TimelineEvent, strings: UiStrings, localeId: string): TemplateResult {
  return html`${renderEventFacts(event, strings)}
    <h4 class="sources-heading">${strings.sources}${renderSingleSource(event, strings)}</h4>
    ${renderCitations(event, strings, localeId)}`;
}

/**
 * The whole timeline as an ordered list, in date order: the view for narrow containers (drawn
 * as a vertical timeline) and for readers who choose the list. Each event shows its date,
 * title, summary and first source; the rest sits in one "Details" disclosure that opens for the
 * selected event (for every event when printing). Its dot has the colour of its first tag, as
 * its mark has in the view. Choosing an event's title selects it.
 */
export function renderList(
  events: readonly TimelineEvent[],
  selectedId: string | null,
  strings: UiStrings,
  localeId: string,
  onChoose: (id: string) => void,
  colours: ReadonlyMap<string, number>,
  allSourcesOpen = false,
): TemplateResult {
  return html`<ol class="list" part="list">
    ${events.map((event) => {
      const selected = event.id === selectedId;
      const colour = event.tags[0] === undefined ? undefined : colours.get(event.tags[0]);
      return html`<li class="list-item${colour === undefined ? '' : ` c${colour}`}${selected ? ' selected' : ''}${event.featured ? ' featured' : ''}" part="list-item" data-id=${event.id}>
        <time datetime=${partialDateText(event.when.first)}>${eventDateText(event, localeId)}</time>
        ${event.featured ? html`<span class="key-event">${strings.keyEvent}</span>` : nothing}
        <h3>
          <button class="list-title" aria-current=${selected ? 'true' : 'false'} @click=${() => onChoose(event.id)}>${event.title}</button>
        </h3>
        ${renderSummary(event)}
        <p class="source-line">${sourceLine(event, localeId)}</p>
        <details ?open=${selected || allSourcesOpen}>
          <summary>${strings.details}</summary>
          ${renderMore(event, strings, localeId)}
        </details>
      </li>`;
    })}
  </ol>${events.length === 0 ? html`<p>${strings.noEvents}</p>` : nothing}`;
}
