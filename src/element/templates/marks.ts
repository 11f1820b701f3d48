// The marks of the view, drawn by a directive that writes only what changed on each mark.
import { noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/** One mark as drawn: a button named for its event, placed and sized in pixels. */
export interface DrawnMark {
  /** The event's id: a mark keeps its element from one view to the next. */
  id: string;
  className: string;
  name: string;
  tabStop: boolean;
  pressed: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  label: DrawnLabel | undefined;
}

export interface DrawnLabel {
  text: string;
  /** Placed by its end rather than its start: left of its mark. */
  atEnd: boolean;
  /** On its span or bar. */
  inside: boolean;
  /** From the mark's left edge, in pixels. */
  left: number;
  /** The most it may take, in pixels, where the title is cut short with "…". */
  width: number | undefined;
}

/** A mark's elements, and what was last written on them: only what changes is written again. */
interface MarkNodes {
  element: HTMLDivElement;
  label: HTMLSpanElement | undefined;
  drawn: DrawnMark | undefined;
}

function createMark(id: string): MarkNodes {
  const element = document.createElement('div');
  element.setAttribute('role', 'button');
  element.setAttribute('part', 'mark');
  element.dataset['id'] = id;
  const shape = document.createElement('span');
  shape.className = 'shape';
  element.append(shape);
  return { element, label: undefined, drawn: undefined };
}

/** Writes what changed. Text goes in as text and styles through the CSSOM, as a strict CSP asks. */
function write(nodes: MarkNodes, mark: DrawnMark): void {
  const { element } = nodes;
  const { style } = element;
  const was = nodes.drawn;
  if (mark.className !== was?.className) element.className = mark.className;
  if (mark.name !== was?.name) {
    element.setAttribute('aria-label', mark.name);
    element.title = mark.name;
  }
  if (mark.tabStop !== was?.tabStop) element.tabIndex = mark.tabStop ? 0 : -1;
  if (mark.pressed !== was?.pressed) element.setAttribute('aria-pressed', String(mark.pressed));
  if (mark.x !== was?.x || mark.y !== was?.y) style.setProperty('transform', `translate(${mark.x}px, ${mark.y}px)`);
  if (mark.width !== was?.width) style.setProperty('width', `${mark.width}px`);
  if (mark.height !== was?.height) style.setProperty('height', `${mark.height}px`);
  writeLabel(nodes, mark.label, was?.label);
  nodes.drawn = mark;
}

function writeLabel(nodes: MarkNodes, label: DrawnLabel | undefined, was: DrawnLabel | undefined): void {
  if (!label) {
    nodes.label?.remove();
    nodes.label = undefined;
    return;
  }
  let element = nodes.label;
  if (!element) {
    element = nodes.label = document.createElement('span');
    element.setAttribute('part', 'label');
    element.setAttribute('aria-hidden', 'true');
    nodes.element.append(element);
  }
  if (label.text !== was?.text) element.textContent = label.text;
  if (label.atEnd !== was?.atEnd || label.inside !== was?.inside) element.className = `label${label.atEnd ? ' at-end' : ''}${label.inside ? ' inside' : ''}`;
  if (label.left !== was?.left) element.style.setProperty('left', `${label.left}px`);
  if (label.width !== was?.width) {
    if (label.width === undefined) element.style.removeProperty('max-width');
    else element.style.setProperty('max-width', `${label.width}px`);
  }
}

/**
 * Draws marks as the children of its element, in the order given, each kept by its event's id
 * from one render to the next. A zoom step moves every mark in view and brings in dozens: here
 * a mark costs a few comparisons and the writes it needs, where a Lit template had a dozen parts
 * resolved and compared one by one.
 */
class DrawMarks extends Directive {
  private drawn = new Map<string, MarkNodes>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('drawMarks goes on an element, as its children');
  }

  render(_marks: readonly DrawnMark[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [marks]: [readonly DrawnMark[]]): typeof noChange {
    const container = part.element;
    const drawn = new Map<string, MarkNodes>();
    for (const mark of marks) drawn.set(mark.id, this.drawn.get(mark.id) ?? createMark(mark.id));
    for (const [id, nodes] of this.drawn) if (!drawn.has(id)) nodes.element.remove();
    this.drawn = drawn;
    // Every element before `next` is in its place: one that is not is moved (or put) there.
    let next = container.firstElementChild;
    for (const mark of marks) {
      const nodes = drawn.get(mark.id)!;
      write(nodes, mark);
      if (nodes.element === next) next = next.nextElementSibling;
      else container.insertBefore(nodes.element, next);
    }
    return noChange;
  }
}

export const drawMarks = directive(DrawMarks);
