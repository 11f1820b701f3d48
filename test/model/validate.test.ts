import { expect } from '@esm-bundle/chai';
import { checkTimelineText, validateTimeline } from '../../src/model/validate.js';
import type { Problem } from '../../src/model/problem.js';

const source = { publisher: 'Reuters', title: 'Azerbaijan pledges support', published: '2024-07-20' };
const citation = { source: 'reuters', quote: 'pledged on Saturday' };
const goodEvent = (id: string, date = '2024-07-20') => ({ id, date, title: `Event ${id}`, citations: [citation] });

/** A data file with two good events around the one under test, as a journalist would indent it. */
function fileWith(event: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    { title: 'Test timeline', sources: { reuters: source }, events: [goodEvent('before', '2023-07'), event, goodEvent('after')], ...extra },
    null,
    2,
  );
}

/** Line and column (1-based) where `needle` first stands in `text`, after `after` if given. */
function positionOf(text: string, needle: string, after = ''): { line: number; column: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`${needle} is not in the text`);
  return positionAt(text, offset);
}

function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function onlyProblem(text: string): { problem: Problem; keptIds: string[] } {
  const { problems, timeline } = checkTimelineText(text);
  expect(problems, JSON.stringify(problems, null, 1)).to.have.length(1);
  return { problem: problems[0]!, keptIds: timeline.events.map((event) => event.id) };
}

describe('checking a data file', () => {
  it('keeps every event of a good file, sorted by date, with no problem', () => {
    const text = fileWith(goodEvent('middle', '2024-05'));
    const { problems, timeline, leftOut } = checkTimelineText(text);
    expect(problems).to.deep.equal([]);
    expect(leftOut).to.deep.equal({ events: 0, sources: 0, eras: 0 });
    expect(timeline.events.map((event) => event.id)).to.deep.equal(['before', 'middle', 'after']);
    expect(timeline.events[0]!.citations[0]!.source.publisher).to.equal('Reuters');
  });

  it('orders events by start, then end, then as the file gives them', () => {
    const events = [
      goodEvent('july-day', '2024-07-20'),
      { id: 'summer', start: '2024-07', end: '2024-08', title: 'Summer', citations: [citation] },
      goodEvent('july', '2024-07'),
      goodEvent('july-again', '2024-07'),
      goodEvent('earlier', '2023'),
    ];
    const { timeline } = validateTimeline({ title: 'T', sources: { reuters: source }, events });
    expect(timeline.events.map((event) => event.id)).to.deep.equal(['earlier', 'july', 'july-again', 'summer', 'july-day']);
  });

  it('says where text is not JSON', () => {
    const text = '{\n  "title": "T",\n  "events": [\n    { "id": "a", }\n  ]\n}';
    const { problems, timeline } = checkTimelineText(text);
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.equal('not JSON: a comma before "}" has nothing after it');
    expect(problems[0]!.fix).to.equal('remove the last comma');
    expect(problems[0]!.position).to.deep.equal({ line: 4, column: 18 });
    expect(timeline.events).to.deep.equal([]);
  });

  it('names the missing field, points at the event and keeps the others', () => {
    const text = fileWith({ id: 'untitled', date: '2024-05', citations: [citation] });
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[1].title');
    expect(problem.eventId).to.equal('untitled');
    expect(problem.message).to.equal('missing "title"');
    expect(problem.fix).to.equal('add a short headline');
    const eventStart = text.lastIndexOf('{', text.indexOf('"id": "untitled"'));
    expect(problem.position).to.deep.equal(positionAt(text, eventStart));
    expect(keptIds).to.deep.equal(['before', 'after']);
  });

  it('says which type a field should be', () => {
    const text = fileWith({ ...goodEvent('tagged'), tags: 'unrest' });
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[1].tags');
    expect(problem.message).to.equal('is text, not a list in [ ]');
    expect(problem.position).to.deep.equal(positionOf(text, '"unrest"'));
    expect(keptIds).to.deep.equal(['before', 'after']);
  });

  it('suggests the field a typo was meant to be, and keeps the event', () => {
    const text = fileWith({ ...goodEvent('typo'), summery: 'A summary' });
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[1].summery');
    expect(problem.message).to.equal('unknown field "summery"');
    expect(problem.fix).to.equal('did you mean "summary"?');
    expect(problem.position).to.deep.equal(positionOf(text, '"summery"'));
    expect(keptIds).to.deep.equal(['before', 'typo', 'after']);
  });

  it('reports tittle for title as both a missing title and a likely typo', () => {
    const { id, date, citations } = goodEvent('typo');
    const text = fileWith({ id, date, tittle: 'Event', citations });
    const { problems } = checkTimelineText(text);
    expect(problems.map((p) => `${p.path}: ${p.message}: ${p.fix}`)).to.have.members([
      'events[1].title: missing "title": add a short headline',
      'events[1].tittle: unknown field "tittle": did you mean "title"?',
    ]);
  });

  it('refuses a month that does not exist, at the date', () => {
    const text = fileWith(goodEvent('bad-month', '2024-13'));
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[1].date');
    expect(problem.message).to.equal('"2024-13" is not a date');
    expect(problem.fix).to.equal('write YYYY, YYYY-MM or YYYY-MM-DD');
    expect(problem.position).to.deep.equal(positionOf(text, '"2024-13"'));
    expect(keptIds).to.deep.equal(['before', 'after']);
  });

  it('refuses a day that does not exist, at the date', () => {
    const text = fileWith(goodEvent('bad-day', '2024-02-30'));
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[1].date');
    expect(problem.message).to.equal('"2024-02-30" is not a date');
    expect(problem.fix).to.contain('2024-02 has 29 days');
    expect(problem.position).to.deep.equal(positionOf(text, '"2024-02-30"'));
    expect(keptIds).to.deep.equal(['before', 'after']);
  });

  it('refuses an end before the start, at the end', () => {
    const text = fileWith({ id: 'backwards', start: '2024-06', end: '2024-04', title: 'Backwards', citations: [citation] });
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[1].end');
    expect(problem.message).to.equal('ends before it starts: "2024-04" is before "2024-06"');
    expect(problem.position).to.deep.equal(positionOf(text, '"2024-04"'));
    expect(keptIds).to.deep.equal(['before', 'after']);
  });

  it('refuses a second event with the same id, naming the first', () => {
    const text = fileWith(goodEvent('after', '2024-05'));
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[2].id');
    expect(problem.message).to.equal('"after" is already the id of events[1]');
    expect(problem.position).to.deep.equal(positionOf(text, '"after"', '"Event after"'));
    expect(keptIds).to.deep.equal(['before', 'after']);
    expect(checkTimelineText(text).timeline.events[1]!.when.first).to.deep.equal({ year: 2024, month: 5 });
  });

  it('refuses a citation of a source that is not declared, suggesting one that is', () => {
    const text = fileWith({ ...goodEvent('miscited'), citations: [{ source: 'reuter', quote: 'pledged' }] });
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[1].citations[0].source');
    expect(problem.message).to.equal('"reuter" is not a declared source');
    expect(problem.fix).to.equal('did you mean "reuters"?');
    expect(problem.position).to.deep.equal(positionOf(text, '"reuter"'));
    expect(keptIds).to.deep.equal(['before', 'after']);
  });

  it('refuses an event with no citation', () => {
    const text = fileWith({ ...goodEvent('uncited'), citations: [] });
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[1].citations');
    expect(problem.message).to.equal('has no citation');
    expect(problem.position).to.deep.equal(positionOf(text, '[]'));
    expect(keptIds).to.deep.equal(['before', 'after']);
  });

  it('refuses a link that is not http or https, keeping the source without it', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/file', '//example.org']) {
      const text = JSON.stringify({ title: 'T', sources: { reuters: { ...source, url } }, events: [goodEvent('a')] }, null, 2);
      const { problem, keptIds } = onlyProblem(text);
      expect(problem.path).to.equal('sources.reuters.url');
      expect(problem.message).to.equal(`${JSON.stringify(url)} is not a web link`);
      expect(problem.fix).to.equal('use an address that starts with https://');
      expect(problem.position).to.deep.equal(positionOf(text, JSON.stringify(url)));
      expect(keptIds).to.deep.equal(['a']);
      expect(checkTimelineText(text).timeline.sources[0]!.url, url).to.equal(undefined);
    }
    const good = JSON.stringify({ title: 'T', sources: { reuters: { ...source, url: 'https://example.org/a' } }, events: [goodEvent('a')] });
    expect(checkTimelineText(good).timeline.sources[0]!.url).to.equal('https://example.org/a');
  });

  it('refuses an empty title', () => {
    const text = fileWith({ ...goodEvent('empty'), title: '  ' });
    const { problem, keptIds } = onlyProblem(text);
    expect(problem.path).to.equal('events[1].title');
    expect(problem.message).to.equal('is empty');
    expect(problem.position).to.deep.equal(positionOf(text, '"  "'));
    expect(keptIds).to.deep.equal(['before', 'after']);
  });

  it('says once that an event has no date, and once that a period has no end', () => {
    const undated = onlyProblem(fileWith({ id: 'undated', title: 'Undated', citations: [citation] })).problem;
    expect(undated.message).to.equal('has no date');
    expect(undated.fix).to.equal('add "date", or "start" and "end"');
    const open = onlyProblem(fileWith({ id: 'open', start: '2024-05', title: 'Open', citations: [citation] })).problem;
    expect(open.message).to.equal('has "start" but no "end"');
  });

  it('asks a source with no publisher for a note saying why', () => {
    const text = JSON.stringify({ title: 'T', sources: { reuters: { title: 'Untitled' } }, events: [goodEvent('a')] }, null, 2);
    const { problems, timeline } = checkTimelineText(text);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'sources.reuters: has no publisher',
      'events[0].citations[0].source: cites "reuters", a source left out for its own problems',
    ]);
    expect(timeline.events).to.deep.equal([]);
    const noted = JSON.stringify({ title: 'T', sources: { reuters: { title: 'Untitled', note: 'Publisher unknown' } }, events: [goodEvent('a')] });
    expect(checkTimelineText(noted).problems).to.deep.equal([]);
  });

  it('checks eras like events', () => {
    const era = { id: 'emergency', title: 'State of emergency', start: '2024-05', end: '2024-05', citations: [citation] };
    const badEra = { ...era, id: 'curfew', end: '2024-02-30' };
    const text = fileWith(goodEvent('middle'), { eras: [era, badEra] });
    const { problem } = onlyProblem(text);
    expect(problem.path).to.equal('eras[1].end');
    expect(checkTimelineText(text).timeline.eras.map((e) => e.id)).to.deep.equal(['emergency']);
  });

  it("checks only an event's own fields when a page's script builds it on a shared prototype", () => {
    // Fields a script's objects inherit, such as a default colour, are not in the event.
    const shared = { colour: 'red' };
    const built = Object.assign(Object.create(shared) as object, goodEvent('built'));
    const withOwnTypo = Object.assign(Object.create(shared) as object, { ...goodEvent('typo'), summery: 'A summary' });
    const { problems, timeline } = validateTimeline({ title: 'T', sources: { reuters: source }, events: [built, withOwnTypo] });
    expect(problems.map((problem) => `${problem.path}: ${problem.message}`)).to.deep.equal(['events[1].summery: unknown field "summery"']);
    expect(timeline.events.map((event) => event.id)).to.deep.equal(['built', 'typo']);
  });

  it('never throws, whatever the value', () => {
    // An object without a prototype as a date can only come from a page's script, never from JSON.
    const bareObject = Object.create(null) as object;
    for (const value of [null, 42, 'text', [], [1, 2], { events: 'x' }, { events: [null, 3, []] }, { sources: [], events: [{}] }, { eras: [{ date: bareObject, start: '', end: '' }] }]) {
      const result = validateTimeline(value);
      expect(result.problems.length, JSON.stringify(value)).to.be.greaterThan(0);
      expect(result.timeline.events).to.deep.equal([]);
    }
  });

  it('counts what it left out', () => {
    const text = JSON.stringify({
      title: 'T',
      sources: { reuters: source, 'Bad Id': source },
      events: [goodEvent('a'), goodEvent('b', '2024-13'), { id: 'c' }],
    });
    const { leftOut, timeline, problems } = checkTimelineText(text);
    expect(leftOut).to.deep.equal({ events: 2, sources: 1, eras: 0 });
    expect(timeline.events.map((event) => event.id)).to.deep.equal(['a']);
    expect(problems.find((p) => p.path === 'sources["Bad Id"]')?.fix).to.equal('use lowercase letters, digits and hyphens, such as "bad-id"');
  });

  it('reads a file that starts with a byte-order mark', () => {
    const { problems, timeline } = checkTimelineText(`\uFEFF${fileWith(goodEvent('middle'))}`);
    expect(problems).to.deep.equal([]);
    expect(timeline.events).to.have.length(3);
  });
});
