// The toolbar: the filter toggle, the count of events shown, the list toggle, the image
// downloads and the zoom buttons.
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';
import type { Panels } from '../panels.js';

export type PictureFormat = 'svg' | 'png';

export interface ToolbarView {
  strings: UiStrings;
  shown: number;
  total: number;
  activeFilters: number;
  panels: Panels;
  /** Narrow elements are always a list: they have no list toggle. */
  narrow: boolean;
  listShown: boolean;
  download: (format: PictureFormat) => void;
  zoomBy: (factor: number) => void;
  fit: () => void;
}

/** A button that shows and hides a part of the element; its class and part are its name. */
const disclosureButton = (name: string, controls: string, open: boolean, label: string, toggle: () => void) =>
  html`<button class=${name} part=${name} aria-expanded=${open ? 'true' : 'false'} aria-controls=${controls} @click=${toggle}>${label}</button>`;

function renderDownloads(view: ToolbarView): TemplateResult {
  return html`<span id="downloads" class="downloads">
    ${(['svg', 'png'] as const).map(
      (format) =>
        html`<button part="download" aria-label=${view.strings.downloadAs(format.toUpperCase())} @click=${() => view.download(format)}>
          ${format.toUpperCase()}
        </button>`,
    )}
  </span>`;
}

/** What only the drawn view has: the downloads of its picture and the zoom. */
function renderViewTools(view: ToolbarView): TemplateResult {
  const { strings, panels } = view;
  const open = panels.isOpen('downloads');
  return html`${disclosureButton('download-toggle', 'downloads', open, strings.downloadImage, () => panels.toggle('downloads'))}
    ${open ? renderDownloads(view) : nothing}
    <span class="zoom">
      <button part="zoom-button" aria-label=${strings.zoomOut} title=${strings.zoomOut} @click=${() => view.zoomBy(0.5)}>−</button>
      <button part="zoom-button" aria-label=${strings.zoomIn} title=${strings.zoomIn} @click=${() => view.zoomBy(2)}>+</button>
      <button part="zoom-button" title=${strings.fitAllLabel} @click=${view.fit}>${strings.fitAll}</button>
    </span>`;
}

export function renderToolbar(view: ToolbarView): TemplateResult {
  const { strings, panels } = view;
  const filterLabel = view.activeFilters > 0 ? strings.filterActive(view.activeFilters) : strings.filter;
  return html`<div class="toolbar" part="toolbar">
    ${disclosureButton('filter-toggle', 'filters', panels.isOpen('filters'), filterLabel, () => panels.toggle('filters'))}
    <span class="count" role="status">${strings.showing(view.shown, view.total)}</span>
    <span class="spacer"></span>
    ${view.narrow
      ? nothing
      : html`<button class="list-toggle" part="list-toggle" aria-pressed=${panels.isOpen('list') ? 'true' : 'false'} title=${strings.listLabel} @click=${() => panels.toggle('list')}>
          ${strings.list}
        </button>`}
    ${view.listShown ? nothing : renderViewTools(view)}
  </div>`;
}
