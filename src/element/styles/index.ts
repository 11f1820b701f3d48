// The element's styles, one sheet per part, in the order they apply.
import { themeStyles } from './theme.styles.js';
import { toolbarStyles } from './toolbar.styles.js';
import { viewportStyles } from './viewport.styles.js';
import { detailsStyles } from './details.styles.js';
import { statusStyles } from './status.styles.js';
import { listStyles } from './list.styles.js';
import { adaptationsStyles } from './adaptations.styles.js';
import { hiddenStyles } from './hidden.styles.js';
import { legendStyles } from './legend.styles.js';

export { themeStyles, toolbarStyles, viewportStyles, detailsStyles, statusStyles, listStyles, adaptationsStyles, hiddenStyles, legendStyles };
