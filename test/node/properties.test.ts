// Properties that hold for every input, checked on thousands of generated ones (fast-check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateTimeline, checkTimelineText, parsePartialDate, partialDateText, precisionOf, spanOf, type PartialDate } from '../../src/model/index.js';
import { reviewTimelineText } from '../../src/model/validate.js';
import { endOf, startOf } from '../../src/model/partial-date.js';
import { sortedByDate } from '../../src/model/date-order.js';
import { layoutLanes, type MarkBox } from '../../src/layout/lanes.js';
import { layoutScene } from '../../src/layout/scene.js';
import { crowdStretches, VIEW_LAYOUT } from '../../src/layout/view.js';
import { itemsInWindow, latestEnds } from '../../src/layout/time-window.js';
import { dataFile } from './arbitraries.js';
import { dayOf2024 } from '../crowded-file.js';

test('validation never throws, and every event given is kept or named in a problem', () => {
  fc.assert(
    fc.property(dataFile, (value) => {
      const { timeline, problems, leftOut } = validateTimeline(value);
      const given = value !== null && typeof value === 'object' && Array.isArray((value as { events?: unknown }).events) ? (value as { events: unknown[] }).events : [];
      assert.equal(timeline.events.length + leftOut.events, given.length, 'nothing silently lost');
      const named = new Set(problems.map((problem) => /^\/events\/(\d+)/.exec(problem.pointer)?.[1]).filter((index) => index !== undefined));
      assert.ok(named.size >= leftOut.events, 'each event left out is named in a problem');
    }),
    { numRuns: 3000 },
  );
});

test('checking text never throws, whatever the text', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json(), dataFile.map((value) => JSON.stringify(value) ?? '')), (text) => {
      const result = checkTimelineText(text);
      assert.ok(Array.isArray(result.problems));
    }),
    { numRuns: 2000 },
  );
});

/**
 * A file of events that are mostly right: years, months, days and periods that often start or
 * end together, some approximate, and now and then a bad date, a repeated id or a source not declared.
 */
const mostlyGoodFile = fc
  .array(
    fc.record({
      date: fc.constantFrom('2023', '2024', '2024-01', '2024-12', '2024-07-20', '2024-13'),
      end: fc.option(fc.constantFrom('2024', '2024-12', '2023'), { freq: 3 }),
      approximate: fc.boolean(),
      id: fc.option(fc.constantFrom('twice', 'Bad Id'), { freq: 4 }),
      source: fc.constantFrom('wire', 'wire', 'wire', 'other'),
    }),
    { maxLength: 12 },
  )
  .map((entries) => ({
    title: 'T',
    sources: { wire: { publisher: 'Wire', title: 'R' } },
    events: entries.map(({ date, end, approximate, id, source }, index) => ({
      id: id ?? `e${index}`,
      title: `Event ${index}`,
      citations: [{ source, quote: 'words' }],
      ...(end === null ? { date } : { start: date, end }),
      ...(approximate ? { approximate } : {}),
    })),
  }));

test('what `check` says of a file agrees with the timeline made of it', () => {
  fc.assert(
    fc.property(fc.oneof(dataFile, mostlyGoodFile), (value) => {
      const text = JSON.stringify(value) ?? '';
      const { readable, problems, leftOut, timeline } = checkTimelineText(text);
      const review = reviewTimelineText(text);
      assert.deepEqual({ readable: review.readable, problems: review.problems, leftOut: review.leftOut }, { readable, problems, leftOut });
      assert.deepEqual(review.kept, { events: timeline.events.length, sources: timeline.sources.length });
      assert.deepEqual(review.span, spanOf(timeline.events.map((event) => event.when)));
    }),
    { numRuns: 2000 },
  );
});

/** A partial date of any precision, in the years from `firstYear` to `lastYear`. */
function partialDateIn(firstYear: number, lastYear: number): fc.Arbitrary<PartialDate> {
  const year = fc.integer({ min: firstYear, max: lastYear });
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as given.
  const utcDay = (calendarYear: number, month: number, day: number) => new Date(new Date(0).setUTCFullYear(calendarYear, month, day));
  return fc.oneof(
    fc.record({ year }),
    fc.record({ year, month: fc.integer({ min: 1, max: 12 }) }),
    fc.date({ min: utcDay(firstYear, 0, 1), max: utcDay(lastYear, 11, 31), noInvalidDate: true }).map((date) => ({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    })),
  );
}

const partialDate = partialDateIn(0, 9999);

test('a partial date written out reads back as the same date, interval and precision', () => {
  fc.assert(
    fc.property(partialDate, (date) => {
      const parsed = parsePartialDate(partialDateText(date));
      assert.ok(parsed.ok, partialDateText(date));
      assert.deepEqual(parsed.value, { ...date });
      assert.equal(precisionOf(parsed.value), precisionOf(date));
      assert.equal(startOf(parsed.value), startOf(date));
      assert.equal(endOf(parsed.value), endOf(date));
      assert.ok(endOf(date) > startOf(date));
    }),
    { numRuns: 3000 },
  );
});

/** Pixels in quarters, spread evenly: doubles from fast-check gather near 0, where marks seldom meet. */
const pixels = (min: number, max: number) => fc.integer({ min: min * 4, max: max * 4 }).map((quarters) => quarters / 4);

/**
 * A mark, its label at its start (or moved left), and maybe a second place for the label, as
 * wide: ending with the mark, as a scene gives it, or anywhere.
 */
const box: fc.Arbitrary<MarkBox> = fc
  .record({
    x0: pixels(-100, 1000),
    width: pixels(0, 300),
    label: pixels(0, 200),
    shift: pixels(0, 50),
    endLabel: fc.oneof(fc.constant(undefined), fc.constant('with the mark' as const), pixels(-300, 1300)),
  })
  .map(({ x0, width, label, shift, endLabel }) => ({
    x0,
    x1: x0 + width,
    labelX0: x0 - shift,
    labelX1: x0 - shift + label,
    endLabelX0: endLabel === 'with the mark' ? x0 + width - label : endLabel,
  }));

test('lanes never overlap and lose no mark, for any set of marks and any lanes they had', () => {
  const lanesHad = fc.option(fc.array(fc.option(fc.integer({ min: -1, max: 9 }), { nil: undefined }), { maxLength: 60 }), { nil: undefined });
  fc.assert(
    fc.property(fc.array(box, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), fc.option(fc.nat()), lanesHad, (boxes, lanes, keepSeed, had) => {
      const gap = 4;
      const keep = keepSeed === null || boxes.length === 0 ? undefined : keepSeed % boxes.length;
      const preferredLane = had && ((index: number) => had[index]);
      const layout = layoutLanes(boxes, { lanes, gap, keep, clusterWidth: 90, preferredLane });
      const extents = layout.marks.map(({ index, lane, labelShown, labelAtEnd }) => {
        const b = boxes[index]!;
        const labelFrom = labelAtEnd ? b.endLabelX0! : b.labelX0;
        const labelTo = labelFrom + b.labelX1 - b.labelX0;
        return { index, lane, from: labelShown ? Math.min(b.x0, labelFrom) : b.x0, to: labelShown ? Math.max(b.x1, labelTo) : b.x1 };
      });
      for (const a of extents) {
        for (const b of extents) {
          if (a.index < b.index && a.lane === b.lane) assert.ok(a.to + gap <= b.from || b.to + gap <= a.from, `marks ${a.index} and ${b.index} overlap in lane ${a.lane}`);
        }
      }
      const clustered = layout.clusters.flatMap((cluster) => cluster.indices);
      assert.equal(layout.marks.length + clustered.length, boxes.length);
      if (keep !== undefined) assert.ok(layout.marks.some((mark) => mark.index === keep && mark.labelShown));
    }),
    { numRuns: 2000 },
  );
});

test('marks laid out again with the lanes they were given keep those lanes and labels', () => {
  fc.assert(
    fc.property(fc.array(box, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (boxes, lanes) => {
      const first = layoutLanes(boxes, { lanes, gap: 4, clusterWidth: 90 });
      const had = new Map(first.marks.map((mark) => [mark.index, mark.lane]));
      const again = layoutLanes(boxes, { lanes, gap: 4, clusterWidth: 90, preferredLane: (index) => had.get(index) });
      assert.deepEqual(again, first);
    }),
    { numRuns: 2000 },
  );
});

/** Checked events on the given days of 2024 (0 to 364), each a day, a month or a period. */
function eventsOn(entries: [number, 'day' | 'month' | 'period'][]) {
  const events = entries.map(([offset, kind], index) => ({
    id: `e${index}`,
    title: `Event ${index}`,
    citations: [{ source: 'wire', quote: 'words' }],
    ...(kind === 'day' ? { date: dayOf2024(offset) } : kind === 'month' ? { date: dayOf2024(offset).slice(0, 7) } : { start: dayOf2024(offset), end: dayOf2024(Math.min(364, offset + 40)) }),
  }));
  return validateTimeline({ title: 'T', sources: { wire: { publisher: 'Wire', title: 'R' } }, events }).timeline.events;
}

const dateKind = fc.constantFrom<'day' | 'month' | 'period'>('day', 'month', 'period');

/** Events on days of 2024, some months and periods among them, as a data file would give. */
const datedEvents = fc.array(fc.tuple(fc.integer({ min: 0, max: 364 }), dateKind), { minLength: 1, maxLength: 300 }).map(eventsOn);

/** Events bunched on a few weeks of 2024, as news comes: crowds beside quiet stretches. */
const bunchedEvents = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 13 }), dateKind), { minLength: 50, maxLength: 400, size: 'max' })
  .map((entries) => eventsOn(entries.map(([week, day, kind]) => [week * 50 + day, kind])));

test('a view with a lead-in draws every event that reaches into it once, and none of the lead-in', () => {
  fc.assert(
    fc.property(
      datedEvents,
      fc.integer({ min: 1, max: 120 }),
      fc.integer({ min: -500, max: 500 }),
      fc.integer({ min: 0, max: 600 }),
      fc.option(fc.nat()),
      (events, crowdedCount, pan, leadInLength, keepSeed) => {
        const DAY = 86_400_000;
        const x = (instant: number) => ((instant - Date.UTC(2024, 0, 1)) / DAY) * 3 + pan;
        const at = (pixels: number) => Date.UTC(2024, 0, 1) + ((pixels - pan) / 3) * DAY;
        const leadIn = { start: at(-leadInLength), end: at(0) };
        // As the element gives them: from the lead-in's start on.
        const given = events.filter((event) => event.when.end > leadIn.start);
        const keepId = keepSeed === null || given.length === 0 ? undefined : given[keepSeed % given.length]!.id;
        const scene = layoutScene(given, [], x, () => 40, { ...VIEW_LAYOUT, width: 800, crowdedCount, origin: pan, keepId, leadIn, counted: events });
        const drawn = [...scene.marks.map((mark) => mark.event.id), ...scene.clusters.flatMap((cluster) => cluster.events.map((event) => event.id))];
        assert.deepEqual(drawn.sort(), given.filter((event) => event.when.end > leadIn.end).map((event) => event.id).sort());
      },
    ),
    { numRuns: 500 },
  );
});

test('a view draws every event in it once, as a mark or in one cluster, crowded or not, its marks from left to right', () => {
  fc.assert(
    fc.property(datedEvents, fc.integer({ min: 1, max: 120 }), fc.integer({ min: -500, max: 500 }), fc.option(fc.nat()), (events, crowdedCount, pan, keepSeed) => {
      const x = (instant: number) => (instant - Date.UTC(2024, 0, 1)) / 86_400_000 * 3 + pan;
      const keepId = keepSeed === null ? undefined : events[keepSeed % events.length]!.id;
      const scene = layoutScene(events, [], x, () => 40, { ...VIEW_LAYOUT, width: 800, crowdedCount, origin: pan, keepId });
      const drawn = [...scene.marks.map((mark) => mark.event.id), ...scene.clusters.flatMap((cluster) => cluster.events.map((event) => event.id))];
      assert.deepEqual(drawn.sort(), events.map((event) => event.id).sort());
      if (keepId !== undefined) assert.ok(scene.marks.some((mark) => mark.event.id === keepId));
      // In the page's order, which a screen reader reads, and in which a kept mark holds its focus.
      for (let index = 1; index < scene.marks.length; index++) {
        assert.ok(scene.marks[index - 1]!.x0 <= scene.marks[index]!.x0, `${scene.marks[index]!.event.id} drawn after a mark to its right`);
      }
      for (const cluster of scene.clusters) {
        assert.ok(cluster.density >= 0 && cluster.density <= 1);
        // Zooming to a cluster shows where each of its events starts.
        for (const event of cluster.events) assert.ok(cluster.window.start <= event.when.start && event.when.start < cluster.window.end);
      }
    }),
    { numRuns: 300 },
  );
});

// A crowd's events, once placed in lanes, may also find no lane at another zoom and join it
// (overflow): with lanes to spare, these views hold no overflow, and only the counting is held.
const ROOMY = { ...VIEW_LAYOUT, lanes: 1000, width: 800 };
const DAY = 86_400_000;
const YEAR_2024 = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) };

/** The events in crowds that start where placing begins or later (`from`, in pixels). */
function crowdedFrom(scene: ReturnType<typeof layoutScene>, x: (instant: number) => number, from: number): string[] {
  return scene.clusters.filter((cluster) => cluster.density > 0).flatMap((cluster) => cluster.events.filter((event) => x(event.when.start) >= from).map((event) => event.id));
}

test('zooming in never gathers a mark back into a crowd', () => {
  fc.assert(
    fc.property(bunchedEvents, fc.integer({ min: 5, max: 60 }), fc.double({ min: 1.05, max: 2, noNaN: true }), fc.integer({ min: 0, max: 800 }), (events, crowdedCount, zoom, about) => {
      const farther = (instant: number) => ((instant - YEAR_2024.start) / DAY) * 3 - 200;
      const closer = (instant: number) => (farther(instant) - about) * zoom + about;
      const sceneAt = (x: (instant: number) => number) => layoutScene(events, [], x, () => 40, { ...ROOMY, ...crowdStretches(YEAR_2024, x), crowdedCount });
      const marked = new Set(sceneAt(farther).marks.map((mark) => mark.event.id));
      // Events that began before placing begins, 16 px before the view, are counted apart: as
      // the view closes in, more of them begin before it, and they may crowd.
      for (const id of crowdedFrom(sceneAt(closer), closer, -16)) assert.ok(!marked.has(id), `${id} had a mark`);
    }),
    { numRuns: 500 },
  );
});

test('panning never gathers a mark into a crowd, whatever the lead-in', () => {
  fc.assert(
    fc.property(
      bunchedEvents,
      fc.integer({ min: 5, max: 60 }),
      fc.array(fc.record({ pan: fc.integer({ min: -600, max: 600 }), leadInLength: fc.integer({ min: 0, max: 800 }) }), { minLength: 2, maxLength: 2 }),
      (events, crowdedCount, views) => {
        const base = (instant: number) => ((instant - YEAR_2024.start) / DAY) * 3 - 300;
        const [first, second] = views.map(({ pan, leadInLength }) => {
          const x = (instant: number) => base(instant) - pan;
          const at = (pixels: number) => YEAR_2024.start + ((pixels + pan + 300) / 3) * DAY;
          const leadIn = { start: at(-leadInLength), end: at(0) };
          // As the element gives them: those that reach the lead-in or the view, and all to count.
          const given = itemsInWindow(events, { start: leadIn.start, end: at(800) }, latestEnds(events));
          const scene = layoutScene(given, [], x, () => 40, { ...ROOMY, ...crowdStretches(YEAR_2024, x), crowdedCount, leadIn, counted: events });
          return { scene, x };
        });
        const marked = new Set(first!.scene.marks.map((mark) => mark.event.id));
        // Only events that start in both views: one that starts before a view is a bar reaching
        // in there, and those are counted apart.
        const starts = new Map(events.map((event) => [event.id, event.when.start]));
        const crowded = crowdedFrom(second!.scene, second!.x, 0).filter((id) => first!.x(starts.get(id)!) >= 0);
        for (const id of crowded) assert.ok(!marked.has(id), `${id} had a mark`);
      },
    ),
    { numRuns: 500 },
  );
});

test('the items found in a window are exactly those that overlap it, long or short', () => {
  const item = fc.record({ start: fc.integer({ min: 0, max: 1000 }), length: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 2000 })) });
  fc.assert(
    fc.property(fc.array(item, { maxLength: 300 }), fc.integer({ min: -100, max: 1100 }), fc.integer({ min: 0, max: 400 }), (raw, from, span) => {
      const items = raw.map(({ start, length }) => ({ when: { start, end: start + length } })).sort((a, b) => a.when.start - b.when.start);
      const window = { start: from, end: from + span };
      const overlapping = items.filter(({ when }) => when.start < window.end && when.end > window.start);
      assert.deepEqual(itemsInWindow(items, window, latestEnds(items)), overlapping);
    }),
    { numRuns: 2000 },
  );
});

/** Asserts that events, each dated by a pair of partial dates drawn from `dates`, come in date order. */
function assertDateOrder(dates: fc.Arbitrary<PartialDate>): void {
  fc.assert(
    fc.property(fc.array(fc.tuple(dates, dates), { minLength: 1, maxLength: 200 }), (pairs) => {
      const events = pairs.map(([first, second], index) => {
        const [start, end] = startOf(first) <= startOf(second) ? [first, second] : [second, first];
        return { id: `e${index}`, title: 'T', citations: [{ source: 'wire', quote: 'words' }], ...(index % 3 === 0 ? { date: partialDateText(start) } : { start: partialDateText(start), end: partialDateText(end) }) };
      });
      const kept = validateTimeline({ title: 'T', sources: { wire: { publisher: 'Wire', title: 'R' } }, events }).timeline.events;
      const position = new Map(events.map((event, index) => [event.id, index]));
      assertInDateOrder(kept, (event) => position.get(event.id)!, (event) => event.id);
    }),
    { numRuns: 500 },
  );
}

test('events come in order of start, then end, then as the file gives them, from year 0000 to 9999', () => {
  assertDateOrder(partialDate);
});

test('events that start or end on the same day keep that order', () => {
  // Two years of dates: most events share a start or an end with another.
  assertDateOrder(partialDateIn(2023, 2024));
});

test('items come in order of start day, then end day, then as given, for any days of years 0000 to 9999', () => {
  const firstInstant = startOf({ year: 0 });
  const lastDay = (endOf({ year: 9999 }) - firstInstant) / DAY;
  const day = fc.integer({ min: 0, max: lastDay });
  // Few start days and lengths, so that many items share a start, an end or both; lengths of
  // up to 30 years, so that ends of the same start often lie close together, and of any days.
  const length = fc.oneof(fc.integer({ min: 0, max: 11_000 }), day);
  const pick = fc.tuple(fc.nat(), fc.nat());
  fc.assert(
    fc.property(fc.array(day, { minLength: 1, maxLength: 4 }), fc.array(length, { minLength: 1, maxLength: 4 }), fc.array(pick, { minLength: 1, maxLength: 300 }), (startDays, lengths, picks) => {
      const items = picks.map(([startPick, lengthPick], index) => {
        const start = startDays[startPick % startDays.length]!;
        const end = Math.min(start + lengths[lengthPick % lengths.length]!, lastDay);
        return { index, when: { start: firstInstant + start * DAY, end: firstInstant + end * DAY } };
      });
      assertSortedByDate(items);
    }),
    { numRuns: 2000 },
  );
});

test('an archive of more than a million events comes in the same order', () => {
  // One more than a sort key can number, so they are sorted another way. Their days run from
  // year 0000 to 9999, and most share their start and end with others.
  const firstInstant = startOf({ year: 0 });
  const lastInstant = startOf({ year: 9999, month: 12, day: 31 });
  const starts = [firstInstant, lastInstant, ...Array.from({ length: 998 }, (_, index) => firstInstant + ((index * 7919) % 3_652_000) * DAY)];
  const items = Array.from({ length: 2 ** 20 + 1 }, (_, index) => {
    const start = starts[(index * 31) % starts.length]!;
    return { index, when: { start, end: Math.min(start + ((index % 3) + 1) * DAY, lastInstant + DAY) } };
  });
  assertSortedByDate(items);
});

/** Asserts that `sortedByDate` gives every item once, by start, then end, then place in `items`. */
function assertSortedByDate(items: { index: number; when: { start: number; end: number } }[]): void {
  const sorted = sortedByDate(items);
  assert.deepEqual(sorted.map((item) => item.index).sort((a, b) => a - b), items.map((item) => item.index));
  assertInDateOrder(sorted, (item) => item.index, (item) => `item ${item.index}`);
}

/** Asserts that `items` come by start, then by end, then by their `place` in the file. */
function assertInDateOrder<T extends { when: { start: number; end: number } }>(items: readonly T[], place: (item: T) => number, name: (item: T) => string): void {
  for (let index = 1; index < items.length; index++) {
    const [before, after] = [items[index - 1]!, items[index]!];
    const order = before.when.start - after.when.start || before.when.end - after.when.end || place(before) - place(after);
    // The message is made only for a pair out of order: made for each of a million pairs, it
    // made the test half as long again.
    if (!(order < 0)) assert.fail(`${name(before)} before ${name(after)}`);
  }
}
