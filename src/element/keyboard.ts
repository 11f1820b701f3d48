/** What a key does inside the timeline. */
export type KeyAction = 'previous' | 'next' | 'first' | 'last' | 'close' | 'zoom-in' | 'zoom-out' | 'fit';

const ACTIONS: Record<string, KeyAction> = {
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  ArrowRight: 'next',
  ArrowDown: 'next',
  Home: 'first',
  End: 'last',
  Escape: 'close',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  '0': 'fit',
};

/** The action of a key press, unless a modifier makes it the browser's or the page's. */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): KeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return ACTIONS[event.key];
}

/** The index a move lands on in a list of `length` items, from `index` (−1: none yet). */
export function movedIndex(action: 'previous' | 'next' | 'first' | 'last', index: number, length: number): number {
  if (length === 0) return -1;
  switch (action) {
    case 'first':
      return 0;
    case 'last':
      return length - 1;
    case 'previous':
      return index <= 0 ? 0 : index - 1;
    case 'next':
      return index < 0 ? 0 : Math.min(length - 1, index + 1);
  }
}
