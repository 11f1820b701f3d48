// `npm run bench`: conflict-timeline against vis-timeline on the same seeded data, in the same
// Chromium, alternating: first complete frame, frame times over a scripted zoom and pan, JS
// heap, DOM nodes, with a page of plain marks moved the same way as the machine's floor;
// then `conflict-timeline check` on a 100,000-event file in Node, beside Node only reading and
// parsing the same file.
// Writes the results into bench/README.md (between its results markers) and bench/results.json,
// and prints the table.
import { createServer } from 'node:http';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { replaceBetween } from '../scripts/markers.mjs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, CHROME_ARGS } from '../scripts/chrome-path.mjs';
import { generateTimeline, visItems } from './generate.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000,100000').split(',').map(Number);
/** vis-timeline is not run past this many events: its first frame alone takes minutes there. */
const VIS_LIMIT = Number(process.env.BENCH_VIS_LIMIT ?? 10000);
/**
 * A bundle built from other code (`BENCH_BASELINE=old.min.js`), run in turn with this one: a
 * change is compared only within one run, as the machine drifts from run to run.
 */
const BASELINE = process.env.BENCH_BASELINE;
const RESULTS_START = '<!-- results: written by npm run bench -->';
const RESULTS_END = '<!-- /results -->';
/** Three, so that a first frame's median is the middle run: of two, it was the faster. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const data = new Map();
for (const size of SIZES) {
  const file = generateTimeline(size);
  data.set(`/bench-data/${size}.json`, JSON.stringify(file));
  data.set(`/bench-data/${size}-vis.json`, JSON.stringify(visItems(file)));
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const path = url.pathname;
  try {
    let body = data.get(path) ?? (path === '/baseline.min.js' && BASELINE ? await readFile(BASELINE) : await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))));
    // The same page, loading the baseline's bundle in place of this one's.
    if (path === '/bench/page.html' && url.searchParams.has('baseline')) body = String(body).replace('/dist/conflict-timeline.min.js', '/baseline.min.js');
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = chromePath();
if (!executablePath) {
  console.error('The bench needs Chromium: sudo apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(1);
}
// Chromium's own frame clock, 60 frames a second, as a reader's screen has. With the frame-rate
// cap and vsync off, its compositor asks for frames without pause: on an empty page it keeps
// two cores busy, so on a 2-core machine every time measured was slowed by the browser itself.
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...CHROME_ARGS, '--enable-precise-memory-info', '--window-size=1300,900'],
});

const percentile = (values, share) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)];
};
const median = (values) => percentile(values, 0.5);

/** `baseline` draws with the baseline's bundle, as `ours`. */
async function runOnce(library, size) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${origin}/bench/page.html${library === 'baseline' ? '?baseline' : ''}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.runBench && customElements.get('conflict-timeline'));
  const drawn = library === 'baseline' ? 'ours' : library;
  const result = await page.evaluate((lib, url, visUrl) => window.runBench(lib, url, visUrl), drawn, `/bench-data/${size}.json`, `/bench-data/${size}-vis.json`);
  const { JSHeapUsedSize } = await page.metrics();
  await page.close();
  return { ...result, heapMb: JSHeapUsedSize / 2 ** 20 };
}

const results = [];
const referenceRuns = [];
const churnRuns = [];
const singleRuns = [];
for (const size of SIZES) {
  const libraries = ['ours', ...(BASELINE ? ['baseline'] : []), ...(size <= VIS_LIMIT ? ['vis'] : [])];
  const runs = Object.fromEntries(libraries.map((library) => [library, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const library of libraries) {
      runs[library].push(await runOnce(library, size));
      process.stderr.write(`${size} events, ${library}, round ${round + 1}\n`);
    }
    // The no-library floors, in turn with the libraries, so that they meet the machine as they do.
    referenceRuns.push(await runOnce('reference', SIZES[0]));
    churnRuns.push(await runOnce('churn', SIZES[0]));
    singleRuns.push(await runOnce('single', SIZES[0]));
  }
  for (const library of libraries) {
    const all = runs[library];
    results.push({
      library: { ours: 'conflict-timeline', baseline: 'conflict-timeline, baseline', vis: 'vis-timeline 8.5.4' }[library],
      events: size,
      firstFrameMs: median(all.map((run) => run.firstFrame)),
      checkMs: library === 'vis' ? undefined : median(all.map((run) => run.checkMs)),
      frameMedianMs: median(all.flatMap((run) => run.frameTimes)),
      frameP95Ms: percentile(all.flatMap((run) => run.frameTimes), 0.95),
      heapMb: median(all.map((run) => run.heapMb)),
      domNodes: median(all.map((run) => run.nodes)),
    });
  }
}
await browser.close();
server.close();

// The journalists' checker on the largest file, as they run it.
const checkDir = await mkdtemp(join(tmpdir(), 'conflict-timeline-bench-'));
const checkFile = join(checkDir, 'events.json');
await writeFile(checkFile, JSON.stringify(generateTimeline(100000), null, 2));
// Its floor, in turn with it: Node starting, reading the same file and parsing it, nothing more.
const readOnly = `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(checkFile)}, 'utf8'))`;
const checkTimes = [];
const readTimes = [];
const timed = (args) => {
  const began = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - began;
};
// Five rounds: one command's time on a busy machine varies by a third from run to run.
const CHECK_ROUNDS = 5;
for (let round = 0; round < CHECK_ROUNDS; round++) {
  checkTimes.push(timed([join(root, 'bin/conflict-timeline.js'), 'check', checkFile]));
  readTimes.push(timed(['-e', readOnly]));
}

const fixed = (value, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));
const rows = results.map((row) => {
  const rival = results.find((other) => other.events === row.events && other.library.startsWith('vis-timeline') && row.library === 'conflict-timeline');
  const ratio = (ours, theirs) => (rival ? `${(theirs / ours).toFixed(1)}×` : '');
  return `| ${row.library} | ${row.events.toLocaleString('en')} | ${fixed(row.firstFrameMs)} | ${fixed(row.checkMs)} | ${fixed(row.frameMedianMs)} | ${fixed(row.frameP95Ms)} | ${fixed(row.heapMb)} | ${row.domNodes} | ${ratio(row.firstFrameMs, rival?.firstFrameMs)} | ${ratio(row.frameP95Ms, rival?.frameP95Ms)} |`;
});
const table = [
  '| library | events | first frame (ms) | of which checking the data (ms) | frame median (ms) | frame p95 (ms) | JS heap (MB) | DOM nodes | first frame, vis ÷ ours | p95 frame, vis ÷ ours |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
const floorOf = (floorRuns) => {
  const times = floorRuns.flatMap((run) => run.frameTimes);
  return { frameMedianMs: median(times), frameP95Ms: percentile(times, 0.95) };
};
const reference = floorOf(referenceRuns);
const churn = floorOf(churnRuns);
const single = floorOf(singleRuns);
const referenceLine =
  `No library, in the same run: a page moving 100 plain marks (a shape and a label each, drawn as the element draws them) at every step of the same sequence: frame median ${fixed(reference.frameMedianMs)} ms, p95 ${fixed(reference.frameP95Ms)} ms. ` +
  `That is what moving a view of about 100 marks costs on this machine before any timeline work. ` +
  `The same page where each step, as the element's longest steps do, moves them all, widens or narrows a third of them as bars and replaces 40 with new marks: median ${fixed(churn.frameMedianMs)} ms, p95 ${fixed(churn.frameP95Ms)} ms. ` +
  `Moving one mark: median ${fixed(single.frameMedianMs)} ms, p95 ${fixed(single.frameP95Ms)} ms, what the measure itself costs here.`;
const spread = (times) => `${fixed(median(times), 0)} ms (from ${fixed(Math.min(...times), 0)} to ${fixed(Math.max(...times), 0)})`;
const checkLine = `\`conflict-timeline check\` of a 100,000-event file in Node (whole command, median of ${CHECK_ROUNDS}): ${spread(checkTimes)}; Node only reading and parsing the same file: ${spread(readTimes)}.`;
// Only the version line: Debian's launcher script can print its own warnings on stderr.
const machine = `${execFileSync(executablePath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}, Node ${process.version}, ${ROUNDS} alternating rounds.`;
const markdown = `${machine}\n\n${table}\n\n${referenceLine}\n\n${checkLine}\n`;
// The results kept are this code's alone: a comparison with a baseline is only printed.
const readme = join(root, 'bench/README.md');
if (!BASELINE) await writeFile(readme, replaceBetween(await readFile(readme, 'utf8'), RESULTS_START, RESULTS_END, markdown, readme));
if (!BASELINE) await writeFile(join(root, 'bench/results.json'), `${JSON.stringify({ machine, results, reference, churn, single, checkMs: checkTimes, readAndParseMs: readTimes }, null, 2)}\n`);
console.log(`${table}\n\n${referenceLine}\n\n${checkLine}`);
