// Under the view and under the list: a key to its colours (each first tag) and shapes (how precise a date is), and
// the line naming the sources of the events shown, as a graphics desk puts under a chart.
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../model/index.js';
import { citedSources } from '../../model/credits.js';
import { markKind, type MarkKind } from '../../layout/scene.js';
import type { UiStrings } from '../../i18n/strings.js';

/** What the key shows of some events: the shapes they are drawn in, where more than one, and their sources. */
export interface LegendContent {
  shapes: MarkKind[];
  sources: string[];
}

/** Worked out once per set of events shown, not at every frame: a file may hold 100,000. */
export function legendContent(events: readonly TimelineEvent[]): LegendContent {
  const kinds = new Set(events.map(markKind));
  // Shapes only where more than one appears: a key to one shape says nothing.
  const shapes = kinds.size > 1 ? (['point', 'span', 'range'] as const).filter((kind) => kinds.has(kind)) : [];
  return { shapes, sources: citedSources(events) };
}

export function renderLegend({ shapes, sources }: LegendContent, colours: ReadonlyMap<string, number>, strings: UiStrings): TemplateResult {
  const shapeText = { point: strings.legendDay, span: strings.legendSpan, range: strings.legendRange };
  return html`<div class="legend" part="legend">
    ${colours.size > 1 || shapes.length > 0
      ? html`<ul class="key" aria-label=${strings.legendLabel}>
          ${[...colours].map(([tag, index]) => html`<li><span class="legend-swatch c${index}" aria-hidden="true"></span>${tag}</li>`)}
          ${shapes.map((kind) => html`<li><span class="legend-shape ${kind}" aria-hidden="true"></span>${shapeText[kind]}</li>`)}
        </ul>`
      : nothing}
    ${sources.length > 0 ? html`<p class="source-line">${strings.sourceLine(sources.join('; '))}</p>` : nothing}
  </div>`;
}
