// The filter chips: every tag and actor of the events, pressed or not.
import { html, nothing, type TemplateResult } from 'lit';
import { distinctValues, type EventFilter, type TimelineEvent } from '../../model/index.js';
import type { UiStrings } from '../../i18n/strings.js';

/** Chips for every tag and actor of the events; a pressed chip says so in text, not colour alone. */
export function renderFilters(
  events: readonly TimelineEvent[],
  filter: EventFilter,
  strings: UiStrings,
  onToggle: (kind: 'tags' | 'actors', value: string) => void,
): TemplateResult {
  const group = (kind: 'tags' | 'actors', label: string) => {
    const values = distinctValues(events, kind);
    if (values.length === 0) return nothing;
    return html`<div class="filter-group">
      <span class="group-label" id=${`filter-${kind}`}>${label}</span>
      <span class="chips" role="group" aria-labelledby=${`filter-${kind}`}>
        ${values.map(
          (value) => html`<button class="chip" part="chip" aria-pressed=${filter[kind].has(value) ? 'true' : 'false'} @click=${() => onToggle(kind, value)}>
            ${value}
          </button>`,
        )}
      </span>
    </div>`;
  };
  return html`<div class="filters" id="filters" part="filters">${group('tags', strings.topics)} ${group('actors', strings.who)}</div>`;
}
