/** Text with what stands between two marker comments written anew; an error names the markers missing. */
export function replaceBetween(text, start, end, content, where) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`${where} needs the markers ${start} and ${end}`);
  return `${text.slice(0, from + start.length)}\n${content}${text.slice(to)}`;
}
