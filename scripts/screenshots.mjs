// `npm run screenshots`: the demo's story as readers see it, at the widths a news page gives it
// (1280 and 1100 px desktops, a 700 px column, a 390 px phone), light and dark, saved as
// docs/screenshots/story-WIDTH-SCHEME.png. `SCREENSHOT_FOCUS=selector` crops to one element.
import { mkdir } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromePath, CHROME_ARGS } from './chrome-path.mjs';
import { d3StandIns } from './d3-stand-ins.mjs';

const WIDTHS = (process.env.SCREENSHOT_WIDTHS ?? '1280,1100,700,390').split(',').map(Number);
const SCHEMES = ['light', 'dark'];
const out = new URL('../docs/screenshots/', import.meta.url);

const executablePath = chromePath();
if (!executablePath) {
  console.error('Screenshots need Chromium: sudo apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(1);
}
await mkdir(out, { recursive: true });
const server = await startDevServer({
  config: { rootDir: new URL('..', import.meta.url).pathname, port: 0, nodeResolve: true, plugins: [d3StandIns.devServer(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: width < 600 ? 844 : 800, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(`http://127.0.0.1:${port}/demo/index.html`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('conflict-timeline')?.shadowRoot?.querySelector('.mark, .list-item'));
      // Past the first frame, the labels' font and any move.
      await new Promise((resolve) => setTimeout(resolve, 600));
      const target = await page.$(process.env.SCREENSHOT_FOCUS ?? 'figure');
      const path = new URL(`story-${width}-${scheme}.png`, out).pathname;
      await (target ?? page).screenshot({ path });
      console.log(path);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
