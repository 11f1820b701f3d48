import { expect } from '@esm-bundle/chai';
import { layoutScene, markKind } from '../../src/layout/scene.js';
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
const options = { width: 120, lanes: 4, pointRadius: 6, minSpanWidth: 12, gap: 4, clusterWidth: 60 };

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

  it('starts the label of a mark that began before the view at the view’s edge', () => {
    const scene = layoutScene([event('long')] as TimelineEvent[], [], x, () => 30, options);
    expect(scene.marks[0]!.x0).to.be.lessThan(0);
    expect(scene.marks[0]!.labelX).to.equal(0);
  });

  it('ends a label at the view’s right edge rather than past it', () => {
    const scene = layoutScene([event('day')], [], x, () => 100, options);
    expect(scene.marks[0]!.labelX).to.equal(20);
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
