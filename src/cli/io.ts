// Where the command line reads and writes: files, or standard input and output for "-".
import { readFile } from 'node:fs/promises';
import { decodeDataFile } from './read-text.js';
import { OutputError, replaceFile } from './output-file.js';

export interface Output {
  write(text: string | Uint8Array): unknown;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  /** All of standard input, once it ends. */
  stdin: () => Promise<Uint8Array>;
}

/** The name a file is given in messages: standard input has none of its own. */
export const nameOf = (file: string) => (file === '-' ? '<stdin>' : file);

/**
 * A file's text (standard input for "-"), without a byte-order mark; or, said on standard
 * error, the exit code: 2 when it cannot be read, 1 when it is not UTF-8 text.
 */
export async function readInput(file: string, io: Io): Promise<string | number> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.stdin() : await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String((error as Error).message);
    io.stderr.write(`conflict-timeline: cannot read ${file}: ${reason}\n`);
    return 2;
  }
  const decoded = decodeDataFile(bytes, nameOf(file));
  if (decoded.ok) return decoded.text;
  io.stderr.write(`${decoded.message}\n`);
  return 1;
}

/**
 * Writes `data` to `target`, whole or not at all, or to standard output for "-" or none.
 * Resolves to 0, or to 2 when the file cannot be written, said on standard error.
 */
export async function writeOutput(target: string | undefined, data: string | Uint8Array, io: Io, command: string): Promise<number> {
  if (target === undefined || target === '-') {
    io.stdout.write(data);
    return 0;
  }
  try {
    if (await replaceFile(target, data)) io.stderr.write(`conflict-timeline ${command}: replaced ${target}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr.write(`conflict-timeline ${command}: ${error.message}\n`);
    return 2;
  }
}
