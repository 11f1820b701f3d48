import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, chromePath } from './scripts/chrome-path.mjs';
import { d3StandIns } from './scripts/d3-stand-ins.mjs';

/** A Chromium whose clock runs in the given zone, so tests see what a reader there sees. */
const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromePath(),
      headless: true,
      args: CHROME_ARGS,
      env: timeZone ? { ...process.env, TZ: timeZone } : process.env,
    },
  });

/** Runs the date tests again in a far zone; the page learns which zone it should be in. */
const timeZoneGroup = (timeZone) => ({
  name: `time zone ${timeZone}`,
  files: ['test/model/format-date.test.ts', 'test/model/partial-date.test.ts'],
  browsers: [chromium(timeZone)],
  testRunnerHtml: (testFramework) =>
    `<html><head><script>window.expectedTimeZone = ${JSON.stringify(timeZone)};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
});

/** A real mouse wheel turn at a point of the page (the commands package has moves and clicks only). */
const mouseWheelCommand = {
  name: 'mouse-wheel',
  async executeCommand({ command, payload, session }) {
    if (command !== 'mouse-wheel') return undefined;
    const page = session.browser.getPage(session.id);
    await page.mouse.move(payload.x, payload.y);
    await page.mouse.wheel({ deltaY: payload.deltaY });
    return true;
  },
};

/**
 * DevTools input and emulation the commands package lacks for Chromium: `touch-emulation`
 * turns touch on or off, `tap` taps a point, `pinch` spreads two fingers apart (or together)
 * around a point, `forced-colors` turns forced-colours mode on or off.
 */
const cdpSessions = new Map();
const devtoolsCommands = {
  name: 'devtools',
  async executeCommand({ command, payload, session }) {
    if (!['touch-emulation', 'tap', 'pinch', 'forced-colors'].includes(command)) return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'tap') {
      await page.touchscreen.tap(payload.x, payload.y);
      return true;
    }
    // One DevTools session a page: emulation lasts only as long as the session that set it.
    if (!cdpSessions.has(session.id)) cdpSessions.set(session.id, await page.createCDPSession());
    const cdp = cdpSessions.get(session.id);
    if (command === 'forced-colors') {
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
      return true;
    }
    if (command === 'touch-emulation') {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: payload.enabled, maxTouchPoints: 5 });
      return true;
    }
    const { x, y, from, to, steps = 8 } = payload;
    const fingers = (spread) => [
      { x: x - spread / 2, y, id: 1 },
      { x: x + spread / 2, y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
    for (let step = 1; step <= steps; step++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(from + ((to - from) * step) / steps) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    return true;
  },
};

/**
 * Reads a file beside the test, answering `{ content: null }` when there is none (the stock
 * read-file command answers nothing then, which the runner takes for an unknown command).
 */
const readSnapshotCommand = {
  name: 'read-snapshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'read-snapshot') return undefined;
    if (payload.path.startsWith('/') || payload.path.includes('..')) throw new Error('snapshot paths stay beside the test');
    const content = await readFile(join(dirname(session.testFile), payload.path), 'utf8').catch(() => null);
    return { content };
  },
};

/**
 * For tests of bad networks and odd servers: `?delay=MS` on any request answers it that much
 * later, `?hang` starts a response that never ends, `?status=CODE` answers with that error status instead of the file, and `?type=MIME`
 * sends the file as that type.
 */
async function delayedResponses(context, next) {
  const delay = Number(context.query.delay);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
  if (context.query.hang !== undefined) {
    // A response that starts and never ends: the element's timeout must end the wait.
    const body = new PassThrough();
    body.write('{"title": ');
    context.type = 'application/json';
    context.body = body;
    return undefined;
  }
  const status = Number(context.query.status);
  if (status >= 400) {
    context.status = status;
    context.body = 'error';
    return undefined;
  }
  await next();
  if (context.query.type) context.type = context.query.type;
}

/** A strict policy for the pages under test/csp/: no inline code, no eval, Trusted Types. */
const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

async function strictPolicy(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_POLICY);
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/package/**'],
  nodeResolve: true,
  middleware: [delayedResponses, strictPolicy],
  plugins: [d3StandIns.devServer(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), mouseWheelCommand, devtoolsCommands, readSnapshotCommand, a11ySnapshotPlugin()],
  browsers: [chromium()],
  groups: [timeZoneGroup('Pacific/Noumea'), timeZoneGroup('America/Los_Angeles')],
  testFramework: { config: { timeout: 10000 } },
};
