// The element's parts as Lit templates, each drawn from plain values and callbacks.
export { renderDetails } from './details.js';
export { renderFilters } from './filters.js';
export { renderList } from './list.js';
export { renderStatus } from './status.js';
export { renderToolbar, type PictureFormat } from './toolbar.js';
export { laneListeners, renderViewport } from './viewport.js';
