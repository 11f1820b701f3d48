// The element's reactive controllers, each owning one piece of its behaviour.
export { AnnouncerController } from './announcer-controller.js';
export { DataController } from './data-controller.js';
export { LabelMetricsController } from './label-metrics-controller.js';
export { PrintController } from './print-controller.js';
export { RovingFocusController } from './roving-focus-controller.js';
export { SelectionController } from './selection-controller.js';
export { ZoomController, windowOf } from './zoom-controller.js';
