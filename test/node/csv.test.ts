// The spreadsheet template: `conflict-timeline import` and `export`, as journalists run them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, runCli } from './run-cli.js';

const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-csv-'));

const run = (...args: string[]) => runCli(args, dir);

test('a round trip through the spreadsheet template loses nothing', async () => {
  const story = JSON.parse(await readFile(join(root, 'data/events.json'), 'utf8'));
  const exported = await run('export', join(root, 'data/events.json'));
  assert.equal(exported.code, 0, exported.stderr);
  await writeFile(join(dir, 'story.csv'), exported.stdout);
  const imported = await run('import', 'story.csv');
  assert.equal(imported.code, 0, imported.stderr);
  assert.deepEqual(JSON.parse(imported.stdout), story);
  await writeFile(join(dir, 'story.json'), imported.stdout);
  assert.equal((await run('export', 'story.json')).stdout, exported.stdout, 'and back to the same CSV');
  assert.equal((await run('check', 'story.json')).code, 0);
});

test('reads quoted commas and line breaks, a byte-order mark, semicolons, and a separate sources file', async () => {
  await writeFile(
    join(dir, 'events-semicolon.csv'),
    '\uFEFFid;date;title;summary;sources;quotes\n' +
      'talks;2024-07;Talks in Baku;"One, two;\nthree";wire | agency;"He said ""yes"", twice | It was agreed."\n',
  );
  await writeFile(join(dir, 'sources.csv'), 'source,publisher,title,url\nwire,Wire,"A report, in full",https://example.org/a\nagency,Agency,Another,\n');
  const { code, stdout, stderr } = await run('import', 'events-semicolon.csv', 'sources.csv', '--title', 'Semicolons');
  assert.equal(code, 0, stderr);
  const file = JSON.parse(stdout);
  assert.equal(file.title, 'Semicolons');
  assert.deepEqual(file.events[0], {
    id: 'talks',
    date: '2024-07',
    title: 'Talks in Baku',
    summary: 'One, two;\nthree',
    citations: [
      { source: 'wire', quote: 'He said "yes", twice' },
      { source: 'agency', quote: 'It was agreed.' },
    ],
  });
  assert.deepEqual(file.sources.wire, { publisher: 'Wire', title: 'A report, in full', url: 'https://example.org/a' });
});

test('reports each bad row by file and row, with how to fix it, and keeps the good rows', async () => {
  await writeFile(
    join(dir, 'events.csv'),
    'id,date,title,sources,quotes\n' +
      'good,2024-07-20,Good,wire,words\n' +
      'european,20/07/2024,Day first,wire,words\n' +
      'unquoted,2024-07,No quote,wire | wire,only one\n' +
      '\n' +
      'source,publisher,title\nwire,Wire,Report\n',
  );
  const { code, stdout, stderr } = await run('import', 'events.csv');
  assert.equal(code, 1);
  assert.deepEqual(stderr.trimEnd().split('\n'), [
    'events.csv:3:2: error: "20/07/2024" is not a date: write 2024-07-20 [date]',
    'events.csv:4:5: error: 1 quotes for 2 sources: give one quote for each source, separated by " | " [quotes]',
  ]);
  const file = JSON.parse(stdout);
  assert.deepEqual(file.events.map((event: { id: string }) => event.id), ['good']);
  assert.deepEqual(file.sources, { wire: { publisher: 'Wire', title: 'Report' } });
});

test('export writes a half-written file as it is, whatever its shapes, for import to name its mistakes', async () => {
  const half = { title: 'Draft', sources: { wire: { publisher: 'Wire', title: 'Report' }, broken: 5 }, events: [{ id: 'x', date: '20/07/2024', title: 'Draft event', citations: 'wire' }, 'not an event'] };
  await writeFile(join(dir, 'half.json'), JSON.stringify(half));
  const exported = await run('export', 'half.json');
  assert.equal(exported.code, 0, exported.stderr);
  await writeFile(join(dir, 'half.csv'), exported.stdout);
  const imported = await run('import', 'half.csv');
  assert.equal(imported.code, 1);
  assert.match(imported.stderr, /half\.csv:3:3: error: "20\/07\/2024" is not a date: write 2024-07-20 \[date\]/);
  assert.deepEqual(Object.keys(JSON.parse(imported.stdout).sources), ['wire']);
});
