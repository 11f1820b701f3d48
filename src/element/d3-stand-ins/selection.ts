// d3-zoom and d3-drag use a sliver of d3-selection: select one node, bind named listeners, set a
// property and a style, filter, call, each, and read a pointer. d3-selection's prototype brings
// all of its methods along (data joins, attr, append…), a tenth of the bundle; this is the sliver.

type Listener = (this: EventTarget, event: Event, datum: unknown) => void;

interface Bound {
  type: string;
  name: string;
  value: Listener;
  wrapper: (event: Event) => void;
  options: AddEventListenerOptions | boolean | undefined;
}

/** The listeners bound through a selection, by node: a later `select(node)` sees them, as in d3. */
const boundListeners = new WeakMap<EventTarget, Bound[]>();

type Node = EventTarget & { __data__?: unknown; style?: CSSStyleDeclaration };

/** `"wheel.zoom mouseup.zoom"` as d3 reads it: a type and a name each, either may be empty. */
function parseTypenames(typenames: string): { type: string; name: string }[] {
  return typenames
    .trim()
    .split(/^|\s+/)
    .map((typename) => {
      const dot = typename.indexOf('.');
      return dot >= 0 ? { type: typename.slice(0, dot), name: typename.slice(dot + 1) } : { type: typename, name: '' };
    });
}

class Selection {
  constructor(private readonly nodes: readonly Node[]) {}

  node(): Node | null {
    return this.nodes[0] ?? null;
  }

  datum(): unknown {
    return this.node()?.__data__;
  }

  each(callback: (this: Node, datum: unknown, index: number, nodes: readonly Node[]) => void): this {
    this.nodes.forEach((node, index) => callback.call(node, node.__data__, index, this.nodes));
    return this;
  }

  filter(keep: (this: Node, datum: unknown, index: number, nodes: readonly Node[]) => unknown): Selection {
    return new Selection(this.nodes.filter((node, index) => keep.call(node, node.__data__, index, this.nodes)));
  }

  call<Args extends unknown[]>(callback: (selection: this, ...args: Args) => void, ...args: Args): this {
    callback(this, ...args);
    return this;
  }

  property(name: string, value: unknown): this {
    return this.each(function () {
      (this as unknown as Record<string, unknown>)[name] = typeof value === 'function' ? value.apply(this, arguments) : value;
    });
  }

  style(name: string, value: string): this {
    return this.each(function () {
      this.style?.setProperty(name, value);
    });
  }

  /** Stopping transitions is doing nothing: the element starts none (d3-stand-ins/transition.ts). */
  interrupt(): this {
    return this;
  }

  /**
   * With a listener, binds it to each type under its name, in place of one bound there before;
   * with null, unbinds (`.zoom` unbinds every type of that name); with neither, gives the listener bound.
   */
  on(typenames: string): Listener | undefined;
  on(typenames: string, listener: Listener | null, options?: AddEventListenerOptions | boolean): this;
  on(typenames: string, listener?: Listener | null, options?: AddEventListenerOptions | boolean): this | Listener | undefined {
    const parsed = parseTypenames(typenames);
    if (listener === undefined) {
      const bound = boundListeners.get(this.node()!) ?? [];
      return bound.find((entry) => parsed.some(({ type, name }) => entry.type === type && entry.name === name))?.value;
    }
    return this.each(function () {
      const kept: Bound[] = [];
      for (const entry of boundListeners.get(this) ?? []) {
        const matched = parsed.some(({ type, name }) => entry.name === name && (type === '' || entry.type === type));
        if (matched) this.removeEventListener(entry.type, entry.wrapper, entry.options);
        else kept.push(entry);
      }
      if (listener) {
        for (const { type, name } of parsed) {
          const node = this;
          const wrapper = (event: Event) => listener.call(node, event, node.__data__);
          node.addEventListener(type, wrapper, options);
          kept.push({ type, name, value: listener, wrapper, options });
        }
      }
      boundListeners.set(this, kept);
    });
  }
}

export function select(node: Node): Selection {
  return new Selection([node]);
}

type PointerEvent = { sourceEvent?: PointerEvent; clientX: number; clientY: number; pageX: number; pageY: number; currentTarget?: EventTarget | null };

/** Where an event (or the event it came from) happened, in a node's own pixels, as d3's `pointer`. */
export function pointer(event: PointerEvent, node?: EventTarget | null): [number, number] {
  while (event.sourceEvent) event = event.sourceEvent;
  const target = (node === undefined ? event.currentTarget : node) as Element | null | undefined;
  if (target?.getBoundingClientRect) {
    const rect = target.getBoundingClientRect();
    return [event.clientX - rect.left - target.clientLeft, event.clientY - rect.top - target.clientTop];
  }
  return [event.pageX, event.pageY];
}
