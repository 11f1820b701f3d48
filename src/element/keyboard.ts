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

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** A key pressed with a modifier is the browser's or the page's. */
const modified = (event: KeyPress) => event.ctrlKey || event.metaKey || event.altKey;

/** The action of a key press, unless a modifier makes it the browser's or the page's. */
export function keyAction(event: KeyPress): KeyAction | undefined {
  return modified(event) ? undefined : ACTIONS[event.key];
}

/** Whether a key presses a button: Enter or Space, without a modifier. */
export function pressesButton(event: KeyPress): boolean {
  return !modified(event) && (event.key === 'Enter' || event.key === ' ');
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
