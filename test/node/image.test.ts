// `conflict-timeline image`: a picture of the timeline as SVG and PNG, for social posts and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTimelineText } from '../../src/model/index.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { crowdStretches, firstWindow, fullWindowOf } from '../../src/layout/view.js';
import { root, runCli } from './run-cli.js';
import { crowdedFile } from '../crowded-file.js';

const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-image-'));
const story = checkTimelineText(await readFile(join(root, 'data/events.json'), 'utf8')).timeline;
/** The SVG's texts as written, entities and all. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
const escaped = (text: string) => text.replaceAll("'", '&#39;');
/** A PNG's size, from its header. */
const pngSize = (png: Buffer) => ({ signature: png.subarray(1, 4).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('saves the first view as SVG and a PNG twice its size, with the title, the stretch shown and the sources', async () => {
  const { code, stdout, stderr } = await runCli(['image', join(root, 'data/events.json'), '--width', '1000'], dir);
  assert.equal(code, 0, stderr);
  assert.deepEqual(stdout.trim().split('\n'), ['events.svg', 'events.png']);
  const svg = await readFile(join(dir, 'events.svg'), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1000" height="\d+"/);
  const words = texts(svg);
  assert.equal(words[0], escaped(story.title));
  assert.ok(words.includes('May 2023 – August 2024'), words.join(' | '));
  assert.ok(words.some((word) => word.startsWith('Sources: Reuters')));
  const labelled = story.events.filter((event) => words.includes(escaped(event.title)));
  assert.ok(labelled.length >= 5, `${labelled.length} labels`);
  // A label with no room right of its mark is flipped to its left, ending just before it, whatever the font.
  const markStarts = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="\d+" rx="4"/g)].map(([, x]) => Number(x));
  const endLabel = /<text x="([\d.]+)"[^>]* text-anchor="end"[^>]*>Deadly unrest in New Caledonia/.exec(svg);
  assert.ok(endLabel, 'the May 2024 unrest is labelled, left of its mark');
  assert.ok(markStarts.some((start) => Math.abs(start - 6 - Number(endLabel[1])) < 0.5), `a mark starts 6 px after ${endLabel[1]}`);
  const png = pngSize(await readFile(join(dir, 'events.png')));
  assert.deepEqual(png.signature, 'PNG');
  assert.equal(png.width, 2000);
  assert.equal(png.height, 2 * Number(/height="(\d+)"/.exec(svg)![1]));
});

test('draws the stretch asked for, in French, under the name asked for', async () => {
  const { code } = await runCli(['image', join(root, 'data/events.json'), '--start', '2024-05', '--end', '2024-07', '--locale', 'fr', '--out', 'mai-juillet'], dir);
  assert.equal(code, 0);
  const words = texts(await readFile(join(dir, 'mai-juillet.svg'), 'utf8'));
  assert.ok(words.includes('mai – juillet 2024'), words.join(' | '));
  assert.ok(words.some((word) => word.startsWith('Sources : Reuters')), words.join(' | '));
});

test('data is text in the SVG; bad events are reported and the good ones drawn', async () => {
  const cite = [{ source: 'wire', quote: 'words' }];
  const file = join(dir, 'hostile.json');
  await writeFile(
    file,
    JSON.stringify({
      title: '<script>alert(1)</script>',
      sources: { wire: { publisher: 'Wire & <b>Co</b>', title: 'Report' } },
      events: [
        { id: 'good', date: '2024-07-20', title: '"><svg onload=alert(1)>', citations: cite },
        { id: 'bad', date: '2024-13', title: 'Bad', citations: cite },
      ],
    }),
  );
  const { code, stderr } = await runCli(['image', file], dir);
  assert.equal(code, 1);
  assert.match(stderr, /hostile.json:\d+:\d+: error: .* \[events\[1\]\.date\]/);
  const svg = await readFile(join(dir, 'hostile.svg'), 'utf8');
  assert.doesNotMatch(svg, /<script|<b>|<svg onload/);
  assert.ok(texts(svg).includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(texts(svg).includes('&quot;&gt;&lt;svg onload=alert(1)&gt;'));
  assert.ok(texts(svg).includes('Sources: Wire &amp; &lt;b&gt;Co&lt;/b&gt;'));
});

test('says what is wrong with its arguments', async () => {
  assert.equal((await runCli(['image'], dir)).code, 2);
  const narrow = await runCli(['image', join(root, 'data/events.json'), '--width', '12'], dir);
  assert.equal(narrow.code, 2);
  assert.match(narrow.stderr, /--width must be between 320 and 4000/);
  const badStart = await runCli(['image', join(root, 'data/events.json'), '--start', 'July 2024'], dir);
  assert.equal(badStart.code, 2);
  assert.match(badStart.stderr, /--start "July 2024" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD/);
  await writeFile(join(dir, 'empty.json'), JSON.stringify({ title: 'Empty', sources: {}, events: [] }));
  const empty = await runCli(['image', 'empty.json'], dir);
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /empty.json has no event to draw/);
});

/** A data file of 1,200 events over 2024 (crowdedFile), written under a name, and its path. */
async function writeCrowdedYear(name: string): Promise<string> {
  const file = join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(crowdedFile(1200)));
  return file;
}

test('draws a stretch too crowded for marks as a column over its count', async () => {
  const file = await writeCrowdedYear('crowded');
  const { code, stderr } = await runCli(['image', file, '--width', '1000', '--start', '2024', '--end', '2024'], dir);
  assert.equal(code, 0, stderr);
  const svg = await readFile(join(dir, 'crowded.svg'), 'utf8');
  // A count whose column the picture's edge cuts is cut short too ("104 even…"), its number whole.
  const counts = texts(svg).filter((word) => /^\d+ e(vents|[a-z]*…)$/.test(word));
  assert.ok(counts.length > 5, counts.join(' | '));
  const points = svg.match(/<circle /g)?.length ?? 0;
  assert.equal(counts.reduce((sum, word) => sum + parseInt(word, 10), 0) + points, 1200, 'every event drawn or counted once');
  const columns = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)" fill="#d5e3f7"\/>/g)];
  assert.ok(columns.length >= counts.length - 1, `${columns.length} columns for ${counts.length} counts`);
  assert.ok(columns.every(([, , height]) => Number(height) > 40));
  // Each count's pill stays clear of the one before it, the last one too, near the edge.
  const pills = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="20" rx="10"/g)].map(([, x, width]) => ({ x: Number(x), width: Number(width) }));
  assert.equal(pills.length, counts.length);
  pills.forEach((pill, index) => index > 0 && assert.ok(pill.x >= pills[index - 1]!.x + pills[index - 1]!.width - 0.1, `pill at ${pill.x} overlaps the one before`));
  // Stretches are counted from the start of everything, as the element counts them.
  const timeline = checkTimelineText(await readFile(file, 'utf8')).timeline;
  const full = fullWindowOf(timeline)!;
  const shown = firstWindow(timeline.events, full, '2024', '2024');
  const { origin, stretchWidth } = crowdStretches(full, timeScale([shown.start, shown.end], [0, 1000]));
  const lefts = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#d5e3f7"\/>/g)].map(([, x]) => Number(x)).filter((x) => x > 0);
  assert.ok(lefts.length > 0);
  for (const left of lefts) {
    const offset = (((left - origin) % stretchWidth) + stretchWidth) % stretchWidth;
    assert.ok(Math.min(offset, stretchWidth - offset) < 0.01, `column at ${left} is not on the element's stretches`);
  }
  // Each count sits under its own column (the last may move left to show whole).
  for (const left of lefts.slice(0, -1)) assert.ok(pills.some((pill) => Math.abs(pill.x - left) < 0.5), `no count under the column at ${left}`);
});

test('keeps a crowded column’s count inside the picture where the edge cuts the column', async () => {
  const file = await writeCrowdedYear('edge');
  // At 1,393 px for the year, the picture's right edge cuts a crowded stretch's column.
  const { code, stderr } = await runCli(['image', file, '--width', '1393', '--start', '2024', '--end', '2024'], dir);
  assert.equal(code, 0, stderr);
  const svg = await readFile(join(dir, 'edge.svg'), 'utf8');
  const pills = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="20" rx="10"/g)].map(([, x, width]) => Number(x) + Number(width));
  assert.ok(pills.length > 5);
  for (const right of pills) assert.ok(right <= 1393, `a count runs out of the picture to ${right}`);
  assert.ok(texts(svg).some((word) => /^\d+ e.*…$/.test(word)), 'the cut column’s count is cut short');
});
