// The timeline's single Tab stop among its marks: arrows, Home and End move it in date order,
// Escape closes the open event and goes back to its mark; zoom keys are handed on.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../../model/index.js';
import type { Scene, SceneMark } from '../../layout/scene.js';
import { firstStartingAtOrAfter } from '../../layout/time-window.js';
import { keyAction, movedIndex, type KeyAction } from '../keyboard.js';
import type { ZoomController } from './zoom-controller.js';

export interface RovingFocusOptions {
  /** The events shown, in date order: the order the arrows walk. */
  events: () => readonly TimelineEvent[];
  /** Whether the events show as a list rather than marks. */
  listShown: () => boolean;
  viewport: () => HTMLElement | null;
  /** Where the cluster drawn at an index starts, if there is one. */
  clusterStart: (index: number) => number | undefined;
  selected: () => string | null;
  /** Closes the open event. */
  close: () => void;
  zoomKey: (action: Extract<KeyAction, 'zoom-in' | 'zoom-out' | 'fit'>) => void;
  zoom: ZoomController;
}

/** The cluster a key was pressed on, if any (the element's own listener sees its host as target). */
const clusterOf = (event: Event) => (event.composedPath()[0] as Element).closest?.<HTMLElement>('.cluster') ?? null;

export class RovingFocusController implements ReactiveController {
  private focused: string | null = null;
  private focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  /** The event holding the one Tab stop, once a reader has been on one. */
  get focusedId(): string | null {
    return this.focused;
  }

  set focusedId(id: string | null) {
    if (id === this.focused) return;
    this.focused = id;
    this.host.requestUpdate();
  }

  /** Which event holds the one Tab stop among the marks drawn. */
  tabStopId(scene: Scene): string | undefined {
    const drawn = (id: string | null) => id !== null && scene.marks.some((mark) => mark.event.id === id);
    if (drawn(this.focused)) return this.focused!;
    const selected = this.options.selected();
    if (drawn(selected)) return selected!;
    return scene.marks.reduce<SceneMark | undefined>((first, mark) => (!first || mark.event.when.start < first.event.when.start ? mark : first), undefined)?.event.id;
  }

  /** Gives an event the Tab stop and focus, bringing its mark into view first. */
  focusEvent(id: string): void {
    this.focusedId = id;
    if (this.options.listShown()) {
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`.list-item[data-id="${CSS.escape(id)}"] .list-title`)?.focus());
      return;
    }
    const event = this.options.events().find((candidate) => candidate.id === id);
    if (event) this.options.zoom.reveal(event, false);
    this.focusPending = true;
    this.host.requestUpdate();
  }

  /** Focuses the mark of the focused event once drawn, zooming in while it is lost in a cluster. */
  afterViewUpdate(): void {
    if (!this.focusPending) return;
    const id = this.focused;
    const mark = id === null ? null : this.host.renderRoot.querySelector<HTMLElement>(`.mark[data-id="${CSS.escape(id)}"]`);
    if (mark) {
      this.focusPending = false;
      mark.focus();
      return;
    }
    const event = this.options.events().find((candidate) => candidate.id === id);
    if (!event || !this.options.zoom.closeInOn(event)) this.focusPending = false;
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const action = keyAction(event);
    if (!action) return;
    if (action === 'close') {
      const id = this.options.selected();
      if (id === null) return;
      event.preventDefault();
      this.options.close();
      this.focusEvent(id);
      return;
    }
    if (!(this.options.viewport()?.contains(event.composedPath()[0] as Node) ?? false)) return;
    event.preventDefault();
    if (action === 'zoom-in' || action === 'zoom-out' || action === 'fit') {
      this.options.zoomKey(action);
      return;
    }
    // From a cluster, an arrow goes to its first event; from a mark, to the next in date order.
    const events = this.options.events();
    const clusterButton = clusterOf(event);
    const clusterStart = clusterButton ? this.options.clusterStart(Number(clusterButton.dataset.index)) : undefined;
    const next =
      clusterStart !== undefined && (action === 'next' || action === 'previous')
        ? events[firstStartingAtOrAfter(events, clusterStart)]
        : events[movedIndex(action, events.findIndex((candidate) => candidate.id === this.focused), events.length)];
    if (next) this.focusEvent(next.id);
  };
}
