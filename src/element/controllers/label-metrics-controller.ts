// The sizes layout is fed with: the element's width, a lane's height and the labels' widths,
// measured from probes out of sight and watched for changes of size, text size and font.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../../model/index.js';

/** Printable ASCII and Latin-1 from À to ÿ: the characters most labels are written in. */
const COMMON_CHARACTERS = String.fromCharCode(...Array.from({ length: 95 }, (_, index) => 32 + index), ...Array.from({ length: 64 }, (_, index) => 0xc0 + index));
/** Code points below this (the alphabets up to Greek Extended) have their widths in an array. */
const ARRAY_CHAR_LIMIT = 0x2000;

/** The width inside an element's padding, as its resize observer gives it (to the pixel). */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return Math.max(0, element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
}

export class LabelMetricsController implements ReactiveController {
  /** The element's width inside its padding; 0 before it is read. */
  width = 0;
  /** The height of a lane in pixels, as `--ct-lane-height` gives it; 0 before it is read. */
  laneHeight = 0;
  /** Counts the changes of the labels' font, each of which lays the view out again. */
  fontChanges = 0;
  /** The width before this update, where it changed since the last one. */
  widthBefore?: number;

  /**
   * A label out of sight, whose font labels are measured in. It comes with the shadow root
   * rather than the first render (see `appendProbes`), so that data set before that render is
   * measured in the labels' font too. Its width is watched: it changes when the font does (a
   * page's text size, or a web font come in place of its fallback).
   */
  private readonly labelProbe = Object.assign(document.createElement('span'), { className: 'label font-probe', textContent: 'Hamburgefonstiv 0123456789' });
  /**
   * A lane's height, out of sight, watched for changes of `--ct-lane-height` or of the font.
   * Marks are placed and sized in pixels: a place or a height written with `var()` is worked out
   * again by the browser for every mark that moves, which made its style and layout take half
   * as long again.
   */
  private readonly laneProbe = Object.assign(document.createElement('span'), { className: 'lane-probe' });
  private lastLabelProbeWidth = 0;

  /** Watches the element's width and, through its probes, a lane's height and the labels' font. */
  private readonly resizeObserver = new ResizeObserver((entries) => {
    // The next frame, not this one: a layout change inside the observer's callback would
    // trigger it again before the browser could deliver it.
    requestAnimationFrame(() => {
      for (const { target, contentRect } of entries) {
        if (target === this.host) this.setWidth(contentRect.width);
        else if (target === this.laneProbe) this.setLaneHeight(contentRect.height);
        else this.onLabelProbeResize(contentRect.width);
      }
    });
  });

  private labelWidths = new Map<string, number>();
  /**
   * By code point: in an array up to `ARRAY_CHAR_LIMIT`, NaN where not yet measured, since a
   * zoom step may add up the characters of hundreds of new labels; in a map beyond it.
   */
  private charWidths = new Float64Array(ARRAY_CHAR_LIMIT).fill(NaN);
  private rareCharWidths = new Map<number, number>();
  private labelContext: CanvasRenderingContext2D | null | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Puts the probes in the element's shadow root, as soon as it is made. */
  appendProbes(root: HTMLElement | DocumentFragment): void {
    for (const probe of [this.labelProbe, this.laneProbe]) probe.setAttribute('aria-hidden', 'true');
    root.append(this.labelProbe, this.laneProbe);
  }

  hostConnected(): void {
    this.resizeObserver.observe(this.host);
    this.resizeObserver.observe(this.laneProbe);
    this.resizeObserver.observe(this.labelProbe);
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
  }

  hostUpdated(): void {
    this.widthBefore = undefined;
  }

  /**
   * Reads the width and a lane's height now where they are not known yet: data that comes
   * before the resize observer has spoken is drawn at once, at the right width (and as a list
   * on a phone) and lane height, rather than a frame later after a render at none.
   */
  measureIfUnknown(): void {
    if (this.width <= 0) this.setWidth(contentWidth(this.host));
    if (this.laneHeight <= 0) this.setLaneHeight(this.laneProbe.getBoundingClientRect().height);
  }

  private setWidth(width: number): void {
    if (width === this.width) return;
    this.widthBefore ??= this.width;
    this.width = width;
    this.host.requestUpdate();
  }

  private setLaneHeight(height: number): void {
    if (height === this.laneHeight) return;
    this.laneHeight = height;
    this.host.requestUpdate();
  }

  /** Forgets the labels' widths: their text changed (new data, another language). */
  forgetLabels(): void {
    this.labelWidths.clear();
  }

  /**
   * The width of an event's label: the sum of its characters' widths, each measured once in
   * the label font, with a margin for kerning. Measuring whole titles costs a canvas call per
   * event, which at 10,000 events is most of a first frame.
   */
  labelWidth(event: TimelineEvent): number {
    let width = this.labelWidths.get(event.id);
    if (width === undefined) {
      // A featured label is drawn heavier, and so wider.
      width = Math.ceil((4 + this.textWidth(event.title)) * (event.featured ? 1.1 : 1.03));
      this.labelWidths.set(event.id, width);
    }
    return width;
  }

  /** The width of a cluster's count: its text, in a font 0.75 / 0.82 of the labels', with its padding and border. */
  countWidth(text: string): number {
    return Math.ceil((this.textWidth(text) * 0.75) / 0.82) + 18;
  }

  /**
   * Loads the label font's common glyphs, once per font: each character's first measure alone
   * costs tens of microseconds, and a first zoom meets dozens of them. Called when the first
   * view is drawn, so that a reader's first zoom does not wait for it.
   */
  warmUp(): void {
    this.labelFont();
  }

  /**
   * The width of a text in the label font: the sum of its characters' widths, read by code
   * point rather than by a string iterator, since a zoom step may measure hundreds of labels.
   */
  private textWidth(text: string): number {
    let width = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.codePointAt(index)!;
      if (code > 0xffff) index++;
      width += this.charWidth(code);
    }
    return width;
  }

  private charWidth(code: number): number {
    if (code < ARRAY_CHAR_LIMIT) {
      const width = this.charWidths[code]!;
      return Number.isNaN(width) ? (this.charWidths[code] = this.measureChar(code)) : width;
    }
    let width = this.rareCharWidths.get(code);
    if (width === undefined) this.rareCharWidths.set(code, (width = this.measureChar(code)));
    return width;
  }

  private measureChar(code: number): number {
    const context = this.labelFont();
    // Without a canvas, an average glyph width keeps labels apart, if less tightly.
    return context ? context.measureText(String.fromCodePoint(code)).width : 7.5;
  }

  /** Measures labels afresh in a font that has changed since they were measured. */
  private onLabelProbeResize(width: number): void {
    const changed = this.lastLabelProbeWidth > 0 && width !== this.lastLabelProbeWidth;
    this.lastLabelProbeWidth = width;
    if (!changed || this.labelContext === undefined) return;
    this.labelContext = undefined;
    this.charWidths.fill(NaN);
    this.rareCharWidths.clear();
    this.labelWidths.clear();
    this.fontChanges++;
    this.host.requestUpdate();
  }

  /** A canvas set to the label font, made once per font: reading the font forces a style pass. */
  private labelFont(): CanvasRenderingContext2D | null {
    if (this.labelContext === undefined) {
      this.labelContext = document.createElement('canvas').getContext('2d');
      if (this.labelContext) {
        this.labelContext.font = getComputedStyle(this.labelProbe).font;
        this.labelContext.measureText(COMMON_CHARACTERS);
      }
    }
    return this.labelContext;
  }
}
