import { expect } from '@esm-bundle/chai';
import { countBoxes, layoutScene, markKind } from '../../src/layout/scene.js';
import { validateTimeline, type TimelineEvent } from '../../src/model/index.js';

const source = { publisher: 'Wire', title: 'Report' };
const citations = [{ source: 'wire', quote: 'words' }];
const { timeline } = validateTimeline({
  title: 'T',
  sources: { wire: source },
  events: [
    { id: 'day', date: '2024-07-20', title: 'A day', citations },
    { id: 'month', date: '2024-07', title: 'A month', citations },
    { id: 'period', start: '2024-05', end: '2024-06', title: 'A period', citations },
    { id: 'long', start: '2020', end: '2030', title: 'Long', citations },
  ],
  eras: [{ id: 'era', title: 'Era', start: '2024-05', end: '2024-05', citations }],
});
const event = (id: string) => timeline.events.find((e) => e.id === id)!;
const DAY = 86_400_000;
const origin = Date.UTC(2024, 4, 1);
/** One pixel a day from 1 May 2024. */
const x = (instant: number) => (instant - origin) / DAY;
const options = { width: 120, lanes: 4, pointRadius: 6, minSpanWidth: 12, gap: 4, clusterWidth: 60, crowdedCount: 100 };

describe('layoutScene', () => {
  it('chooses a mark for each kind of date', () => {
    expect(markKind(event('day'))).to.equal('point');
    expect(markKind(event('month'))).to.equal('span');
    expect(markKind(event('period'))).to.equal('range');
  });

  it('places marks where their dates fall, a point centred on its day', () => {
    const scene = layoutScene(timeline.events, timeline.eras, x, () => 10, options);
    const mark = (id: string) => scene.marks.find((m) => m.event.id === id)!;
    expect(mark('day').x0 + 6).to.equal(80.5);
    expect([mark('month').x0, mark('month').x1]).to.deep.equal([61, 92]);
    expect([mark('period').x0, mark('period').x1]).to.deep.equal([0, 61]);
    expect(scene.eras.map((era) => [era.x0, era.x1])).to.deep.equal([[0, 31]]);
  });

  it('puts a label on a bar that began before the view, inside it from the view’s edge', () => {
    const scene = layoutScene([event('long')] as TimelineEvent[], [], x, () => 30, options);
    expect(scene.marks[0]!.x0).to.be.lessThan(0);
    expect([scene.marks[0]!.labelInside, scene.marks[0]!.labelX]).to.deep.equal([true, 6]);
  });

  it('puts a label on a span with room for it, else beside the mark, right of it', () => {
    // "A period" from -10 to 51 px.
    const shifted = (instant: number) => x(instant) - 10;
    const mark = (scene: ReturnType<typeof layoutScene>) => scene.marks.find((m) => m.event.id === 'period')!;
    const roomy = layoutScene([event('period')], [], shifted, () => 26, options);
    expect([mark(roomy).labelInside, mark(roomy).labelX]).to.deep.equal([true, 6]);
    const narrow = layoutScene([event('period')], [], shifted, () => 50, options);
    expect([mark(narrow).labelInside, mark(narrow).labelX, mark(narrow).labelEndX]).to.deep.equal([false, 51 + 6, undefined]);
  });

  it('flips a label to the left of its mark where the right edge leaves it no room, and cuts it only where neither side has room', () => {
    // "A day" from 74.5 to 86.5 px in a view 120 px wide.
    const flipped = layoutScene([event('day')], [], x, () => 60, options).marks[0]!;
    expect([flipped.labelX, flipped.labelEndX, flipped.labelCut]).to.deep.equal([74.5 - 6 - 60, 74.5 - 6, false]);
    const cut = layoutScene([event('day')], [], x, () => 100, options).marks[0]!;
    expect([cut.labelX, cut.labelEndX, cut.labelWidth, cut.labelCut]).to.deep.equal([0, 68.5, 68.5, true]);
  });

  it('keeps labels inside the edges a panning view gives, rather than its own', () => {
    // The edges where placing started, 20 px back: the day's label still fits on its right there.
    const scene = layoutScene([event('day')], [], x, () => 40, { ...options, labelEdges: [20, 140] });
    expect([scene.marks[0]!.labelX, scene.marks[0]!.labelEndX]).to.deep.equal([86.5 + 6, undefined]);
  });

  it('gives a cluster the stretch of time to zoom to', () => {
    const crowded = layoutScene(timeline.events, [], x, () => 10, { ...options, lanes: 1 });
    const clustered = crowded.clusters.flatMap((cluster) => cluster.events);
    expect(crowded.marks.length + clustered.length).to.equal(timeline.events.length);
    for (const cluster of crowded.clusters) {
      for (const e of cluster.events) expect(e.when.start).to.be.at.least(cluster.window.start);
    }
  });
});

describe('layoutScene keeping an event', () => {
  it('leaves a kept event where it was when it has a mark anyway', () => {
    const plain = layoutScene(timeline.events, [], x, () => 10, options);
    const keeping = layoutScene(timeline.events, [], x, () => 10, { ...options, keepId: 'day' });
    expect(keeping.marks).to.deep.equal(plain.marks);
  });

  it('gives a kept event a mark of its own when it would be clustered', () => {
    const crowded = { ...options, lanes: 1 };
    const lost = layoutScene(timeline.events, [], x, () => 10, crowded).clusters.flatMap((cluster) => cluster.events.map((e) => e.id));
    expect(lost.length).to.be.greaterThan(0);
    const kept = layoutScene(timeline.events, [], x, () => 10, { ...crowded, keepId: lost[0] });
    expect(kept.marks.map((mark) => mark.event.id)).to.include(lost[0]);
  });
});

describe('layoutScene in a crowd', () => {
  // 150 events from 6 to 30 July 2024, six a day, and three in May: a crowd in one stretch, room in another.
  const crowdFile = validateTimeline({
    title: 'Crowd',
    sources: { wire: source },
    events: [
      ...['2024-05-02', '2024-05-10', '2024-05-20'].map((date, index) => ({ id: `may-${index}`, date, title: 'May', citations })),
      ...Array.from({ length: 150 }, (_, index) => ({ id: `july-${index}`, date: `2024-07-${String((index % 25) + 6).padStart(2, '0')}`, title: 'July', citations })),
    ],
  }).timeline;
  const events = crowdFile.events;
  const crowdOptions = { ...options, width: 200, crowdedCount: 100 };
  const july = (id: string) => id.startsWith('july');

  it('shows a stretch with more events than it could draw as one cluster, with a column', () => {
    const scene = layoutScene(events, [], x, () => 10, crowdOptions);
    expect(scene.marks.map((mark) => mark.event.id)).to.have.members(['may-0', 'may-1', 'may-2']);
    const crowd = scene.clusters.find((cluster) => cluster.density > 0)!;
    expect(crowd.events.map((event) => event.id).every(july)).to.equal(true);
    expect(crowd.events).to.have.length(150);
    expect(crowd.density).to.equal(1);
    // One pixel a day from 1 May; stretches of 60 px counted from 0: July falls in 60 to 120.
    expect([crowd.x0, crowd.x1]).to.deep.equal([60, 120]);
  });

  it('draws the same events as marks when the stretch is not crowded', () => {
    const scene = layoutScene(events, [], x, () => 10, { ...crowdOptions, crowdedCount: 1000 });
    expect(scene.clusters.every((cluster) => cluster.density === 0)).to.equal(true);
    expect(scene.marks.some((mark) => july(mark.event.id))).to.equal(true);
    expect(scene.marks.length + scene.clusters.flatMap((cluster) => cluster.events).length).to.equal(events.length);
  });

  it('keeps its stretches in place as the view pans', () => {
    const panned = (instant: number) => x(instant) - 25;
    const scene = layoutScene(events, [], panned, () => 10, { ...crowdOptions, origin: -25 });
    const crowd = scene.clusters.find((cluster) => cluster.density > 0)!;
    expect([crowd.x0, crowd.x1]).to.deep.equal([35, 95]);
    expect(crowd.events).to.have.length(150);
  });

  it('gives each crowd a column as high as it is crowded beside the others', () => {
    const scene = layoutScene(events, [], x, () => 10, { ...crowdOptions, clusterWidth: 15, crowdedCount: 20 });
    const densities = scene.clusters.filter((cluster) => cluster.density > 0).map((cluster) => [cluster.events.length, cluster.density]);
    expect(densities.length).to.be.greaterThan(1);
    const most = Math.max(...densities.map(([count]) => count!));
    for (const [count, density] of densities) expect(density).to.equal(count! / most);
  });

  it('still gives the kept event a mark of its own', () => {
    const scene = layoutScene(events, [], x, () => 10, { ...crowdOptions, keepId: 'july-77' });
    expect(scene.marks.map((mark) => mark.event.id)).to.include('july-77');
    const clustered = scene.clusters.flatMap((cluster) => cluster.events.map((event) => event.id));
    expect(clustered).to.not.include('july-77');
    expect(clustered).to.have.length(149);
  });
});

describe('layoutScene beside a crowd', () => {
  const file = validateTimeline({
    title: 'Beside a crowd',
    sources: { wire: source },
    events: [
      { id: 'before', date: '2024-06-20', title: 'Before', citations },
      ...Array.from({ length: 150 }, (_, index) => ({ id: `july-${index}`, date: `2024-07-${String((index % 25) + 6).padStart(2, '0')}`, title: 'July', citations })),
      { id: 'edge', date: '2024-09-02', title: 'At the edge', citations },
    ],
  }).timeline;
  // One pixel a day from 1 May: July's column from 60 to 120 px; "Before" at 50, "At the edge" at 125.
  const beside = { ...options, width: 130, crowdedCount: 100 };
  const label = (scene: ReturnType<typeof layoutScene>, id: string) => scene.marks.find((mark) => mark.event.id === id)!.labelShown;

  it('hides a label rather than start it on a crowded stretch’s column', () => {
    const scene = layoutScene(file.events, [], x, () => 40, beside);
    expect(label(scene, 'edge'), 'a label moved left onto the column to stay in view').to.equal(false);
    expect(label(scene, 'before'), 'a label that runs on from its mark into the column').to.equal(true);
  });

  it('keeps the kept event’s label, even on a column', () => {
    const scene = layoutScene(file.events, [], x, () => 40, { ...beside, keepId: 'july-3' });
    expect(label(scene, 'july-3')).to.equal(true);
  });
});

describe('layoutScene as the view pans', () => {
  // Sixty days of 2024, one to three events a day, with labels wider than the days between
  // them: they fill several lanes, and where each mark goes depends on the marks before it.
  const busy = validateTimeline({
    title: 'Busy',
    sources: { wire: source },
    events: Array.from({ length: 90 }, (_, index) => ({
      id: `e${index}`,
      date: `2024-05-${String((Math.floor((index * 2) / 3) % 30) + 1).padStart(2, '0')}`,
      title: 'E',
      citations,
    })).concat(Array.from({ length: 40 }, (_, index) => ({ id: `j${index}`, date: `2024-06-${String((index % 30) + 1).padStart(2, '0')}`, title: 'J', citations }))),
  }).timeline.events;
  const LABEL = 26;
  const labelWidth = () => LABEL;
  const busyOptions = { ...options, width: 200, lanes: 5, crowdedCount: 1000 };
  /** Ten pixels a day, the view `shift` pixels later than from 1 May. */
  const panned = (shift: number) => (instant: number) => ((instant - origin) / DAY) * 10 - shift;
  const viewStart = (shift: number) => origin + (shift / 10) * DAY;
  /**
   * The scene of the view `shift` pixels on, given the events from its lead-in's start, and the
   * edges the view had where that lead-in began, as the element gives them.
   */
  const sceneAt = (shift: number, leadInStart = viewStart(shift)) => {
    const x = panned(shift);
    const given = busy.filter((event) => event.when.end > leadInStart && x(event.when.start) < busyOptions.width);
    const moved = x(viewStart(shift)) - x(leadInStart);
    return layoutScene(given, [], x, labelWidth, { ...busyOptions, leadIn: { start: leadInStart, end: viewStart(shift) }, labelEdges: [-moved, busyOptions.width - moved] });
  };
  /** Lanes of the marks whose labels are right of them, clear of the view's right edge (near it, labels move to the left). */
  const lanesOf = (scene: ReturnType<typeof layoutScene>) =>
    new Map(scene.marks.filter((mark) => mark.labelEndX === undefined && mark.x1 + 6 + LABEL <= busyOptions.width).map((mark) => [mark.event.id, mark.lane]));
  const shifts = Array.from({ length: 13 }, (_, step) => 100 + step * 7);

  it('keeps each mark in its lane while the view pans within its lead-in', () => {
    let compared = 0;
    let moved = 0;
    for (const shift of shifts) {
      const before = lanesOf(sceneAt(shift, viewStart(100)));
      for (const [id, lane] of lanesOf(sceneAt(shift + 7, viewStart(100)))) {
        if (!before.has(id)) continue;
        compared++;
        expect(lane, `${id} after a pan from ${shift} px`).to.equal(before.get(id));
      }
      // The same pan with marks placed from the view's edge, as with no lead-in.
      const fromEdge = lanesOf(sceneAt(shift));
      for (const [id, lane] of lanesOf(sceneAt(shift + 7))) if (fromEdge.has(id) && fromEdge.get(id) !== lane) moved++;
    }
    expect(compared, 'marks seen on both sides of a pan').to.be.greaterThan(20);
    expect(moved, 'placed from the view’s edge instead, marks change lanes as the view pans').to.be.greaterThan(0);
  });

  it('keeps nearly every mark in its lane when placing starts afresh, given the lanes of the view before', () => {
    // Labels that move to the other side of their marks at the view's new edges may cost a few
    // marks near them their lanes; the rest hold still.
    let compared = 0;
    let kept = 0;
    for (const shift of shifts) {
      const before = sceneAt(shift, viewStart(100));
      // The view 7 px on, its lead-in started again at its own edge.
      const x = panned(shift + 7);
      const given = busy.filter((event) => event.when.end > viewStart(shift + 7) && x(event.when.start) < busyOptions.width);
      const leadIn = { start: viewStart(shift + 7), end: viewStart(shift + 7) };
      const after = layoutScene(given, [], x, labelWidth, { ...busyOptions, leadIn, previousLanes: before.lanes });
      const lanesBefore = lanesOf(before);
      for (const [id, lane] of lanesOf(after)) {
        if (!lanesBefore.has(id)) continue;
        compared++;
        if (lane === lanesBefore.get(id)) kept++;
      }
    }
    expect(compared, 'marks seen on both sides of a pan').to.be.greaterThan(20);
    expect(kept / compared, 'share of marks that kept their lane').to.be.greaterThan(0.9);
  });

  it('gives the lane of every event placed, those of its lead-in too', () => {
    const scene = sceneAt(140, viewStart(100));
    const drawn = new Set(scene.marks.map((mark) => mark.event.id));
    const unseen = [...scene.lanes.keys()].filter((id) => !drawn.has(id));
    expect(unseen.length, 'events placed in the lead-in, not drawn').to.be.greaterThan(0);
    for (const mark of scene.marks) expect(scene.lanes.get(mark.event.id)).to.equal(mark.lane);
  });

  it('draws only the events that reach into the view, not those of its lead-in', () => {
    for (const shift of shifts) {
      const scene = sceneAt(shift, viewStart(0));
      const drawn = [...scene.marks.map((mark) => mark.event), ...scene.clusters.flatMap((cluster) => cluster.events)].map((event) => event.id);
      const reaching = busy.filter((event) => event.when.end > viewStart(shift) && panned(shift)(event.when.start) < busyOptions.width);
      expect(drawn, `${shift} px on`).to.have.members(reaching.map((event) => event.id));
    }
  });

  it('never draws a mark or label over another in its lane', () => {
    for (const shift of shifts) {
      const scene = sceneAt(shift, viewStart(0));
      const reach = (mark: (typeof scene.marks)[number]): [number, number] =>
        mark.labelShown ? [Math.min(mark.x0, mark.labelX), Math.max(mark.x1, mark.labelX + LABEL)] : [mark.x0, mark.x1];
      for (const mark of scene.marks) {
        for (const other of scene.marks) {
          if (other === mark || other.lane !== mark.lane) continue;
          const [from, to] = reach(mark);
          const [otherFrom, otherTo] = reach(other);
          expect(to + busyOptions.gap <= otherFrom || otherTo + busyOptions.gap <= from, `${mark.event.id} and ${other.event.id}, ${shift} px on`).to.equal(true);
        }
      }
    }
  });
});

describe('countBoxes', () => {
  const lane = (x0: number, x1 = x0 + 15) => ({ x0, x1, density: 0 });

  it('gives each count the room up to the next cluster, less a gap', () => {
    expect(countBoxes([lane(10), lane(60), lane(300)], 1000, () => 76).map(({ left, width }) => [left, width])).to.deep.equal([
      [10, 48],
      [60, 238],
      [300, 698],
    ]);
  });

  it('moves the last count left from the view’s right edge to be read whole, not onto the one before', () => {
    expect(countBoxes([lane(10), lane(575)], 600, () => 76)[1]).to.deep.equal({ left: 522, width: 76 });
    expect(countBoxes([lane(10), lane(575)], 600, () => 20)[1], 'a count that fits stays').to.deep.equal({ left: 575, width: 23 });
    const close = countBoxes([lane(500), lane(575)], 600, () => 76);
    expect(close[1]!.left, 'the count before keeps room to be read').to.equal(575);
    expect(close[0]!.width).to.equal(73);
  });

  it('keeps a crowd’s count under its column', () => {
    const crowd = { x0: 540, x1: 630, density: 1 };
    expect(countBoxes([lane(10), crowd], 600, () => 76)[1]).to.deep.equal({ left: 540, width: 58 });
  });
});
