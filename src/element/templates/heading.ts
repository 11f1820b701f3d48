// Above the timeline: its headline and its description, as a graphics desk sets them above a chart.
import { html, nothing, type TemplateResult } from 'lit';
import type { Timeline } from '../../model/index.js';

export function renderHeading({ title, description }: Timeline): TemplateResult {
  return html`${title ? html`<p class="title" part="title">${title}</p>` : nothing}
  ${description ? html`<p class="description" part="description">${description}</p>` : nothing}`;
}
