// A still picture of a view as plain shapes, written out as SVG.
import { columnOf, countBoxes, type Scene } from '../layout/scene.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { escapeMarkup } from '../model/markup.js';

/**
 * A still picture of a timeline's view, for social posts and print: its title, the stretch of
 * time shown, the marks and eras as laid out, the axis, and a line naming the sources of what
 * is shown. Built as plain shapes so that one description becomes both SVG and PNG.
 */
export interface Picture {
  width: number;
  height: number;
  background: string;
  shapes: Shape[];
}

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; fillOpacity?: number; stroke?: string; radius?: number }
  | { kind: 'circle'; x: number; y: number; radius: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string }
  | { kind: 'text'; x: number; y: number; text: string; size: number; fill: string; bold?: boolean; anchor?: 'start' | 'middle' | 'end' };

export interface PictureColours {
  text: string;
  muted: string;
  background: string;
  border: string;
  mark: string;
  markSoft: string;
  era: string;
  eraText: string;
  /** The marks' colours by first tag (see `tagColours`). */
  tags: readonly string[];
}

/** The element's light theme. */
export const DEFAULT_COLOURS: PictureColours = {
  text: '#1b1b1f',
  muted: '#575760',
  background: '#ffffff',
  border: '#c9c9d1',
  mark: '#1f5fbf',
  markSoft: '#d5e3f7',
  era: '#f3ead7',
  eraText: '#5c4a1e',
  tags: ['#0072b2', '#c45a00', '#00795a', '#a3387b', '#6f6a00', '#5a5a66'],
};

export interface PictureInput {
  timeline: Timeline;
  scene: Scene;
  /** The view's width in pixels: the scene's coordinates. */
  width: number;
  lanes: number;
  /** "May – July 2024": the stretch of time shown, in the reader's language. */
  windowText: string;
  ticks: { x: number; label: string }[];
  /** The source line in the reader's language: "Sources: Reuters; AFP". */
  sourceLine: (names: string) => string;
  /** How a cluster of events is named: "14 events". */
  clusterText: (count: number) => string;
  /** The colour of each first tag, by index into the colours' `tags`. */
  tagColours: ReadonlyMap<string, number>;
  colours?: PictureColours;
}

export const PICTURE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PADDING = 16;
const LANE_HEIGHT = 30;
const POINT_RADIUS = 6;
const SMALL_TEXT = 12;
const TITLE_TEXT = 20;
const BODY_TEXT = 14;
const CLUSTER_WIDTH = 76;
/** An average glyph width of the small text, as a share of its size, to wrap the source line. */
const GLYPH_WIDTH = 0.55;

/** The publishers (or, for want of one, the quoted titles) of the sources cited by what the scene shows, in first-cited order. */
function sourcesShown(scene: Scene): string[] {
  const events: TimelineEvent[] = [...scene.marks.map((mark) => mark.event), ...scene.clusters.flatMap((cluster) => cluster.events)];
  const names = new Set<string>();
  for (const { citations } of [...events, ...scene.eras.map((band) => band.era)]) {
    for (const { source } of citations) names.add(source.publisher ?? `“${source.title}”`);
  }
  return [...names];
}

/** Splits text into lines of at most `length` characters, at spaces where it can. */
function wrapText(text: string, length: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > length) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The shapes of a picture, added in the order they are drawn, back to front. */
class Shapes {
  readonly list: Shape[] = [];

  add(shape: Shape): void {
    this.list.push(shape);
  }

  text(x: number, y: number, content: string, size: number, fill: string, extra: Partial<Extract<Shape, { kind: 'text' }>> = {}): void {
    this.list.push({ kind: 'text', x, y, text: content, size, fill, ...extra });
  }
}

/** Where the parts of a picture go down the page, in pixels from its top. */
interface Rows {
  erasTop: number;
  lanesTop: number;
  lanesHeight: number;
  lanesBottom: number;
}

export function buildPicture(input: PictureInput): Picture {
  const { width, lanes, colours = DEFAULT_COLOURS } = input;
  const shapes = new Shapes();
  const top = drawTitle(shapes, input, colours);
  const erasTop = top + 14;
  const lanesTop = erasTop + 20;
  const lanesHeight = lanes * LANE_HEIGHT;
  const rows = { erasTop, lanesTop, lanesHeight, lanesBottom: lanesTop + lanesHeight };
  drawEras(shapes, input, rows, colours);
  drawCrowds(shapes, input, rows, colours);
  drawMarks(shapes, input, rows, colours);
  const clusterTop = rows.lanesBottom + 2;
  drawClusters(shapes, input, clusterTop, colours);
  const axisY = clusterTop + 28;
  drawAxis(shapes, input, axisY, colours);
  const bottom = drawSources(shapes, input, axisY + 26, colours);
  return { width, height: bottom + PADDING, background: colours.background, shapes: shapes.list };
}

/**
 * The title, then the description, each on as many lines as it takes rather than running off
 * the picture, and the stretch shown; returns where they end.
 */
function drawTitle(shapes: Shapes, input: PictureInput, colours: PictureColours): number {
  const lineLength = (size: number) => Math.floor((input.width - 2 * PADDING) / (size * GLYPH_WIDTH));
  let top = PADDING;
  for (const line of wrapText(input.timeline.title, lineLength(TITLE_TEXT))) shapes.text(PADDING, (top += TITLE_TEXT + 6), line, TITLE_TEXT, colours.text, { bold: true });
  for (const line of wrapText(input.timeline.description ?? '', lineLength(BODY_TEXT))) shapes.text(PADDING, (top += BODY_TEXT + 6), line, BODY_TEXT, colours.muted);
  shapes.text(PADDING, (top += 22), input.windowText, 13, colours.muted);
  return top;
}

/** As in the element: era bands behind the lanes, their names in a row above them. */
function drawEras(shapes: Shapes, { scene, width }: PictureInput, { erasTop, lanesTop, lanesHeight }: Rows, colours: PictureColours): void {
  for (const { era, x0, x1 } of scene.eras) {
    const left = Math.max(0, x0);
    const bandWidth = Math.min(width, x1) - left;
    shapes.add({ kind: 'rect', x: left, y: erasTop, width: bandWidth, height: lanesTop - erasTop + lanesHeight, fill: colours.era });
    const name = shortened(era.title, bandWidth - 8);
    if (name) shapes.text(left + 4, erasTop + 14, name, SMALL_TEXT - 1, colours.eraText, { bold: true });
  }
}

/** As in the element: a crowded stretch's column, as high over the lanes as it is crowded, behind any mark drawn there. */
function drawCrowds(shapes: Shapes, { scene, width }: PictureInput, { lanesHeight, lanesBottom }: Rows, colours: PictureColours): void {
  for (const cluster of scene.clusters.filter(({ density }) => density > 0)) {
    const columnHeight = Math.max(6, cluster.density * lanesHeight);
    const { left, width: columnWidth } = columnOf(cluster, width);
    shapes.add({ kind: 'rect', x: left, y: lanesBottom - columnHeight, width: columnWidth, height: columnHeight, fill: colours.markSoft });
    shapes.add({ kind: 'rect', x: left, y: lanesBottom - columnHeight, width: columnWidth, height: 2, fill: colours.mark });
  }
}

/**
 * As in the element: each mark in the middle of its lane, in its first tag's colour, its label
 * beside it on the same line (or on its span), a label left of its mark placed by its end.
 */
function drawMarks(shapes: Shapes, { scene, tagColours }: PictureInput, { lanesTop }: Rows, colours: PictureColours): void {
  for (const mark of scene.marks) {
    const laneTop = lanesTop + mark.lane * LANE_HEIGHT;
    const middle = laneTop + LANE_HEIGHT / 2;
    const tag = colours.tags[tagColours.get(mark.event.tags[0] ?? '') ?? -1];
    const ink = tag ?? colours.mark;
    if (mark.kind === 'point') {
      if (mark.event.featured) shapes.add({ kind: 'circle', x: (mark.x0 + mark.x1) / 2, y: middle, radius: POINT_RADIUS + 3, fill: ink });
      if (mark.event.featured) shapes.add({ kind: 'circle', x: (mark.x0 + mark.x1) / 2, y: middle, radius: POINT_RADIUS + 1, fill: colours.background });
      shapes.add({ kind: 'circle', x: (mark.x0 + mark.x1) / 2, y: middle, radius: POINT_RADIUS, fill: ink });
    } else if (mark.kind === 'span') {
      // The element's soft fill: the colour faded into the background.
      shapes.add({ kind: 'rect', x: mark.x0, y: laneTop + 3, width: mark.x1 - mark.x0, height: LANE_HEIGHT - 6, fill: ink, fillOpacity: 0.16, stroke: ink, radius: 4 });
    } else {
      shapes.add({ kind: 'rect', x: mark.x0, y: laneTop + LANE_HEIGHT - 8, width: mark.x1 - mark.x0, height: 5, fill: ink, radius: 2 });
    }
    if (!mark.labelShown) continue;
    const baseline = mark.kind === 'range' && mark.labelInside ? laneTop + 14 : middle + 4;
    const text = mark.labelCut ? shortened(mark.event.title, mark.labelWidth, SMALL_TEXT) ?? '' : mark.event.title;
    const anchor = mark.labelEndX !== undefined ? { anchor: 'end' as const } : {};
    shapes.text(mark.labelEndX ?? mark.labelX, baseline, text, SMALL_TEXT, colours.text, { ...anchor, bold: mark.event.featured });
  }
}

/**
 * Clusters sit under the lanes, each count clear of the next, placed as the element places
 * them; a pill is as wide as its cluster's stretch, or room for its count, if it has room.
 */
function drawClusters(shapes: Shapes, { scene, width, clusterText }: PictureInput, clusterTop: number, colours: PictureColours): void {
  const pillWidthOf = (index: number) => Math.max(CLUSTER_WIDTH, scene.clusters[index]!.x1 - scene.clusters[index]!.x0);
  const countPlaces = countBoxes(scene.clusters, width, pillWidthOf);
  scene.clusters.forEach((cluster, index) => {
    const { left, width: room } = countPlaces[index]!;
    const pillWidth = Math.min(pillWidthOf(index), room);
    if (pillWidth <= 0) return;
    shapes.add({ kind: 'rect', x: left, y: clusterTop, width: pillWidth, height: 20, fill: colours.markSoft, stroke: colours.mark, radius: 10 });
    // A count cut short, as in the element, rather than written over the next one.
    const count = shortened(clusterText(cluster.events.length), pillWidth - 8);
    if (count) shapes.text(left + 8, clusterTop + 14, count, SMALL_TEXT - 1, colours.text);
  });
}

function drawAxis(shapes: Shapes, { ticks, width }: PictureInput, axisY: number, colours: PictureColours): void {
  shapes.add({ kind: 'line', x1: 0, y1: axisY, x2: width, y2: axisY, stroke: colours.border });
  for (const tick of ticks) {
    shapes.add({ kind: 'line', x1: tick.x, y1: axisY, x2: tick.x, y2: axisY + 6, stroke: colours.border });
    // A label centred on a tick at the very edge would be cut: it moves inside.
    const half = (tick.label.length * (SMALL_TEXT - 1) * GLYPH_WIDTH) / 2 + 2;
    shapes.text(Math.min(Math.max(tick.x, half), width - half), axisY + 20, tick.label, SMALL_TEXT - 1, colours.muted, { anchor: 'middle' });
  }
}

/** The line naming the sources of what is shown, wrapped; returns where it ends. */
function drawSources(shapes: Shapes, { scene, width, sourceLine }: PictureInput, top: number, colours: PictureColours): number {
  const sources = sourcesShown(scene);
  const lines = sources.length > 0 ? wrapText(sourceLine(sources.join('; ')), Math.floor((width - 2 * PADDING) / (SMALL_TEXT * GLYPH_WIDTH))) : [];
  let y = top;
  for (const line of lines) shapes.text(PADDING, (y += SMALL_TEXT + 5), line, SMALL_TEXT, colours.muted);
  return y;
}

/** A small text cut short with "…" to fit a width, or nothing where not even two glyphs fit. */
function shortened(text: string, width: number, size = SMALL_TEXT - 1): string | undefined {
  const fits = Math.floor(width / (size * GLYPH_WIDTH));
  if (fits <= 1) return undefined;
  return text.length <= fits ? text : `${text.slice(0, fits - 1).trimEnd()}…`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The picture as an SVG document; every text is escaped, so data never becomes markup. */
export function pictureSvg(picture: Picture): string {
  const body = picture.shapes.map((shape) => {
    switch (shape.kind) {
      case 'rect':
        return `<rect x="${round(shape.x)}" y="${round(shape.y)}" width="${round(shape.width)}" height="${round(shape.height)}"${shape.radius ? ` rx="${shape.radius}"` : ''} fill="${escapeMarkup(shape.fill)}"${shape.fillOpacity === undefined ? '' : ` fill-opacity="${shape.fillOpacity}"`}${shape.stroke ? ` stroke="${escapeMarkup(shape.stroke)}"` : ''}/>`;
      case 'circle':
        return `<circle cx="${round(shape.x)}" cy="${round(shape.y)}" r="${shape.radius}" fill="${escapeMarkup(shape.fill)}"/>`;
      case 'line':
        return `<line x1="${round(shape.x1)}" y1="${round(shape.y1)}" x2="${round(shape.x2)}" y2="${round(shape.y2)}" stroke="${escapeMarkup(shape.stroke)}"/>`;
      case 'text':
        return `<text x="${round(shape.x)}" y="${round(shape.y)}" font-size="${shape.size}"${shape.bold ? ' font-weight="bold"' : ''}${shape.anchor === 'middle' || shape.anchor === 'end' ? ` text-anchor="${shape.anchor}"` : ''} fill="${escapeMarkup(shape.fill)}">${escapeMarkup(shape.text)}</text>`;
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${picture.height}" viewBox="0 0 ${picture.width} ${picture.height}" font-family="${escapeMarkup(PICTURE_FONT)}">`,
    `<rect width="100%" height="100%" fill="${escapeMarkup(picture.background)}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}
