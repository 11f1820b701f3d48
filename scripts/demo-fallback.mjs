// Writes the story's script-free version (conflict-timeline render) inside the demo's first
// <conflict-timeline>, between the fallback markers: what readers without JavaScript see.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const START = '<!-- fallback: written by npm run docs (conflict-timeline render data/events.json) -->';
export const END = '<!-- /fallback -->';

export function withFallback(page, html) {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`demo/index.html needs the markers ${START} and ${END}`);
  return `${page.slice(0, start + START.length)}\n${html}${page.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const html = execFileSync(process.execPath, ['bin/conflict-timeline.js', 'render', 'data/events.json'], { cwd: root, encoding: 'utf8' });
  const pageUrl = new URL('demo/index.html', `file://${root}`);
  await writeFile(pageUrl, withFallback(await readFile(pageUrl, 'utf8'), html));
}
