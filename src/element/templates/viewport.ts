// The zoomable view as drawn: era bands, clusters, the marks, the edge hints and the axis,
// placed in pixels from a scene that layout has worked out.
import { html, nothing, type TemplateResult } from 'lit';
import { formatTick } from '../../model/index.js';
import { countBoxes, type Scene, type SceneCluster, type SceneMark } from '../../layout/scene.js';
import { chooseTicks } from '../../layout/ticks.js';
import { countOutside, firstStartingAtOrAfter, lastEndingBefore, padWindow, type TimeWindow } from '../../layout/time-window.js';
import { TICK_SPACING } from '../../layout/view.js';
import type { UiStrings } from '../../i18n/strings.js';
import type { AccessibleNames } from '../accessible-names.js';
import type { ShownView } from '../shown-view.js';
import { pressesButton } from '../keyboard.js';
import { styleProperties } from '../style-properties.js';
import { renderAxis } from './axis.js';
import { drawMarks, type DrawnMark } from './marks.js';

/** Below this room, in pixels, a cluster's count loses its padding to stay clear of the next. */
const SQUEEZED_COUNT = 32;

/** Everything the view is drawn from. */
export interface ViewportView {
  scene: Scene;
  /** The events shown, the scale of the view and how far its lanes have moved. */
  shown: ShownView;
  width: number;
  laneHeight: number;
  selected: string | null;
  tabStop: string | undefined;
  locale: string;
  strings: UiStrings;
  names: AccessibleNames;
  countWidth: (text: string) => number;
  listeners: LaneListeners;
  /** Shows a stretch of time. */
  showWindow: (window: TimeWindow) => void;
  /** Selects an event (an edge hint's nearest event). */
  select: (id: string | null) => void;
}

export interface LaneListeners {
  click: (event: Event) => void;
  keydown: (event: KeyboardEvent) => void;
  focusin: (event: Event) => void;
  dblclick: (event: MouseEvent) => void;
}

/** The mark an event happened in or on, if any. */
const markOf = (event: Event) => (event.target as Element).closest<HTMLElement>('.mark');

/**
 * One listener each for all the marks rather than two on every mark: marks come and go by the
 * hundred as a reader zooms. Made once per element, so that a render does not bind them anew.
 */
export function laneListeners(actions: { choose: (id: string) => void; focus: (id: string | null) => void; zoomAt: (factor: number, x: number) => void }): LaneListeners {
  return {
    click: (event) => {
      const id = markOf(event)?.dataset['id'];
      if (id) actions.choose(id);
    },
    // Enter and Space press a mark or a cluster, as they press a button.
    keydown: (event) => {
      const pressed = (event.target as Element).closest<HTMLElement>('.mark, .cluster');
      if (!pressed || !pressesButton(event)) return;
      // Space would scroll the page.
      event.preventDefault();
      pressed.click();
    },
    focusin: (event) => {
      const mark = markOf(event);
      if (mark) actions.focus(mark.dataset['id'] ?? null);
    },
    dblclick: (event) => {
      const viewport = event.currentTarget as HTMLElement;
      actions.zoomAt(event.shiftKey ? 0.5 : 2, event.clientX - viewport.getBoundingClientRect().left);
    },
  };
}

/**
 * A place or size to a hundredth of a pixel, finer than the browser lays out: after a pan, a
 * mark that has not moved inside the lanes gets the same text, and is left alone.
 */
const hundredths = (pixels: number) => Math.round(pixels * 100) / 100;

/**
 * A mark as `drawMarks` draws it: a button to assistive technology and the keyboard (see
 * `laneListeners`), drawn as a `div`, since a `<button>`'s style takes three times as long to
 * work out again and a zoom step moves every mark in view. Clusters are `div` buttons too.
 */
function drawnMark(view: ViewportView, mark: SceneMark): DrawnMark {
  const { event, kind } = mark;
  const colour = view.shown.colours.get(event.tags[0] ?? '');
  return {
    id: event.id,
    className: `mark ${kind}${colour === undefined ? '' : ` c${colour}`}${event.featured ? ' featured' : ''}${event.when.approximate ? ' approximate' : ''}${
      mark.continuesBefore ? ' continues-before' : ''
    }${mark.continuesAfter ? ' continues-after' : ''}`,
    name: view.names.event(event, view.locale),
    tabStop: event.id === view.tabStop,
    pressed: view.selected === event.id,
    x: hundredths(mark.x0 - view.shown.panShift),
    y: hundredths(mark.lane * view.laneHeight),
    width: hundredths(mark.x1 - mark.x0),
    height: view.laneHeight,
    label: mark.labelShown
      ? { text: event.title, atEnd: mark.labelEndX !== undefined, inside: mark.labelInside, left: hundredths((mark.labelEndX ?? mark.labelX) - mark.x0), width: mark.labelCut ? hundredths(mark.labelWidth) : undefined }
      : undefined,
  };
}

/**
 * Marks that found no room, as "N events", zooming in on click; named with the stretch of
 * time they cover, and the Tab stop when the view draws no mark. A crowded stretch's column
 * rises over the lanes as high as it is crowded; it comes before the marks so that any mark
 * drawn there stays on top. Its count is drawn in `box` (see `countBoxes`), cut short with
 * "…" where it does not fit, so that it never lies over the next count. It is placed, and
 * its column sized, in pixels from the measured lane height, as marks are.
 */
function renderCluster(view: ViewportView, cluster: SceneCluster, box: { left: number; width: number }, index: number): TemplateResult {
  const left = hundredths(box.left - view.shown.panShift);
  const width = hundredths(box.width);
  const count = view.strings.cluster(cluster.events.length);
  const lanesHeight = view.scene.laneCount * view.laneHeight;
  return html`<div
    role="button"
    class="cluster${width < SQUEEZED_COUNT ? ' squeezed' : ''}"
    part="cluster"
    data-index=${index}
    tabindex=${view.tabStop === undefined && index === 0 ? '0' : '-1'}
    aria-label=${`${count}, ${view.names.window(cluster.window, view.locale)}`}
    style=${styleProperties({ transform: `translate(${left}px, ${hundredths(lanesHeight)}px)`, 'max-width': `${width}px` })}
    @click=${() => view.showWindow(padWindow(cluster.window, 0.1))}
  >
    ${cluster.density > 0
      ? html`<span class="crowd" style=${styleProperties({ width: `${width}px`, height: `${hundredths(cluster.density * lanesHeight)}px` })}></span>`
      : nothing}
    <span class="cluster-count">${count}</span>
  </div>`;
}

/**
 * "N earlier" and "N later" at the view's edges, counting the events wholly outside the view,
 * each selecting the nearest of them; none where there are none.
 */
function renderEdgeHints(view: ViewportView): TemplateResult {
  const { strings } = view;
  const { events, ends, window } = view.shown;
  const outside = countOutside(events, ends, window);
  // Looked for on a click only: the events before the view are not in the order of their ends.
  const nearest = (edge: 'before' | 'after') => (edge === 'before' ? lastEndingBefore(events, window.start) : events[firstStartingAtOrAfter(events, window.end)]);
  const edgeHint = (edge: 'before' | 'after', count: number) =>
    count > 0
      ? html`<button
          class="edge ${edge}"
          part="edge-hint"
          tabindex="-1"
          @click=${() => view.select(nearest(edge)?.id ?? null)}
        >
          ${edge === 'before' ? `← ${strings.earlier(count)}` : `${strings.later(count)} →`}
        </button>`
      : nothing;
  return html`${edgeHint('before', outside.before)} ${edgeHint('after', outside.after)}`;
}

export function renderViewport(view: ViewportView): TemplateResult {
  const { scene, strings, width, listeners } = view;
  const scale = view.shown.visibleScale;
  const ticks = chooseTicks((count) => scale.ticks(count), width, TICK_SPACING);
  const tickLabel = (value: number, index: number) => formatTick(value, ticks.precision, view.locale, index === 0);
  const counts = countBoxes(scene.clusters, width, (index) => view.countWidth(strings.cluster(scene.clusters[index]!.events.length)));
  return html`<div
    class="viewport"
    part="viewport"
    role="group"
    aria-label=${strings.timelineLabel}
    aria-describedby="keyboard-help"
    style=${styleProperties({ '--ct-lanes': String(scene.laneCount) })}
    @dblclick=${listeners.dblclick}
  >
    ${ticks.values.map((value) => html`<div class="grid" style=${styleProperties({ left: `${hundredths(scale(value))}px` })}></div>`)}
    ${scene.eras.map(({ era, x0, x1 }, index) => {
      // Its name runs on past a narrow band, up to the next era or the view's edge.
      const labelLeft = Math.max(0, x0) + 4;
      const room = Math.max(x1, scene.eras[index + 1]?.x0 ?? width) - labelLeft - 4;
      return html`<div class="era" part="era" style=${styleProperties({ left: `${x0}px`, width: `${x1 - x0}px` })}></div>
        <span class="era-label" style=${styleProperties({ left: `${labelLeft}px`, 'max-width': `${Math.max(0, room)}px` })}>${era.title}</span>`;
    })}
    <div
      class="lanes"
      style=${styleProperties({ transform: `translateX(${view.shown.panShift}px)` })}
      @click=${listeners.click}
      @keydown=${listeners.keydown}
      @focusin=${listeners.focusin}
    >
      ${scene.clusters.map((cluster, index) => renderCluster(view, cluster, counts[index]!, index))}
      <div class="marks" ${drawMarks(scene.marks.map((mark) => drawnMark(view, mark)))}></div>
    </div>
    ${renderEdgeHints(view)}
    <svg class="axis" part="axis" aria-hidden="true">${renderAxis(ticks.values, scale, width, tickLabel)}</svg>
  </div>`;
}
