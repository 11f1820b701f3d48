// A data file's bytes as text: UTF-8, or a message that says where it is not and how to resave it.
import { positionFinder, withoutByteOrderMark } from '../model/json-text.js';

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

/** The offset of the first byte that does not begin or continue a UTF-8 character (RFC 3629). */
function firstBadByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    // The second byte's range is narrower after E0, ED, F0 and F4: no overlong forms, surrogates, or past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return index;
    }
    index += length;
  }
  return -1;
}

const RESAVE = 'open it in a text editor and save it again as UTF-8';

/**
 * Decodes a file as UTF-8, without its byte-order mark. A UTF-16 file (its mark FF FE or FE FF)
 * is named as such; elsewhere the first byte that is not UTF-8 is placed at its line and column.
 */
export function decodeDataFile(bytes: Uint8Array, fileName: string): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: `${fileName}: error: the file is saved as UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian): ${RESAVE} [(the whole file)]` };
  }
  try {
    return { ok: true, text: withoutByteOrderMark(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)) };
  } catch {
    const offset = firstBadByte(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const { line, column } = positionFinder(before)(before.length);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, message: `${fileName}:${line}:${column}: error: not UTF-8: byte ${byte} at byte ${offset} begins no UTF-8 character: ${RESAVE} [(the whole file)]` };
  }
}
