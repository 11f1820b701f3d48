// The packed package, installed as a newsroom would install it, in a fresh project: its
// exports, its types, its command line, and one plain page with only the standalone bundle.
// Run after the build: `npm run build && npm run test:package`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installedProject, marksDrawn, root, storyPage } from './project.js';

let project: string;
before(async () => {
  project = await installedProject();
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
    `import { ConflictTimeline, checkTimelineText, formatEventDate, registerLocale, type Timeline, type TimelineErrorDetail, type TimelineLoadDetail, type TimelineSelectDetail } from 'conflict-timeline';
import type { ConflictTimeline as StandaloneTimeline } from 'conflict-timeline/standalone';
const same: StandaloneTimeline | null = document.querySelector('conflict-timeline');
const result = checkTimelineText('{}');
const timeline: Timeline = result.timeline;
const count: number = result.problems.length + timeline.events.length;
const element: ConflictTimeline = document.createElement('conflict-timeline');
element.selected = 'shusha-pledge';
void element.zoomTo('2024-05', '2024-07');
registerLocale('de', { intlTag: 'de-DE', approximately: (date) => 'um ' + date, strings: { sources: 'Quellen' } });
const first = timeline.events[0];
if (first) console.log(formatEventDate(first.when, 'en'), count);
// The events' details are typed through HTMLElementEventMap, and their types exported.
element.addEventListener('timeline-select', (event) => console.log(event.detail.event.title.toUpperCase()));
element.addEventListener('timeline-error', (event) => console.log(event.detail.kind === 'timeout', event.detail.problems.length));
const onLoad = (event: CustomEvent<TimelineLoadDetail>) => event.detail.leftOut.events + event.detail.events;
element.addEventListener('timeline-load', onLoad);
const selected: TimelineSelectDetail['event']['id'] = 'x';
const failure: TimelineErrorDetail['kind'] = 'http';
console.log(selected, failure);
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
  const page = await storyPage(project, 'index.html', 'node_modules/conflict-timeline/dist/conflict-timeline.min.js');
  assert.ok((await marksDrawn(project, page)) > 5);
});

test('a web project installs no native PNG renderer; image writes the SVG and says how to get the PNG', async () => {
  assert.equal(existsSync(join(project, 'node_modules/@resvg/resvg-js')), false, 'the optional renderer is not installed');
  const run = (args: string[]) => {
    const { status, stdout, stderr } = spawnSync(join(project, 'node_modules/.bin/conflict-timeline'), args, { cwd: project, encoding: 'utf8' });
    return { code: status, stdout, stderr };
  };
  // The project is shared across runs of the same tarball: start from no picture.
  await rm(join(project, 'story.svg'), { force: true });
  assert.deepEqual(run(['image', 'events.json', '--format', 'svg', '--out', 'story']), { code: 0, stdout: 'story.svg\n', stderr: '' });
  const again = run(['image', 'events.json', '--format', 'svg', '--out', 'story']);
  assert.deepEqual(again, { code: 0, stdout: 'story.svg\n', stderr: 'conflict-timeline image: replaced story.svg\n' });
  const both = run(['image', 'events.json', '--out', 'both']);
  assert.deepEqual([both.code, both.stdout], [0, 'both.svg\n']);
  assert.match(both.stderr, /the SVG only: PNG pictures need @resvg\/resvg-js/);
  const png = run(['image', 'events.json', '--format', 'png']);
  assert.equal(png.code, 2);
  assert.match(png.stderr, /PNG pictures need @resvg\/resvg-js, which is optional: add it with `npm install @resvg\/resvg-js`/);
});
