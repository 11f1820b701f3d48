// The packed package, installed as a newsroom would install it, in a fresh project: its
// exports, its types, its command line, and one plain page with only the standalone bundle.
// Run after the build: `npm run build && npm run test:package`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let project: string;

before(async () => {
  project = await mkdtemp(join(tmpdir(), 'conflict-timeline-package-'));
  const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', project], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'newsroom-page', private: true, type: 'module' }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', join(project, tarball)], { cwd: project, stdio: 'ignore' });
  await copyFile(join(root, 'data/events.json'), join(project, 'events.json'));
  await copyFile(join(root, 'data/events.schema.json'), join(project, 'events.schema.json'));
});

after(async () => {
  await rm(project, { recursive: true, force: true });
});

test('the exports map serves the module with types, the standalone bundle, the schema, the manifest and the CLI', async () => {
  const script = `
    const resolve = (name) => import.meta.resolve(name).replace(/^.*node_modules\\//, '');
    console.log(JSON.stringify(['conflict-timeline', 'conflict-timeline/standalone', 'conflict-timeline/events.schema.json', 'conflict-timeline/custom-elements.json'].map(resolve)));
  `;
  const resolved = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' }));
  assert.deepEqual(resolved, [
    'conflict-timeline/dist/index.js',
    'conflict-timeline/dist/conflict-timeline.min.js',
    'conflict-timeline/data/events.schema.json',
    'conflict-timeline/custom-elements.json',
  ]);
  const pkg = JSON.parse(await readFile(join(project, 'node_modules/conflict-timeline/package.json'), 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('an import type-checks with tsc, strict, libraries included', async () => {
  await writeFile(
    join(project, 'page.ts'),
    `import { ConflictTimeline, checkTimelineText, formatEventDate, registerLocale, type Timeline } from 'conflict-timeline';
const result = checkTimelineText('{}');
const timeline: Timeline = result.timeline;
const count: number = result.problems.length + timeline.events.length;
const element: ConflictTimeline = document.createElement('conflict-timeline');
element.selected = 'shusha-pledge';
void element.zoomTo('2024-05', '2024-07');
registerLocale('de', { intlTag: 'de-DE', approximately: (date) => 'um ' + date, strings: { sources: 'Quellen' } });
const first = timeline.events[0];
if (first) console.log(formatEventDate(first.when, 'en'), count);
`,
  );
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM'], skipLibCheck: false, types: [] }, files: ['page.ts'] }),
  );
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, encoding: 'utf8' });
});

test('the command line runs from the installed package', () => {
  const output = execFileSync(join(project, 'node_modules/.bin/conflict-timeline'), ['check', 'events.json'], { cwd: project, encoding: 'utf8' });
  assert.match(output, /^events\.json: \d+ events, 2 sources, /);
  // A command whose code is a chunk of its own, loaded when run, works from the package too.
  const html = execFileSync(join(project, 'node_modules/.bin/conflict-timeline'), ['render', 'events.json'], { cwd: project, encoding: 'utf8' });
  assert.match(html, /<li id="/);
});

test('a plain page with only the standalone bundle and a <conflict-timeline src> tag shows the events', async () => {
  await writeFile(
    join(project, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="node_modules/conflict-timeline/dist/conflict-timeline.min.js"></script></head>
<body><conflict-timeline src="events.json"></conflict-timeline></body></html>`,
  );
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server: Server = createServer(async (request, response) => {
    try {
      const path = new URL(request.url!, 'http://localhost').pathname;
      const body = await readFile(join(project, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const address = server.address() as { port: number };
    await page.goto(`http://127.0.0.1:${address.port}/`);
    const marks = await page.waitForFunction(() => document.querySelector('conflict-timeline')?.shadowRoot?.querySelectorAll('.mark').length, { timeout: 10000 });
    assert.ok(Number(await marks.jsonValue()) > 5);
  } finally {
    await browser.close();
    server.close();
  }
});
