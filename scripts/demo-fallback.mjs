// Writes the story's script-free version (conflict-timeline render) inside the demo's first
// <conflict-timeline>, between the fallback markers: what readers without JavaScript see.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { replaceBetween } from './markers.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
export const START = '<!-- fallback: written by npm run docs (conflict-timeline render data/events.json) -->';
export const END = '<!-- /fallback -->';

export function withFallback(page, html) {
  return replaceBetween(page, START, END, html, 'demo/index.html');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const html = execFileSync(process.execPath, ['bin/conflict-timeline.js', 'render', 'data/events.json'], { cwd: root, encoding: 'utf8' });
  const pageUrl = new URL('demo/index.html', `file://${root}`);
  await writeFile(pageUrl, withFallback(await readFile(pageUrl, 'utf8'), html));
}
