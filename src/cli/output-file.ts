// Files the command line writes: whole or not at all, and a failure said in words, not a stack.
import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Why a file could not be written, for the reader of the message. */
export class OutputError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'its folder does not exist',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
};

/**
 * Writes `data` to a temporary file beside `path`, then renames it there: a write cut short
 * (killed, disk full) leaves the file that was there before, whole. Resolves to whether a file
 * was replaced; rejects with an `OutputError` that says why it could not be written.
 */
export async function replaceFile(path: string, data: Parameters<typeof writeFile>[1]): Promise<boolean> {
  const before = await stat(path).catch(() => undefined);
  if (before?.isDirectory()) throw new OutputError(`cannot write ${path}: it is a folder`);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new OutputError(`cannot write ${path}: ${REASONS[code] ?? (error as Error).message}`);
  }
  return before !== undefined;
}
