// Text from a data file escaped for HTML and SVG: written as text, never read as markup.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Characters XML cannot hold: C0 controls but tab, line feed and carriage return; U+FFFE and
 * U+FFFF; and a surrogate without its pair. One makes a whole SVG unreadable.
 */
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text from a data file, made safe for HTML or SVG text and attribute values alike: never
 * markup, and each character XML cannot hold replaced with U+FFFD.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!).replace(NOT_XML, '\uFFFD');
}
