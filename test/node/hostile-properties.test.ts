// Hostile files, generated: keys given twice, characters XML cannot hold, mixed line endings and
// cells a spreadsheet would run. Whatever the file, nothing throws and nothing is lost unsaid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkTimelineText, validateTimeline } from '../../src/model/index.js';
import { reviewTimelineText } from '../../src/model/validate.js';
import { exportCsv, importCsvText } from '../../src/model/csv.js';
import { escapeMarkup } from '../../src/model/markup.js';

/** Pieces of text that have broken one tool or another: quotes, separators, controls, formula starts. */
const piece = fc.constantFrom('a', 'é', ' ', '"', '\\', ',', ';', '|', ' | ', '\n', '\r', '\t', '=', '+', '-', '@', "'", '\u0000', '\u0007', '\u001f', '\ud800', '\uffff', '\u2028', '😀', '&#1114112;');
const hostile = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));
/** What a spreadsheet cell that is read trimmed can carry back exactly. */
const trimmed = hostile.map((words) => words.trim()).filter((words) => words.length > 0);

const hostileEvent = fc.record({
  date: fc.constantFrom('2023', '2024-07', '2024-07-20', '2024-13'),
  title: hostile,
  summary: fc.option(trimmed),
  place: fc.option(trimmed),
  quote: trimmed,
  tags: fc.array(trimmed, { maxLength: 2 }),
  /** A key written twice in the event's text: the first value is the one JSON drops. */
  twice: fc.option(fc.constantFrom('title', 'date')),
});

/** The file's text with its events, each line ending in LF, CRLF or CR. */
const hostileFile = fc.record({ events: fc.array(hostileEvent, { maxLength: 6 }), endings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1 }) }).map(({ events, endings }) => {
  const data = {
    title: 'T',
    sources: { wire: { publisher: '=Wire', title: '@report' } },
    events: events.map(({ date, title, summary, place, quote, tags }, index) => ({
      id: `e${index}`,
      date,
      title,
      ...(summary === null ? {} : { summary }),
      ...(place === null ? {} : { place }),
      ...(tags.length > 0 ? { tags } : {}),
      citations: [{ source: 'wire', quote }],
    })),
  };
  const lines = JSON.stringify(data, null, 1).split('\n');
  // The key given twice goes first in its event, holding a value JSON will drop.
  events.forEach(({ twice }, index) => {
    if (twice === null) return;
    const at = lines.findIndex((line) => line.trim() === `"id": "e${index}",`);
    lines.splice(at + 1, 0, `${JSON.stringify(twice)}: "dropped",`);
  });
  return { data, text: lines.map((line, index) => line + (index < lines.length - 1 ? endings[index % endings.length] : '')).join(''), twice: events.map(({ twice }) => twice) };
});

test('every event of a hostile file is drawn or reported at a line and column; keys given twice are said; nothing throws', () => {
  fc.assert(
    fc.property(hostileFile, ({ data, text, twice }) => {
      const { timeline } = checkTimelineText(text);
      const review = reviewTimelineText(text);
      const drawn = new Set(timeline.events.map((event) => event.id));
      data.events.forEach((event, index) => {
        if (drawn.has(event.id)) return;
        const reported = review.problems.filter((problem) => problem.pointer.startsWith(`/events/${index}/`) || problem.pointer === `/events/${index}`);
        assert.ok(reported.length > 0, `event ${index} is neither drawn nor reported`);
        assert.ok(reported.every((problem) => problem.position), `event ${index} is reported without a place`);
      });
      twice.forEach((key, index) => {
        if (key === null) return;
        assert.ok(review.problems.some((problem) => problem.pointer === `/events/${index}/${key}` && problem.position && /given again/.test(problem.message)), `"${key}" twice in event ${index}`);
      });
    }),
    { numRuns: 500 },
  );
});

test('export then import gives back the same events, whatever their text', () => {
  fc.assert(
    fc.property(hostileFile, ({ text }) => {
      const parsed: unknown = JSON.parse(text);
      const before = validateTimeline(parsed).timeline;
      const back = importCsvText(exportCsv(parsed), 'story.csv', 'T');
      const after = validateTimeline(back.file).timeline;
      assert.deepEqual(after.events, before.events);
      assert.deepEqual(after.sources, before.sources);
    }),
    { numRuns: 500 },
  );
});

test('markup written of any text holds no character XML cannot hold', () => {
  fc.assert(
    fc.property(hostile, (words) => {
      assert.doesNotMatch(escapeMarkup(words), /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[<>"]/);
    }),
    { numRuns: 1000 },
  );
});
