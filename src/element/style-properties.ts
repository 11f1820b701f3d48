import { noChange, type AttributePart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM only. Lit's styleMap writes its first
 * render as a `style` attribute, which a strict Content-Security-Policy (no
 * 'unsafe-inline' styles) refuses; setting properties one by one is allowed.
 */
class StyleProperties extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('styleProperties goes in a style attribute');
  }

  render(_properties: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Record<string, string>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
