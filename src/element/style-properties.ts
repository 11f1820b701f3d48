// A directive that sets inline style properties through the CSSOM, as a strict CSP allows.
import { noChange, type AttributePart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM only. Lit's styleMap writes its first
 * render as a `style` attribute, which a strict Content-Security-Policy (no
 * 'unsafe-inline' styles) refuses; setting properties one by one is allowed.
 */
class StyleProperties extends Directive {
  /**
   * What was set last time (each render passes a new object, never changed after): a mark's
   * place is written only when it moves, since every write is parsed as CSS.
   */
  private previous: Record<string, string> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('styleProperties goes in a style attribute');
  }

  render(_properties: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Record<string, string>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name in this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const name in properties) if (this.previous[name] !== properties[name]) style.setProperty(name, properties[name]!);
    this.previous = properties;
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
