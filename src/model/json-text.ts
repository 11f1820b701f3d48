/**
 * JSON text with positions: where a JSON pointer's node stands in the text, where and why text
 * is not JSON, and keys given twice. `JSON.parse` does the parsing; the scanner runs only when a
 * position is needed or keys look doubled, so a good file pays little for it.
 */
import { ScanStop, Scanner, type DuplicateKey, type JsonSyntaxIssue, type NodeOffsets } from './json-scanner.js';

export { pointerSegment, type DuplicateKey, type JsonSyntaxIssue, type NodeOffsets } from './json-scanner.js';

/** A place in a text, both 1-based, as editors show it. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * A file's text without the byte-order mark some editors and spreadsheets write. A slice, not a
 * copy: a large file's text is not written out again.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses JSON text; when it is not JSON, says where and why in words a journalist can act on.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issue: JsonSyntaxIssue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const scanner = new Scanner(text, new Set(), new Map());
    try {
      scanner.document();
    } catch (stop) {
      if (stop instanceof ScanStop) return { ok: false, issue: stop.issue };
      throw stop;
    }
    // The scanner accepted what JSON.parse refused (a control character inside text, say).
    return { ok: false, issue: { offset: 0, message: 'this is not valid JSON', fix: 'check quotes, commas and brackets' } };
  }
}

/**
 * Finds where each wanted JSON pointer's node stands in a text already known to be JSON; in a
 * text nested too deep for the scanner, those found before it stopped.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, NodeOffsets> {
  const found = new Map<string, NodeOffsets>();
  const scanner = new Scanner(text, new Set(pointers), found);
  scanner.prepare();
  try {
    scanner.document();
  } catch (stop) {
    if (!(stop instanceof ScanStop)) throw stop;
  }
  return found;
}

/** Counts the members of every object in a parsed value, without recursion. */
function memberCount(root: unknown): number {
  let count = 0;
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    const children = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) count += children.length;
    for (const child of children) pending.push(child);
  }
  return count;
}

/**
 * The keys given twice in one object of a JSON text, with `parsed` its value. The slow scan runs
 * only where the text holds more keys (a quote, then a colon) than the value has members, so a
 * file with none pays two quick counts; a quoted `\":` inside a text only makes it look.
 */
export function duplicateKeys(text: string, parsed: unknown): DuplicateKey[] {
  let keys = 0;
  for (let at = text.indexOf('":'); at !== -1; at = text.indexOf('":', at + 2)) keys++;
  keys += text.match(/"\s+:/g)?.length ?? 0;
  if (keys <= memberCount(parsed)) return [];
  const duplicates: DuplicateKey[] = [];
  const scanner = new Scanner(text, new Set(), new Map(), duplicates);
  try {
    scanner.document();
  } catch (stop) {
    if (!(stop instanceof ScanStop)) throw stop;
  }
  return duplicates;
}

/** A line break, as editors count them: CRLF (Windows), LF, or CR alone (old Macs, some exports). */
const LINE_BREAK = /\r\n?|\n/g;

/** Turns offsets into lines and columns, counting lines once for many look-ups. */
export function positionFinder(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  LINE_BREAK.lastIndex = 0;
  for (let found = LINE_BREAK.exec(text); found; found = LINE_BREAK.exec(text)) lineStarts.push(LINE_BREAK.lastIndex);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}
