// `npm run screenshots` (after the story's): the editor of `conflict-timeline edit` on a copy of
// the story, with an event chosen, saved as docs/screenshots/editor.png. Needs `npm run build:cli`.
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, CHROME_ARGS } from './chrome-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-editor-shot-'));
await copyFile(join(root, 'data/events.json'), join(dir, 'events.json'));
const editor = spawn(process.execPath, [join(root, 'bin/conflict-timeline.js'), 'edit', 'events.json', '--no-open'], { cwd: dir });
const line = await new Promise((resolve) => editor.stdout.once('data', (chunk) => resolve(chunk.toString())));
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1100, deviceScaleFactor: 1 });
  await page.goto(line.split(' at ')[1].trim());
  await (await page.waitForSelector('timeline-editor >>> button::-p-text(Aliyev: "We will)')).click();
  await page.evaluate(() => scrollTo(0, 0));
  await new Promise((resolve) => setTimeout(resolve, 800));
  const path = join(root, 'docs/screenshots/editor.png');
  await page.screenshot({ path });
  console.log(path);
} finally {
  await browser.close();
  editor.kill();
}
