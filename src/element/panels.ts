// Which of the element's panels a reader has open: the filters, the downloads, the list view.
import type { ReactiveControllerHost } from 'lit';

export type Panel = 'filters' | 'downloads' | 'list';

/** Not a controller of the host's lifecycle: it only asks for an update when a panel opens or closes. */
export class Panels {
  private readonly open = new Set<Panel>();

  constructor(private readonly host: ReactiveControllerHost) {}

  isOpen(panel: Panel): boolean {
    return this.open.has(panel);
  }

  toggle(panel: Panel): void {
    if (!this.open.delete(panel)) this.open.add(panel);
    this.host.requestUpdate();
  }
}
