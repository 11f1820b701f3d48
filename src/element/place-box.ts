import { noChange, type AttributePart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/**
 * Places a box by a translation and sizes it, in pixels, through the CSSOM (which a strict
 * Content-Security-Policy allows), writing only what changed since the last render. A zoom
 * step moves every mark in view: comparing numbers spares making and comparing their CSS
 * text for what has not moved.
 */
class PlaceBox extends Directive {
  private x = NaN;
  private y = NaN;
  private width = NaN;
  private height = NaN;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('placeBox goes in a style attribute');
  }

  render(_x: number, _y: number, _width: number, _height: number): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [x, y, width, height]: [number, number, number, number]): typeof noChange {
    const { style } = part.element as HTMLElement;
    if (x !== this.x || y !== this.y) style.setProperty('transform', `translate(${x}px, ${y}px)`);
    if (width !== this.width) style.setProperty('width', `${width}px`);
    if (height !== this.height) style.setProperty('height', `${height}px`);
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    return noChange;
  }
}

export const placeBox = directive(PlaceBox);
