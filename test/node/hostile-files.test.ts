// Broken and hostile files, as journalists' tools and spreadsheets write them: each is reported
// where it is wrong, and none hangs, crashes or loses what it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTimelineText, isWebLink } from '../../src/model/index.js';
import { renderStaticHtml } from '../../src/cli/render-html.js';
import { replaceFile } from '../../src/cli/output-file.js';
import { runCli } from './run-cli.js';

const source = { publisher: 'Reuters', title: 'A report', published: '2024-07-20' };
const event = (id: string, date: string) => ({ id, date, title: `Event ${id}`, citations: [{ source: 'reuters', quote: 'words' }] });

async function fileWith(content: string | Uint8Array, name = 'events.json'): Promise<{ dir: string; name: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-hostile-'));
  await writeFile(join(dir, name), content);
  return { dir, name };
}

test('a file of 100,000 "[" is reported as nested too deep, by every command, without a stack trace', async () => {
  const { dir, name } = await fileWith('['.repeat(100_000));
  for (const command of ['check', 'render', 'export', 'image']) {
    const { code, stderr } = await runCli([command, name], dir);
    assert.equal(code, 1, command);
    assert.match(stderr, /^events\.json:1:501: error: not JSON: lists and objects are nested more than 500 deep/, command);
    assert.doesNotMatch(stderr, /RangeError|\n\s+at /, command);
  }
});

test('deep lists inside a good file cost the one event they stand in, said once', async () => {
  const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
  const { dir, name } = await fileWith(`{"title": "T", "sources": {"reuters": ${JSON.stringify(source)}},\n"events": [${JSON.stringify(event('a', '2024'))},\n${deep}]}`);
  const { code, stderr } = await runCli(['check', name], dir);
  assert.equal(code, 1);
  assert.deepEqual(stderr.trimEnd().split('\n'), [
    'events.json:3:1: error: is a list, not an object in { }: write it as an object in { } [events[1]]',
    '1 problem in events.json: 1 event left out; 1 event kept',
  ]);
});

test('a file that is a list says a data file is one object', async () => {
  const { dir, name } = await fileWith(JSON.stringify([event('a', '2024')]));
  const { code, stderr } = await runCli(['check', name], dir);
  assert.equal(code, 1);
  assert.match(stderr, /^events\.json:1:1: error: is a list, not an object in \{ \}: a data file is one object: \{ "title": "…", "sources": \{ … \}, "events": \[ … \] \} \[\(the whole file\)\]\n/);
});

test('CR-only line endings count as lines, as CRLF and LF do', async () => {
  const lines = ['{', '"title": "T",', `"sources": {"reuters": ${JSON.stringify(source)}},`, '"events": [', `${JSON.stringify(event('a', '2024-13'))}`, ']}'];
  for (const [name, ending] of [['cr', '\r'], ['crlf', '\r\n'], ['lf', '\n']] as const) {
    const { dir } = await fileWith(lines.join(ending));
    const { stderr } = await runCli(['check', 'events.json'], dir);
    assert.match(stderr, /^events\.json:5:\d+: error: "2024-13" is not a date: .* \[events\[0\]\.date\]$/m, name);
  }
});

test('export neutralises cells a spreadsheet would run as formulas, and import gives them back exactly', async () => {
  const hostile = ['=HYPERLINK("http://evil.example","x")', '+1', '-2 dead', '@SUM(A1)', '\tindented', "'=already quoted", "'tis the season"];
  const file = {
    title: '=1+1',
    sources: { reuters: { ...source, title: '@reuters' } },
    events: hostile.map((title, index) => ({ ...event(`e${index}`, '2024'), title, summary: title, citations: [{ source: 'reuters', quote: title }] })),
  };
  const { dir, name } = await fileWith(JSON.stringify(file));
  const exported = await runCli(['export', name], dir);
  assert.equal(exported.code, 0, exported.stderr);
  for (const line of exported.stdout.split('\n')) for (const cell of line.split(',')) assert.doesNotMatch(cell.replace(/^"/, ''), /^[=+\-@\t]/, `a cell that starts a formula: ${cell}`);
  await writeFile(join(dir, 'story.csv'), exported.stdout);
  const imported = await runCli(['import', 'story.csv', '--title', 'x'], dir);
  assert.equal(imported.code, 0, imported.stderr);
  const back = JSON.parse(imported.stdout);
  assert.deepEqual(back.events.map((item: { title: string }) => item.title), hostile);
  assert.equal(back.title, '=1+1');
  assert.equal(back.sources.reuters.title, '@reuters');
});

test('a quote holding " | " or a backslash survives export then import', async () => {
  const quotes = ['left | right', 'a \\ b', 'ends with \\'];
  const file = { title: 'T', sources: { reuters: source, afp: { ...source, publisher: 'AFP' } }, events: quotes.map((quote, index) => ({ ...event(`e${index}`, '2024'), citations: [{ source: 'reuters', quote }, { source: 'afp', quote: `${quote}, again` }] })) };
  const { dir, name } = await fileWith(JSON.stringify(file));
  await writeFile(join(dir, 'story.csv'), (await runCli(['export', name], dir)).stdout);
  const imported = await runCli(['import', 'story.csv', '--title', 'T'], dir);
  assert.equal(imported.code, 0, imported.stderr);
  assert.deepEqual(JSON.parse(imported.stdout).events.map((item: { citations: unknown }) => item.citations), file.events.map((item) => item.citations));
});

test('a sources block that gives one id twice, or a "__proto__" id, loses nothing silently', async () => {
  const csv = [
    'kind,id,date,title,sources,quotes',
    'event,a,2024,Event a,reuters,words',
    '',
    'source,publisher,title',
    'reuters,Reuters,First report',
    'reuters,Reuters,Second report',
    '__proto__,Wire,A report',
  ].join('\n');
  const { dir, name } = await fileWith(csv, 'story.csv');
  const { code, stdout, stderr } = await runCli(['import', name], dir);
  assert.equal(code, 1);
  assert.match(stderr, /^story\.csv:6:1: error: "reuters" is already the id of row 5; this row is left out: give each source its own id \[source\]$/m);
  const file = JSON.parse(stdout);
  assert.equal(file.sources.reuters.title, 'First report');
  assert.ok(Object.hasOwn(file.sources, '__proto__'), 'the "__proto__" source is kept, for check to name');
});

test('one link rule for all: an address holding U+2028 is refused by check, and neither kept nor linked', async () => {
  const url = 'https://example.org/a\u2028b';
  const file = { title: 'T', sources: { reuters: { ...source, url } }, events: [event('a', '2024')] };
  const { dir, name } = await fileWith(JSON.stringify(file));
  const checked = await runCli(['check', name], dir);
  assert.match(checked.stderr, /: error: "https:\/\/example\.org\/a\u2028b" is not a web link: .* \[sources\.reuters\.url\]/);
  const { timeline } = checkTimelineText(JSON.stringify(file));
  assert.equal(timeline.sources[0]!.url, undefined, 'the element is given no link');
  assert.doesNotMatch(renderStaticHtml(timeline), /<a /);
  assert.equal(isWebLink(url), false);
  assert.equal(isWebLink('https://example.org/a%E2%80%A8b'), true);
});

test('a write cut short leaves the file that was there, whole, and no temporary file beside it', async () => {
  const { dir } = await fileWith('the good file', 'atom.png');
  async function* cutShort() {
    yield new TextEncoder().encode('half a pict');
    throw new Error('killed');
  }
  await assert.rejects(replaceFile(join(dir, 'atom.png'), cutShort()), /cannot write .*atom\.png: killed/);
  assert.equal(await readFile(join(dir, 'atom.png'), 'utf8'), 'the good file');
  assert.deepEqual(await readdir(dir), ['atom.png']);
});

test('image says, with exit 2 and no stack trace, when --out is in a missing folder or names a folder, and says what it replaced', async () => {
  const { dir, name } = await fileWith(JSON.stringify({ title: 'T', sources: { reuters: source }, events: [event('a', '2024-07-20')] }));
  const missing = await runCli(['image', name, '--out', 'no/such/folder/atom'], dir);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'conflict-timeline image: cannot write no/such/folder/atom.svg: its folder does not exist\n');
  await mkdir(join(dir, 'taken.svg'));
  const folder = await runCli(['image', name, '--out', 'taken'], dir);
  assert.equal(folder.code, 2);
  assert.equal(folder.stderr, 'conflict-timeline image: cannot write taken.svg: it is a folder\n');
  assert.equal((await runCli(['image', name, '--out', 'atom'], dir)).code, 0);
  const again = await runCli(['image', name, '--out', 'atom'], dir);
  assert.equal(again.stderr, 'conflict-timeline image: replaced atom.svg\nconflict-timeline image: replaced atom.png\n');
  assert.deepEqual((await readdir(dir)).filter((file) => file.endsWith('.tmp')), []);
});

test('a key given twice is reported where its lost value stands: an error for a list, a warning inside an event', async () => {
  const lines = [
    '{',
    '  "title": "T",',
    `  "sources": {"reuters": ${JSON.stringify(source)}},`,
    `  "events": [${JSON.stringify(event('lost', '2023'))}],`,
    '  "events": [',
    `    {"id": "a", "date": "2023-07", "title": "A \\"quoted\\": text", "date": "2024-07", "citations": [{"source": "reuters", "quote": "w"}]}`,
    '  ]',
    '}',
  ];
  const { dir, name } = await fileWith(lines.join('\n'));
  const { code, stderr } = await runCli(['check', name], dir);
  assert.equal(code, 1);
  assert.deepEqual(stderr.trimEnd().split('\n'), [
    'events.json:4:3: error: "events" is given again at line 5, column 3, and only that one is read: merge the two into one "events" [events]',
    `events.json:6:${lines[5]!.indexOf('"date"') + 1}: warning: "date" is given again at line 6, column ${lines[5]!.lastIndexOf('"date"') + 1}, and only that one is read: keep one "date" [events[0].date]`,
    '2 problems in events.json: 1 event kept',
  ]);
  const quotedColon = { title: 'T', sources: { reuters: source }, events: [{ ...event('a', '2024'), title: 'He said "no": twice' }] };
  const clean = await fileWith(JSON.stringify(quotedColon, null, 2));
  assert.equal((await runCli(['check', clean.name], clean.dir)).code, 0, 'a quoted "\\":" inside a text is no key');
});

test('characters XML cannot hold are warned of by check, and every SVG and page writer replaces them', async () => {
  const bad = ['bell \u0007', 'lone \ud800 surrogate', 'not a character \uffff'];
  const file = { title: 'T', sources: { reuters: source }, events: bad.map((title, index) => ({ ...event(`e${index}`, `2024-0${index + 1}`), title })) };
  const { dir, name } = await fileWith(JSON.stringify(file, null, 2));
  const checked = await runCli(['check', name], dir);
  assert.equal(checked.code, 1);
  for (const [index, code] of ['U+0007', 'U+D800', 'U+FFFF'].entries()) {
    assert.match(checked.stderr, new RegExp(`: warning: holds ${code.replace('+', '\\+')}, a character pictures and web pages cannot show: .* \\[events\\[${index}\\]\\.title\\]`));
  }
  const image = await runCli(['image', name, '--out', 'bad'], dir);
  assert.equal(image.code, 0, image.stderr);
  const svg = await readFile(join(dir, 'bad.svg'), 'utf8');
  assert.doesNotMatch(svg, /[\u0007\ud800\uffff]/);
  assert.match(svg, /bell \ufffd/);
  assert.doesNotMatch((await runCli(['render', name, '--page'], dir)).stdout, /[\u0007\ud800\uffff]/);
});

test('a file that is not UTF-8 is placed at its first bad byte; a UTF-16 file is named as such', async () => {
  const good = Buffer.from('{\n  "title": "Café",\n  "events": [');
  const { dir } = await fileWith(Buffer.concat([good, Buffer.from([0xe9]), Buffer.from('"]}')]));
  const latin = await runCli(['check', 'events.json'], dir);
  assert.equal(latin.code, 1);
  assert.equal(latin.stderr, `events.json:3:14: error: not UTF-8: byte E9 at byte ${good.length} begins no UTF-8 character: open it in a text editor and save it again as UTF-8 [(the whole file)]\n`);
  for (const [order, mark] of [['little', [0xff, 0xfe]], ['big', [0xfe, 0xff]]] as const) {
    const text = Buffer.from(JSON.stringify({ title: 'T' }), 'utf16le');
    const utf16 = await fileWith(Buffer.concat([Buffer.from(mark), order === 'little' ? text : text.swap16()]));
    const { code, stderr } = await runCli(['check', 'events.json'], utf16.dir);
    assert.equal(code, 1);
    assert.equal(stderr, `events.json: error: the file is saved as UTF-16 (${order}-endian): open it in a text editor and save it again as UTF-8 [(the whole file)]\n`);
  }
});
