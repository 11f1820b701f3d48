// Whether the page is printing: the list, every citation shown, prints better than the view.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;

  /** `renderNow` renders the host at once: printing starts right after `beforeprint`. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private readonly onBeforePrint = () => {
    this.printing = true;
    this.host.requestUpdate();
    this.renderNow();
  };

  private readonly onAfterPrint = () => {
    this.printing = false;
    this.host.requestUpdate();
  };
}
