// `conflict-timeline import --from timelinejs`: TimelineJS 3 JSON and its sheet's CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTimelineJs, plainText } from '../../src/cli/timelinejs.js';
import { checkTimelineText } from '../../src/model/index.js';
import { runCli } from './run-cli.js';


const tjsJson = {
  title: { text: { headline: 'Harbour <em>history</em>', text: '<p>Three moments &amp; an era.</p>' } },
  events: [
    {
      start_date: { year: '1904', month: '6' },
      text: { headline: 'Pier opens', text: '<p>The pier opens, says <a href="https://example.org/pier">the harbour board</a>.</p><script>alert(1)</script>' },
      media: { url: 'https://example.org/pier.jpg', credit: 'Archive' },
      group: 'Building',
    },
    { start_date: { year: '850' }, end_date: { year: '900' }, display_date: 'Late 9th century', text: { headline: 'Settlement' } },
    { start_date: { year: '1921', month: '3', day: '4', hour: '10' }, text: { headline: 'Storm' } },
    { start_date: { year: '-500' }, text: { headline: 'Before records' } },
    { start_date: { year: '1921', month: '2', day: '30' }, text: { headline: 'Impossible day' } },
  ],
  eras: [{ start_date: { year: '1900' }, end_date: { year: '1918' }, text: { headline: 'Steam age' } }],
};

const tjsSheet =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n' +
  ',,,,,,,,,Harbour history,"<p>Three moments &amp; an era.</p>",,,,,title,,\n' +
  '1904,6,,,,,,,,Pier opens,"<p>The pier opens, says <a href=""https://example.org/pier"">the harbour board</a>.</p>",https://example.org/pier.jpg,Archive,,,,Building,\n' +
  '850,,,,900,,,,Late 9th century,Settlement,,,,,,,,\n' +
  '1900,,,,1918,,,,,Steam age,,,,,,era,,\n';

function checkImported(json: string) {
  const { timeline, problems } = checkTimelineText(json);
  assert.deepEqual(problems, [], 'the imported file passes the checker');
  return timeline;
}

/** An import that must succeed. */
function imported(text: string, fileName: string) {
  const result = importTimelineJs(text, fileName);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

test('HTML becomes plain text, never markup', () => {
  assert.equal(plainText('<p>A &amp; B &lt;c&gt; &#39;d&#39; &#x41;</p><br>e'), "A & B <c> 'd' A e");
});

for (const [kind, text] of [['JSON', JSON.stringify(tjsJson)], ['sheet CSV', tjsSheet]] as const) {
  test(`imports TimelineJS ${kind}, keeping precision, old years, display dates, groups, eras and links`, () => {
    const { file, notes } = imported(text, 'harbour.json');
    const timeline = checkImported(JSON.stringify(file));
    assert.equal(file.title, 'Harbour history');
    assert.equal(file.description, 'Three moments & an era.');
    const pier = file.events.find((event) => event.title === 'Pier opens')!;
    assert.equal(pier.date, '1904-06', 'a row with only Year and Month is a month');
    assert.equal(pier.summary, 'The pier opens, says the harbour board.');
    assert.deepEqual(pier.tags, ['Building']);
    assert.deepEqual(
      pier.citations.map((citation) => citation.quote),
      ['The pier opens, says the harbour board.', 'the harbour board'],
    );
    const link = file.sources[pier.citations[1]!.source]!;
    assert.equal(link.url, 'https://example.org/pier');
    const settlement = file.events.find((event) => event.title === 'Settlement')!;
    assert.deepEqual([settlement.start, settlement.end, settlement.displayDate], ['0850', '0900', 'Late 9th century']);
    assert.equal(timeline.events.find((event) => event.title === 'Settlement')!.when.first.year, 850);
    assert.deepEqual(file.eras?.map((era) => [era.title, era.start, era.end]), [['Steam age', '1900', '1918']]);
    assert.ok(notes.some((note) => note.includes('media') && note.includes('Archive')), 'media is listed, not dropped silently');
  });
}

test('lists what cannot be carried over', () => {
  const { file, notes } = imported(JSON.stringify(tjsJson), 'harbour.json');
  assert.ok(notes.some((note) => note.includes('"Storm"') && note.includes('time of day')));
  assert.ok(notes.some((note) => note.includes('"Before records"') && note.includes('year -500')));
  assert.ok(notes.some((note) => note.includes('"Impossible day"') && note.includes('1921-02-30')));
  assert.deepEqual(file.events.map((event) => event.title).sort(), ['Pier opens', 'Settlement', 'Storm']);
  assert.equal(file.events.find((event) => event.title === 'Storm')!.date, '1921-03-04');
});

test('the command detects the kind of file and writes a data file that checks', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-tjs-'));
  await writeFile(join(dir, 'harbour.csv'), tjsSheet);
  const output = await runCli(['import', '--from', 'timelinejs', 'harbour.csv'], dir);
  assert.equal(output.code, 0);
  assert.match(output.stderr, /harbour\.csv: event 1 "Pier opens": media/);
  checkImported(output.stdout);
});

test('text that is not JSON is named by line and column, not thrown', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-tjs-'));
  await writeFile(join(dir, 'cut.json'), '{\n  "events": [\n');
  const output = await runCli(['import', '--from', 'timelinejs', 'cut.json'], dir);
  assert.equal(output.code, 1);
  assert.match(output.stderr, /^cut\.json:3:1: error: not JSON: /);
  assert.doesNotMatch(output.stderr, /at |Error/);
});

test('a file of odd shapes is read as far as it can be, and what is odd is noted', () => {
  const odd = {
    title: 'not a slide',
    eras: 5,
    events: [
      null,
      'a string',
      { start_date: { year: 2024, month: '7' }, text: { headline: 42, text: ['no'] }, group: { name: 'x' }, media: 'url', unique_id: 7 },
    ],
  };
  const { file, notes } = imported(JSON.stringify(odd), 'odd.json');
  assert.ok(notes.some((note) => note === 'odd.json: "eras" is not a list; nothing is read from it'), notes.join('\n'));
  assert.ok(notes.some((note) => note.includes('event 1') && note.includes('no start date')));
  assert.deepEqual(file.events.map((event) => [event.id, event.title, event.date]), [['7', '42', '2024-07']]);
  assert.equal(file.events[0]!.tags, undefined);
});

test('a sheet saved with ";" by a European spreadsheet is read, and an import that leaves anything out exits 1, written all the same', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-tjs-'));
  await writeFile(join(dir, 'harbour.csv'), tjsSheet.replaceAll(',', ';'));
  const read = await runCli(['import', '--from', 'timelinejs', 'harbour.csv'], dir);
  assert.equal(read.code, 0, read.stderr);
  assert.match(read.stderr, /harbour\.csv: 3 of 3 events and eras imported\n$/);
  const titles = JSON.parse(read.stdout).events.map((event: { title: string }) => event.title);
  assert.deepEqual(titles.sort(), ['Pier opens', 'Settlement']);
  await writeFile(join(dir, 'lossy.json'), JSON.stringify(tjsJson));
  const lossy = await runCli(['import', '--from', 'timelinejs', 'lossy.json'], dir);
  assert.equal(lossy.code, 1);
  assert.match(lossy.stderr, /lossy\.json: 4 of 6 events and eras imported\n$/);
  assert.equal(JSON.parse(lossy.stdout).events.length, 3, 'the events read are written');
});

test('an era with no year, and an entity that names no character, are said, not dropped or thrown', () => {
  const file = {
    events: [{ start_date: { year: '2024' }, text: { headline: 'Big &#99999999; and &#1114112; and &#xD800; &#65;' } }],
    eras: [{ end_date: { year: '1918' }, text: { headline: 'Steam age' } }],
  };
  const { file: written, notes } = imported(JSON.stringify(file), 'odd.json');
  assert.equal(written.events[0]!.title, 'Big \ufffd and \ufffd and \ufffd A');
  assert.equal(notes.filter((note) => /names no character/.test(note)).length, 3, notes.join('\n'));
  assert.ok(notes.includes('odd.json: era 1 "Steam age": no start date; the item is left out'), notes.join('\n'));
});
