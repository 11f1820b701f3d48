// The editor page's bundle: the element for the preview, and <timeline-editor>.
import '../element/define.js';
import { TimelineEditor } from './timeline-editor.js';

if (!customElements.get('timeline-editor')) customElements.define('timeline-editor', TimelineEditor);
