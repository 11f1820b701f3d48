// The selected event: the page is told of each new one (`timeline-select`), it is brought into
// view, and with `link-hash` it is kept in the URL's hash, where a hash selects its event.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../../model/index.js';
import { emit } from '../events.js';
import { prefersReducedMotion } from '../reduced-motion.js';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  linkHash: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class SelectionController implements ReactiveController {
  /** The selection `timeline-select` was last fired for. */
  private announced: string | null = null;
  /** The selected event is still to be brought into view. */
  private revealPending = false;

  /** `events` are the timeline's, to find the selected one in; `listShown`, whether they show as a list. */
  constructor(
    private readonly host: SelectionHost,
    private readonly options: { events: () => readonly TimelineEvent[] | undefined; listShown: () => boolean },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.selectFromHash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.selectFromHash);
  }

  get event(): TimelineEvent | undefined {
    const id = this.host.selected;
    return id === null ? undefined : this.options.events()?.find((event) => event.id === id);
  }

  /** After each update: a new selection is told and written in the hash; in the list, scrolled to. */
  follow(dataChanged: boolean): void {
    if (dataChanged) this.selectFromHash();
    const event = this.event;
    if (event && event.id !== this.announced) {
      this.announced = event.id;
      this.revealPending = true;
      this.writeHash(event.id);
      emit(this.host, 'timeline-select', { event });
    }
    if (!event) this.announced = null;
    if (this.options.listShown() && this.revealPending) {
      this.revealPending = false;
      const item = this.host.renderRoot.querySelector(`.list-item[data-id="${CSS.escape(this.host.selected ?? '')}"]`);
      item?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
  }

  /** The selected event, once, if it is still to be brought into the drawn view. */
  takeReveal(): TimelineEvent | undefined {
    if (!this.revealPending) return undefined;
    this.revealPending = false;
    return this.event;
  }

  /** Selects nothing, and takes the hash away. */
  close(): void {
    this.host.selected = null;
    if (this.host.linkHash && location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }

  /** Selects the event the hash names, if the timeline has one. */
  private readonly selectFromHash = (): void => {
    if (!this.host.linkHash || !location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (this.options.events()?.some((event) => event.id === id)) this.host.selected = id;
  };

  /** Writes an event's id into the hash, replacing it, so that Back leaves the page. */
  private writeHash(id: string): void {
    if (this.host.linkHash && decodeURIComponent(location.hash.slice(1)) !== id) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
  }
}
