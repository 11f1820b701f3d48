// What a screen reader hears of the view, in a polite live region: a message said once the
// view has rested, rather than at every step of a zoom.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the view must rest before its new extent is announced. */
const ANNOUNCE_DELAY = 500;

export class AnnouncerController implements ReactiveController {
  /** The text of the live region. */
  message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Announces what `compose` says once nothing has moved for a moment; nothing if it says nothing. */
  announceAtRest(compose: () => string | undefined): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const message = compose();
      if (message === undefined || message === this.message) return;
      this.message = message;
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY);
  }
}
