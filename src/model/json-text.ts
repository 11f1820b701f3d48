/**
 * JSON text with positions: where a JSON pointer's node stands in the text, and where and why
 * text is not JSON. `JSON.parse` does the parsing; this scanner runs only when a position is
 * needed, so a good file pays nothing for it.
 */

/** A place in a text, both 1-based, as editors show it. */
export interface TextPosition {
  line: number;
  column: number;
}

export interface JsonSyntaxIssue {
  offset: number;
  message: string;
  fix: string;
}

/** Where a node stands: its value, and its key when it is an object member. */
export interface NodeOffsets {
  value: number;
  key?: number;
}

class ScanStop extends Error {
  constructor(readonly issue: JsonSyntaxIssue) {
    super(issue.message);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/**
 * The deepest lists and objects the scanner follows, far past any data file's few levels: the
 * scanner recurses, and a file of 100,000 "[" would otherwise overflow the stack.
 */
export const MAX_NESTING = 500;

/**
 * A file's text without the byte-order mark some editors and spreadsheets write. A slice, not a
 * copy: a large file's text is not written out again.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Escapes one key as a JSON pointer segment (RFC 6901). */
export function pointerSegment(key: string): string {
  // Most keys need no escape; this runs for every key of large files.
  if (!key.includes('~') && !key.includes('/')) return key;
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

class Scanner {
  offset = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    /** Pointers whose offsets are wanted; a subtree that holds none is skipped quickly. */
    private readonly wanted: ReadonlySet<string>,
    private readonly found: Map<string, NodeOffsets>,
  ) {}

  private readonly prefixes = new Set<string>();

  prepare(): void {
    for (const pointer of this.wanted) {
      let end = pointer.length;
      while (end > 0) {
        this.prefixes.add(pointer.slice(0, end));
        end = pointer.lastIndexOf('/', end - 1);
      }
      this.prefixes.add('');
    }
  }

  private stop(message: string, fix: string, offset = this.offset): never {
    throw new ScanStop({ offset, message, fix });
  }

  private skipSpace(): void {
    while (this.offset < this.text.length && WHITESPACE.has(this.text[this.offset]!)) this.offset++;
    if (this.text.startsWith('//', this.offset) || this.text.startsWith('/*', this.offset)) {
      this.stop('JSON has no comments', 'remove the comment, or move it into a "note" or "dateNote"');
    }
  }

  private describeHere(): string {
    if (this.offset >= this.text.length) return 'the file ends';
    return `unexpected ${JSON.stringify(this.text[this.offset])}`;
  }

  document(): void {
    this.skipSpace();
    this.value('', undefined);
    this.skipSpace();
    if (this.offset < this.text.length) {
      this.stop(`${this.describeHere()} after the end of the data`, 'remove it, or wrap everything in one { }');
    }
  }

  private value(pointer: string, keyOffset: number | undefined): void {
    const tracked = this.prefixes.has(pointer);
    if (tracked && this.wanted.has(pointer)) this.found.set(pointer, { value: this.offset, key: keyOffset });
    const char = this.text[this.offset];
    if (char === '{' || char === '[') {
      if (++this.depth > MAX_NESTING) this.stop(`lists and objects are nested more than ${MAX_NESTING} deep`, 'a data file needs a few levels only: look for stray "[" or "{"');
      if (char === '{') this.object(pointer, tracked);
      else this.array(pointer, tracked);
      this.depth--;
      return;
    }
    if (char === '"') return void this.string();
    if (char === "'") this.stop('text must be in double quotes', 'write "like this", not \'like this\'');
    NUMBER.lastIndex = this.offset;
    if (NUMBER.test(this.text)) {
      this.offset = NUMBER.lastIndex;
      return;
    }
    for (const literal of LITERALS) {
      if (this.text.startsWith(literal, this.offset)) {
        this.offset += literal.length;
        return;
      }
    }
    if (this.offset >= this.text.length) this.stop('the file ends where a value should be', 'finish the value, or remove the trailing comma or colon');
    this.stop(`${this.describeHere()} where a value should be`, 'put text in double quotes; values are "text", numbers, true, false, null, [lists] or {objects}');
  }

  /** Skips a string, returning its text only when asked (keys), since decoding costs. */
  private string(decode = false): string {
    const start = this.offset;
    this.offset++;
    while (this.offset < this.text.length) {
      const char = this.text[this.offset]!;
      if (char === '"') {
        this.offset++;
        return decode ? (JSON.parse(this.text.slice(start, this.offset)) as string) : '';
      }
      if (char === '\n') this.stop('text runs past the end of the line', 'close it with a double quote, or write a line break as \\n', start);
      if (char < ' ') this.stop('text holds a control character, such as a tab', 'write a tab as \\t, or use spaces');
      if (char === '\\') {
        ESCAPE.lastIndex = this.offset + 1;
        if (!ESCAPE.test(this.text)) this.stop('a backslash starts an escape that JSON does not know', 'write \\\\ for a backslash');
        this.offset = ESCAPE.lastIndex;
      } else {
        this.offset++;
      }
    }
    return this.stop('text is never closed', 'close it with a double quote', start);
  }

  private object(pointer: string, tracked: boolean): void {
    this.offset++;
    this.skipSpace();
    if (this.text[this.offset] === '}') {
      this.offset++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.offset] !== '"') {
        if (this.text[this.offset] === '}') this.stop('a comma before "}" has nothing after it', 'remove the last comma');
        this.stop(`${this.describeHere()} where a field name should be`, 'write field names in double quotes: "title"');
      }
      const keyOffset = this.offset;
      const key = this.string(true);
      this.skipSpace();
      if (this.text[this.offset] !== ':') this.stop(`${this.describeHere()} after the field name ${JSON.stringify(key)}`, 'put a colon between a field name and its value');
      this.offset++;
      this.skipSpace();
      this.value(tracked ? `${pointer}/${pointerSegment(key)}` : '\0', keyOffset);
      this.skipSpace();
      const char = this.text[this.offset];
      if (char !== ',' && char !== '}') this.stop(`${this.describeHere()} after a value`, 'separate fields with a comma, or close the object with "}"');
      this.offset++;
      if (char === '}') return;
    }
  }

  private array(pointer: string, tracked: boolean): void {
    this.offset++;
    this.skipSpace();
    if (this.text[this.offset] === ']') {
      this.offset++;
      return;
    }
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.text[this.offset] === ']') this.stop('a comma before "]" has nothing after it', 'remove the last comma');
      this.value(tracked ? `${pointer}/${index}` : '\0', undefined);
      this.skipSpace();
      const char = this.text[this.offset];
      if (char !== ',' && char !== ']') this.stop(`${this.describeHere()} after a list item`, 'separate list items with a comma, or close the list with "]"');
      this.offset++;
      if (char === ']') return;
    }
  }
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
 * text nested past `MAX_NESTING`, those found before the scanner stopped.
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
