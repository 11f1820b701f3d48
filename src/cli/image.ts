// `conflict-timeline image`: the element's first view of a data file as an SVG or PNG picture.
import { layoutScene } from '../layout/scene.js';
import { timeScale } from '../layout/time-scale.js';
import { itemsInWindow } from '../layout/time-window.js';
import { crowdStretches, firstWindow, fittingLanes, fullWindowOf, VIEW_LAYOUT, type LaneFit } from '../layout/view.js';
import type { Timeline } from '../model/types.js';
import { uiStrings } from '../i18n/strings.js';
import { pictureSvg } from '../picture/picture.js';
import { pictureOfView } from '../picture/view-picture.js';

export interface ImageOptions {
  /** Width of the picture, in pixels; the PNG has twice as many. */
  width: number;
  locale: string;
  /** The stretch to show, as `YYYY[-MM[-DD]]`; by default the element's first view. */
  start?: string;
  end?: string;
}

/**
 * Label widths without a browser to measure them: a generous average glyph of the picture's
 * 12 px text, so that labels are kept apart rather than packed.
 */
const labelWidth = (title: string) => Math.ceil(title.length * 12 * 0.6) + 8;

/** The picture the element would save of its first view (or of start to end), as SVG. */
export function timelineSvg(timeline: Timeline, options: ImageOptions): string | undefined {
  const full = fullWindowOf(timeline);
  if (!full) return undefined;
  const window = firstWindow(timeline.events, full, options.start, options.end);
  const scale = timeScale([window.start, window.end], [0, options.width]);
  const place = (fit: LaneFit) =>
    layoutScene(itemsInWindow(timeline.events, window), timeline.eras, scale, (event) => labelWidth(event.title), {
      ...VIEW_LAYOUT,
      ...fit,
      width: options.width,
      // Crowded stretches counted as the element counts them, so the columns match its view.
      ...crowdStretches(full, scale),
      counted: timeline.events,
    });
  const scene = place(fittingLanes(place));
  return pictureSvg(pictureOfView({ timeline, scene, scale, locale: options.locale, strings: uiStrings(options.locale) }));
}

/** What to tell a user whose machine lacks the optional PNG renderer. */
export const PNG_RENDERER_MISSING = 'PNG pictures need @resvg/resvg-js, which is optional: add it with `npm install @resvg/resvg-js`';

/**
 * The SVG drawn as a PNG at twice its size, with the machine's fonts; undefined where the
 * optional renderer (@resvg/resvg-js, a native module a web page never needs) is not installed.
 */
export async function pngOf(svg: string): Promise<Buffer | undefined> {
  let resvg: typeof import('@resvg/resvg-js');
  try {
    resvg = await import('@resvg/resvg-js');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  return new resvg.Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } }).render().asPng();
}
