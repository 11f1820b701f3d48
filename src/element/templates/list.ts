// The events as an ordered list: the list view, the narrow vertical timeline, and print.
import { html, nothing, type TemplateResult } from 'lit';
import { partialDateText, type TimelineEvent } from '../../model/index.js';
import { eventDateText, renderCitations, renderEventFacts, renderSingleSource, sourceCount } from './details.js';
import type { UiStrings } from '../../i18n/strings.js';

/**
 * The whole timeline as an ordered list, in date order: the view for narrow containers (drawn
 * as a vertical timeline) and for readers who choose the list. Each event's sources sit in a
 * disclosure that opens for the selected event (for every event when printing); choosing an
 * event's title selects it.
 */
export function renderList(
  events: readonly TimelineEvent[],
  selectedId: string | null,
  strings: UiStrings,
  localeId: string,
  onChoose: (id: string) => void,
  allSourcesOpen = false,
): TemplateResult {
  return html`<ol class="list" part="list">
    ${events.map((event) => {
      const selected = event.id === selectedId;
      return html`<li class="list-item${selected ? ' selected' : ''}" part="list-item" data-id=${event.id}>
        <time datetime=${partialDateText(event.when.first)}>${eventDateText(event, localeId)}</time>
        <h3>
          <button class="list-title" aria-current=${selected ? 'true' : 'false'} @click=${() => onChoose(event.id)}>${event.title}</button>
        </h3>
        ${renderEventFacts(event, strings)}
        <details ?open=${selected || allSourcesOpen}>
          <summary>${strings.sources} (${sourceCount(event)})${renderSingleSource(event, strings)}</summary>
          ${renderCitations(event, strings, localeId)}
        </details>
      </li>`;
    })}
  </ol>${events.length === 0 ? html`<p>${strings.noEvents}</p>` : nothing}`;
}
