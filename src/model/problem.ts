// A problem in a data file, said so that a journalist can find it and fix it.
import type { TextPosition } from './json-text.js';

/**
 * Something wrong in a data file, said so that a journalist can find it and fix it.
 * `path` names the field (`events[3].date`); `pointer` is the JSON pointer of the node the
 * position points at, which for a missing field is the object that lacks it.
 */
export interface Problem {
  path: string;
  pointer: string;
  /** Where the position points: the node's value, or its key (an unknown or misnamed field). */
  at: 'value' | 'key';
  /** The id of the event the problem is in, when it has one. */
  eventId?: string;
  /** Where the problem stands in the file's text, when the text is known. */
  position?: TextPosition;
  /** What is wrong: `"2024-13" is not a date`. */
  message: string;
  /** How to fix it: `write YYYY, YYYY-MM or YYYY-MM-DD`. */
  fix: string;
  /** A warning loses nothing the reader would see; every other problem is an error. */
  severity?: 'error' | 'warning';
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Splits a JSON pointer into its keys and indices (RFC 6901). */
export function pointerKeys(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * A JSON pointer as a journalist reads it, with the data it points into telling list
 * indices from object keys: `/events/3/date` → `events[3].date`.
 *
 * @example
 * readablePath('/sources/reuters shusha/url', data) //=> 'sources["reuters shusha"].url'
 */
export function readablePath(pointer: string, root: unknown): string {
  let node = root;
  let path = '';
  for (const key of pointerKeys(pointer)) {
    if (Array.isArray(node)) path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return path || '(the whole file)';
}

/** A short, quoted rendering of a value for a message; long values are cut. */
export function quoteValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * One line an editor, a CI log and a journalist can all act on:
 * `file:line:col: severity: message: fix [path]`, as compilers write them.
 */
export function formatProblem(problem: Problem, fileName: string): string {
  const where = problem.position ? `${fileName}:${problem.position.line}:${problem.position.column}` : fileName;
  return `${where}: ${problem.severity ?? 'error'}: ${problem.message}: ${problem.fix} [${problem.path}]`;
}
