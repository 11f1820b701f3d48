// The view's zoom and pan over d3-zoom: the transform, at most one a frame, limits for the data
// and size, the transform that shows a stretch of time, and moves, smooth unless motion is reduced.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { TimelineEvent } from '../../model/index.js';
import type { TimeScale } from '../../layout/time-scale.js';
import { padWindow, type TimeWindow } from '../../layout/time-window.js';
import { keptScale, MIN_WINDOW } from '../../layout/view.js';
import { animateZoom } from '../smooth-zoom.js';
import { prefersReducedMotion } from '../reduced-motion.js';

const MOVE_DURATION = 450;

/** What the zoom needs to know of the view as it stands. */
export interface ZoomView {
  viewport: HTMLElement | null;
  width: number;
  /** Every event's stretch of time across `width`. */
  baseScale: TimeScale;
  /** The stretch in view across `width`. */
  visibleScale: TimeScale;
}

export interface ZoomOptions {
  view: () => ZoomView;
  /** A gesture or a move ended. */
  onEnd: () => void;
}

/** The stretch of time a scale shows. */
export function windowOf(scale: TimeScale): TimeWindow {
  const [start, end] = scale.domain().map(Number) as [number, number];
  return { start, end };
}

export class ZoomController implements ReactiveController {
  private readonly behavior = zoom<HTMLElement, unknown>()
    // A reader's own gesture takes over from a move under way.
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => event.sourceEvent && this.stop())
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      // At most one layout a frame, however many wheel or touch events the frame brings;
      // a move made here (no source event) shows at once.
      this.nextTransform = event.transform;
      if (!event.sourceEvent) this.applyTransform();
      else this.transformFrame ??= requestAnimationFrame(() => this.applyTransform());
    })
    .on('end', () => this.options.onEnd());
  private current: ZoomTransform = zoomIdentity;
  private nextTransform?: ZoomTransform;
  private transformFrame?: number;
  private stopMove?: () => void;
  /** A transform set by the element rather than by d3-zoom, which must then learn it. */
  private pendingSync?: ZoomTransform;
  private target?: HTMLElement;
  /** The full window the limits were last set for. */
  private limitedWindow?: TimeWindow;
  private extent: [[number, number], [number, number]] = [
    [0, 0],
    [0, 0],
  ];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
  }

  /** The zoom to lay out: at most one a frame from a reader's gesture, at once from a move. */
  get transform(): ZoomTransform {
    return this.current;
  }

  /** Sets the transform here rather than through d3-zoom, which learns it once the viewport is attached. */
  private setTransform(transform: ZoomTransform, sync: boolean): void {
    if (sync) this.pendingSync = transform;
    // Only a new scale or offset lays the marks out again.
    if (transform.k === this.current.k && transform.x === this.current.x) return;
    this.current = transform;
    this.host.requestUpdate();
  }

  /** The view for new data: worked out before its first layout, so that it is laid out once. */
  showFirst(full: TimeWindow, width: number, window: TimeWindow): void {
    this.setLimits(full, width);
    this.setTransform(this.transformFor(window), true);
  }

  /**
   * Keeps the same stretch of time in view at a new width: a zoom's scale is relative to
   * everything, its offset is in pixels, so the offset stretches with the width.
   */
  resize(previousWidth: number, width: number): void {
    this.setTransform(zoomIdentity.translate((this.current.x * width) / previousWidth, 0).scale(this.current.k), true);
  }

  hostDisconnected(): void {
    if (this.transformFrame !== undefined) cancelAnimationFrame(this.transformFrame);
    this.transformFrame = undefined;
    this.stop();
    if (this.target) select(this.target).on('.zoom', null);
    this.target = undefined;
  }

  /** Limits for the current size and data: everything at most, a week at least. */
  setLimits(full: TimeWindow, width: number, height = this.extent[1][1]): void {
    this.extent = [
      [0, 0],
      [width, height],
    ];
    const maxScale = Math.max(1, (full.end - full.start) / MIN_WINDOW);
    this.behavior.extent(this.extent).translateExtent(this.extent).scaleExtent([1, maxScale]);
    this.limitedWindow = full;
  }

  /**
   * Keeps the zoom on the viewport drawn, with limits for its size and the data. The viewport
   * is rendered anew when data comes and goes; the zoom follows it. Its limits are set again
   * only when they change: reading the height forces a layout.
   */
  attach(viewport: HTMLElement, full: TimeWindow, width: number): void {
    if (this.target !== viewport || this.extent[1][0] !== width || this.limitedWindow !== full) this.setLimits(full, width, viewport.clientHeight);
    if (this.target !== viewport) {
      // Double-click zooms as the + key does, smoothly: d3's own would need d3-transition.
      select(viewport).call(this.behavior).on('dblclick.zoom', null);
      this.target = viewport;
    }
    if (this.pendingSync) {
      const transform = this.pendingSync;
      this.pendingSync = undefined;
      this.behavior.transform(select(viewport), transform);
    }
  }

  /** The transform that shows a window, within the limits, keeping the zoom where it is close. */
  transformFor(window: TimeWindow): ZoomTransform {
    const { baseScale, width } = this.options.view();
    const x0 = baseScale(window.start);
    const x1 = baseScale(window.end);
    const [minScale, maxScale] = this.behavior.scaleExtent();
    const scale = keptScale(Math.min(maxScale, Math.max(minScale, width / Math.max(1, x1 - x0))), this.current.k);
    const centre = (x0 + x1) / 2;
    const transform = zoomIdentity.translate(width / 2 - centre * scale, 0).scale(scale);
    return this.behavior.constrain()(transform, this.extent, this.behavior.translateExtent());
  }

  /** Moves the view to a transform, smoothly unless the reader prefers reduced motion. */
  moveTo(transform: ZoomTransform, animate: boolean): void {
    const viewport = this.options.view().viewport;
    if (!viewport) return;
    this.stop();
    const jump = (to: ZoomTransform) => {
      // The viewport is rendered anew when the list is shown: a move follows it or stops.
      const current = this.options.view().viewport;
      if (current) this.behavior.transform(select(current), to);
    };
    if (animate && !prefersReducedMotion()) this.stopMove = animateZoom(zoomTransform(viewport), transform, this.options.view().width, MOVE_DURATION, jump);
    else jump(transform);
  }

  showWindow(window: TimeWindow, animate: boolean): void {
    this.moveTo(this.transformFor(window), animate);
  }

  /** Moves the view so that an event shows whole, keeping the zoom unless the event is wider. */
  reveal(event: TimelineEvent, animate: boolean): void {
    const { start, end } = windowOf(this.options.view().visibleScale);
    if (event.when.start >= start && event.when.end <= end) return;
    const span = end - start;
    const centre = (event.when.start + event.when.end) / 2;
    const window = event.when.end - event.when.start > span ? padWindow(event.when, 0.1) : { start: centre - span / 2, end: centre + span / 2 };
    this.showWindow(window, animate);
  }

  /**
   * Zooms in halfway on an event, without motion; false where the view is already as close as
   * it goes. Used to find a mark lost in a cluster.
   */
  closeInOn(event: TimelineEvent): boolean {
    const { start, end } = windowOf(this.options.view().visibleScale);
    if (end - start <= MIN_WINDOW) return false;
    const centre = (event.when.start + event.when.end) / 2;
    this.showWindow({ start: centre - (end - start) / 4, end: centre + (end - start) / 4 }, false);
    return true;
  }

  /** Zooms by a factor, keeping the instant under `x` (by default the middle) in place. */
  zoomBy(factor: number, x = this.options.view().width / 2): void {
    const scale = this.options.view().visibleScale;
    const { start, end } = windowOf(scale);
    const fixed = +scale.invert(x);
    this.showWindow({ start: fixed - (fixed - start) / factor, end: fixed + (end - fixed) / factor }, true);
  }

  /** Shows everything. */
  fit(): void {
    this.moveTo(zoomIdentity, true);
  }

  /** Stops a move under way where it is. */
  stop(): void {
    this.stopMove?.();
    this.stopMove = undefined;
  }

  private applyTransform(): void {
    if (this.transformFrame !== undefined) cancelAnimationFrame(this.transformFrame);
    this.transformFrame = undefined;
    if (this.nextTransform) this.setTransform(this.nextTransform, false);
  }
}
