// The element's view, as laid out, described as a picture: title, marks, axis and sources.
import { chooseTicks } from '../layout/ticks.js';
import type { Scene } from '../layout/scene.js';
import type { TimeScale } from '../layout/time-scale.js';
import { TICK_SPACING } from '../layout/view.js';
import { tagColours } from '../layout/tag-colours.js';
import { formatTick, formatWindow } from '../model/format-date.js';
import type { Timeline } from '../model/types.js';
import { buildPicture, type Picture, type PictureColours } from './picture.js';

export interface ViewToPicture {
  timeline: Timeline;
  scene: Scene;
  /** The view's scale: its domain is the stretch of time shown, its range the view's width. */
  scale: TimeScale;
  locale: string;
  strings: { sourceLine: (names: string) => string; cluster: (count: number) => string };
  colours?: PictureColours;
}

/** A picture of a laid-out view, with its axis and dates in the view's language. */
export function pictureOfView({ timeline, scene, scale, locale, strings, colours }: ViewToPicture): Picture {
  const [start, end] = scale.domain().map(Number) as [number, number];
  const width = scale.range()[1];
  const ticks = chooseTicks((count) => scale.ticks(count), width, TICK_SPACING);
  return buildPicture({
    timeline,
    scene,
    width,
    lanes: scene.laneCount,
    windowText: formatWindow(start, end, locale),
    ticks: ticks.values.map((value, index) => ({ x: scale(value), label: formatTick(value, ticks.precision, locale, index === 0) })),
    sourceLine: strings.sourceLine,
    clusterText: strings.cluster,
    tagColours: tagColours(timeline.events),
    colours,
  });
}
