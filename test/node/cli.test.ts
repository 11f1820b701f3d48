// The journalists' checker, run as they run it: `conflict-timeline check FILE`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';


const run = runCli;

const source = { publisher: 'Reuters', title: 'A report', published: '2024-07-20' };
const event = (id: string, date: string) => ({ id, date, title: `Event ${id}`, citations: [{ source: 'reuters', quote: 'words' }] });

async function dataFile(content: string): Promise<{ dir: string; name: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-'));
  await writeFile(join(dir, 'events.json'), content);
  return { dir, name: 'events.json' };
}

test('a good file prints one line of summary and exits 0', async () => {
  const { dir, name } = await dataFile(JSON.stringify({ title: 'T', sources: { reuters: source }, events: [event('a', '2023-07'), event('b', '2024-07-20')] }, null, 2));
  const { code, stdout, stderr } = await run(['check', name], dir);
  assert.equal(code, 0);
  assert.equal(stderr, '');
  assert.equal(stdout, 'events.json: 2 events, 1 source, July 2023 – 20 July 2024\n');
});

test('each problem is one line with file, line, column, field, message and fix; then a count; exit 1', async () => {
  const text = JSON.stringify(
    { title: 'T', sources: { reuters: source }, events: [event('a', '2023-07'), event('b', '2024-13'), { ...event('c', '2024-05'), tittle: 'x' }] },
    null,
    2,
  );
  const { dir, name } = await dataFile(text);
  const { code, stdout, stderr } = await run(['check', name], dir);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  const line = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  const column = (needle: string) => text.indexOf(needle) - text.lastIndexOf('\n', text.indexOf(needle));
  assert.deepEqual(stderr.trimEnd().split('\n'), [
    `events.json:${line('"2024-13"')}:${column('"2024-13"')}: error: "2024-13" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD [events[1].date]`,
    `events.json:${line('"tittle"')}:${column('"tittle"')}: error: unknown field "tittle": did you mean "title"? [events[2].tittle]`,
    '2 problems in events.json: 1 event left out; 2 events kept',
  ]);
});

test('text that is not JSON is reported with its position', async () => {
  const { dir, name } = await dataFile('{\n  "title": "T",\n  "events": [\n}');
  const { code, stderr } = await run(['check', name], dir);
  assert.equal(code, 1);
  assert.match(stderr, /^events\.json:4:1: error: not JSON: unexpected "}" where a value should be: .* \[\(the whole file\)\]$/m);
});

test('a missing file says so, without a stack trace', async () => {
  const { code, stderr } = await run(['check', 'no/such/file.json']);
  assert.equal(code, 2);
  assert.equal(stderr, 'conflict-timeline: cannot read no/such/file.json: no such file\n');
});

test('the shipped story passes its own checker', async () => {
  const { code, stdout } = await run(['check', 'data/events.json']);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /^data\/events\.json: \d+ events, 2 sources, /);
});
