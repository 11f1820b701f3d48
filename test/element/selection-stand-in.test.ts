import { expect } from '@esm-bundle/chai';
import * as standIn from '../../src/element/d3-stand-ins/selection.js';

/** The real d3-selection, by its file: the name `d3-selection` resolves to the stand-in here, as in the bundle. */
const REAL_D3_SELECTION = '/node_modules/d3-selection/dist/d3-selection.mjs';

type Api = { select: (node: EventTarget) => any; pointer: (event: any, node?: EventTarget | null) => [number, number] };

/** What d3-zoom and d3-drag do with a selection, written down as a log of what happened. */
function useSelection({ select, pointer }: Api): unknown[] {
  const log: unknown[] = [];
  const parent = document.body.appendChild(document.createElement('div'));
  const node = parent.appendChild(Object.assign(document.createElement('div'), { __data__: 'datum' }));
  Object.assign(node.style, { position: 'fixed', left: '30px', top: '40px', width: '100px', height: '50px', border: '3px solid' });
  const named = (name: string) =>
    function (this: EventTarget, event: Event, datum: unknown) {
      log.push([name, event.type, this === node, datum]);
    };
  const click = () => node.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 60 }));
  try {
    const first = named('a');
    select(node).on('click.a', first).on('click.b mousedown.b', named('b'));
    click();
    log.push(select(node).on('click.a') === first, select(node).on('mousedown.a') === undefined);
    select(node).on('click.a', named('a, again'));
    click();
    node.dispatchEvent(new MouseEvent('mousedown'));
    // `.b` removes every type bound under that name.
    select(node).on('.b', null);
    click();
    node.dispatchEvent(new MouseEvent('mousedown'));
    // A capturing listener is removed with its own options.
    select(parent).on('click.capture', named('capture'), { capture: true, passive: false });
    click();
    select(parent).on('click.capture', null);
    click();
    select(node)
      .property('__zoom', function (this: { __zoom?: string }) {
        return this.__zoom ?? 'identity';
      })
      .style('-webkit-tap-highlight-color', 'rgba(0, 0, 0, 0)');
    log.push((node as unknown as { __zoom: string }).__zoom, node.style.getPropertyValue('-webkit-tap-highlight-color'), select(node).datum());
    select(node)
      .filter(() => false)
      .each(() => log.push('filtered out'));
    select(node).call((selection: unknown, extra: string) => log.push(selection !== undefined, extra), 'argument');
    const event = new MouseEvent('mousemove', { clientX: 80, clientY: 95 });
    log.push(pointer(event, node), pointer({ sourceEvent: event } as unknown as Event, node));
  } finally {
    parent.remove();
  }
  return log;
}

describe('the d3-selection stand-in', () => {
  it('does what d3-selection does for d3-zoom and d3-drag: named listeners, property, style, filter, call, pointer', async () => {
    const real = (await import(/* @vite-ignore */ REAL_D3_SELECTION)) as Api;
    const expected = useSelection(real);
    // The real one's log, read: so that the comparison below compares something.
    expect(expected).to.deep.include.members([['a', 'click', true, 'datum'], ['b', 'mousedown', true, 'datum'], ['capture', 'click', false, undefined], 'identity', [47, 52]]);
    expect(useSelection(standIn as unknown as Api)).to.deep.equal(expected);
  });
});
