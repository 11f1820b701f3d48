// The scanner behind json-text: walks JSON text by hand, for the offsets of nodes and of keys
// given twice, and for where and why text is not JSON.

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

/** Thrown where the text stops being JSON (or nests too deep), with where and why. */
export class ScanStop extends Error {
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
const MAX_NESTING = 500;

/** Escapes one key as a JSON pointer segment (RFC 6901). */
export function pointerSegment(key: string): string {
  // Most keys need no escape; this runs for every key of large files.
  if (!key.includes('~') && !key.includes('/')) return key;
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A key given twice in one object: where each stands. `JSON.parse` keeps the last, silently. */
export interface DuplicateKey {
  /** The JSON pointer of the member, as the parsed value holds it. */
  pointer: string;
  key: string;
  /** Where the key stands first (the value lost) and again (the value kept). */
  firstOffset: number;
  againOffset: number;
}

export class Scanner {
  offset = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    /** Pointers whose offsets are wanted; a subtree that holds none is skipped quickly. */
    private readonly wanted: ReadonlySet<string>,
    private readonly found: Map<string, NodeOffsets>,
    /** Where given, every object's keys are followed, and those given twice noted here. */
    private readonly duplicates?: DuplicateKey[],
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
    const tracked = this.duplicates !== undefined || this.prefixes.has(pointer);
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
    const seen = this.duplicates && new Map<string, number>();
    for (;;) {
      this.skipSpace();
      if (this.text[this.offset] !== '"') {
        if (this.text[this.offset] === '}') this.stop('a comma before "}" has nothing after it', 'remove the last comma');
        this.stop(`${this.describeHere()} where a field name should be`, 'write field names in double quotes: "title"');
      }
      const keyOffset = this.offset;
      const key = this.string(true);
      if (seen) {
        const firstOffset = seen.get(key);
        if (firstOffset === undefined) seen.set(key, keyOffset);
        else this.duplicates!.push({ pointer: `${pointer}/${pointerSegment(key)}`, key, firstOffset, againOffset: keyOffset });
      }
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
