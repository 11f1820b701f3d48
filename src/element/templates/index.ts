// The element's parts as Lit templates, each drawn from plain values and callbacks.
export { renderDetails, type Guide } from './details.js';
export { renderFilters } from './filters.js';
export { renderHeading } from './heading.js';
export { renderLegend } from './legend.js';
export { renderList } from './list.js';
export { renderStatus } from './status.js';
export { renderToolbar, type PictureFormat } from './toolbar.js';
export { laneListeners, renderViewport } from './viewport.js';
