import { expect } from '@esm-bundle/chai';
import { layoutLanes, type MarkBox } from '../../src/layout/lanes.js';

const box = (x0: number, x1: number, labelWidth: number, labelX0 = x0, endLabelX0?: number): MarkBox => ({ x0, x1, labelX0, labelX1: labelX0 + labelWidth, endLabelX0 });

/** Every pair of drawn extents in one lane, checked for overlap (gap included). */
function overlaps(boxes: MarkBox[], gap: number, layout: ReturnType<typeof layoutLanes>): string[] {
  const extents = layout.marks.map(({ index, lane, labelShown, labelAtEnd }) => {
    const b = boxes[index]!;
    const labelFrom = labelAtEnd ? b.endLabelX0! : b.labelX0;
    const labelTo = labelFrom + b.labelX1 - b.labelX0;
    return { index, lane, from: labelShown ? Math.min(b.x0, labelFrom) : b.x0, to: labelShown ? Math.max(b.x1, labelTo) : b.x1 };
  });
  const found: string[] = [];
  for (const a of extents) {
    for (const b of extents) {
      if (a.index < b.index && a.lane === b.lane && a.from < b.to + gap && b.from < a.to + gap) found.push(`${a.index}/${b.index}`);
    }
  }
  return found;
}

/** A small deterministic generator, so that a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('layoutLanes', () => {
  it('puts marks that do not meet in the first lane, with their labels', () => {
    const layout = layoutLanes([box(0, 10, 40), box(60, 70, 40)], { lanes: 3, gap: 5 });
    expect(layout.marks.map((m) => [m.lane, m.labelShown])).to.deep.equal([
      [0, true],
      [0, true],
    ]);
  });

  it('moves a mark under another’s label to the next lane', () => {
    const layout = layoutLanes([box(0, 10, 100), box(50, 60, 40)], { lanes: 3, gap: 5 });
    expect(layout.marks.map((m) => m.lane)).to.deep.equal([0, 1]);
  });

  it('hides an earlier label before it gives up on a mark', () => {
    const layout = layoutLanes([box(0, 10, 100), box(50, 60, 100)], { lanes: 1, gap: 5 });
    expect(layout.marks).to.deep.equal([
      { index: 0, lane: 0, labelShown: false, labelAtEnd: false },
      { index: 1, lane: 0, labelShown: true, labelAtEnd: false },
    ]);
    expect(layout.clusters).to.deep.equal([]);
  });

  it('moves an earlier label to end with its mark, where there is room, rather than hide it', () => {
    const layout = layoutLanes([box(200, 210, 100, 200, 110), box(250, 260, 40)], { lanes: 1, gap: 5 });
    expect(layout.marks).to.deep.equal([
      { index: 0, lane: 0, labelShown: true, labelAtEnd: true },
      { index: 1, lane: 0, labelShown: true, labelAtEnd: false },
    ]);
  });

  it('hides the earlier label where the lane has no room for it to end with its mark', () => {
    const boxes = [box(100, 150, 20), box(200, 210, 100, 200, 110), box(250, 260, 40)];
    const layout = layoutLanes(boxes, { lanes: 1, gap: 5 });
    expect(layout.marks.map((m) => [m.index, m.labelShown, m.labelAtEnd])).to.deep.equal([
      [0, true, false],
      [1, false, false],
      [2, true, false],
    ]);
  });

  it('clusters marks when every lane is taken by marks', () => {
    const layout = layoutLanes([box(0, 100, 10), box(10, 100, 10), box(20, 30, 10), box(25, 40, 10), box(200, 210, 10)], { lanes: 2, gap: 5 });
    expect(layout.marks.map((m) => m.index)).to.deep.equal([0, 1, 4]);
    expect(layout.clusters).to.deep.equal([{ x0: 20, x1: 40, indices: [2, 3] }]);
  });

  it('keeps a label moved left of its mark clear of the lane’s earlier marks', () => {
    const layout = layoutLanes([box(0, 10, 20), box(90, 100, 60, 40)], { lanes: 2, gap: 5 });
    expect(layout.marks.map((m) => m.lane)).to.deep.equal([0, 0]);
    const crowded = layoutLanes([box(0, 50, 20), box(90, 100, 60, 40)], { lanes: 2, gap: 5 });
    expect(crowded.marks.map((m) => m.lane)).to.deep.equal([0, 1]);
  });

  it('gathers a crowd into clusters no wider than asked', () => {
    const crowd = Array.from({ length: 40 }, (_, index) => box(index * 5, index * 5 + 12, 10));
    const layout = layoutLanes(crowd, { lanes: 1, gap: 2, clusterWidth: 50 });
    expect(layout.clusters.length).to.be.greaterThan(2);
    for (const cluster of layout.clusters) expect(cluster.x1 - cluster.x0).to.be.at.most(50);
    const count = layout.marks.length + layout.clusters.reduce((sum, cluster) => sum + cluster.indices.length, 0);
    expect(count).to.equal(40);
  });

  it('gives the kept mark its own place and label, however crowded', () => {
    const crowded = [box(0, 100, 10), box(10, 100, 10), box(20, 30, 50), box(25, 40, 10)];
    const layout = layoutLanes(crowded, { lanes: 2, gap: 5, keep: 3 });
    expect(layout.marks.find((mark) => mark.index === 3)).to.deep.equal({ index: 3, lane: 1, labelShown: true, labelAtEnd: false });
    expect(overlaps(crowded, 5, layout)).to.deep.equal([]);
    expect(layout.clusters.flatMap((cluster) => cluster.indices)).to.not.include(3);
  });

  it('puts a mark back in the lane it had, where that lane is free', () => {
    const layout = layoutLanes([box(0, 10, 40), box(60, 70, 40)], { lanes: 3, gap: 5, preferredLane: (index) => (index === 1 ? 2 : undefined) });
    expect(layout.marks.map((m) => [m.lane, m.labelShown])).to.deep.equal([
      [0, true],
      [2, true],
    ]);
  });

  it('gives a mark the first free lane when the one it had is taken', () => {
    const layout = layoutLanes([box(0, 50, 10), box(20, 30, 10)], { lanes: 3, gap: 5, preferredLane: () => 0 });
    expect(layout.marks.map((m) => m.lane)).to.deep.equal([0, 1]);
  });

  it('hides the label of the mark before it, rather than leave the lane it had', () => {
    const layout = layoutLanes([box(0, 10, 100), box(50, 60, 40)], { lanes: 3, gap: 5, preferredLane: () => 0 });
    expect(layout.marks).to.deep.equal([
      { index: 0, lane: 0, labelShown: false, labelAtEnd: false },
      { index: 1, lane: 0, labelShown: true, labelAtEnd: false },
    ]);
  });

  it('keeps a mark that had no lane out of the way of a mark that had one', () => {
    const layout = layoutLanes([box(0, 10, 30), box(20, 30, 10)], { lanes: 2, gap: 5, preferredLane: (index) => (index === 1 ? 0 : undefined) });
    expect(layout.marks.map((m) => [m.index, m.lane, m.labelShown])).to.deep.equal([
      [0, 1, true],
      [1, 0, true],
    ]);
  });

  it('leaves a mark that had no lane in a cluster rather than move a mark that had one', () => {
    const layout = layoutLanes([box(0, 18, 30), box(20, 30, 10)], { lanes: 1, gap: 5, preferredLane: (index) => (index === 1 ? 0 : undefined) });
    expect(layout.marks).to.deep.equal([{ index: 1, lane: 0, labelShown: true, labelAtEnd: false }]);
    expect(layout.clusters.map((cluster) => cluster.indices)).to.deep.equal([[0]]);
  });

  it('labels a mark new to the view at its end rather than in the way of a mark coming back', () => {
    const layout = layoutLanes([box(100, 110, 80, 100, 30), box(150, 160, 20)], { lanes: 1, gap: 5, preferredLane: (index) => (index === 1 ? 0 : undefined) });
    expect(layout.marks).to.deep.equal([
      { index: 0, lane: 0, labelShown: true, labelAtEnd: true },
      { index: 1, lane: 0, labelShown: true, labelAtEnd: false },
    ]);
  });

  it('places a featured mark with its label first, however crowded the lanes before it are', () => {
    // Two long bars fill both lanes; the featured point's label, flipped left, reaches back over them.
    const crowded = [box(0, 300, 10), box(5, 300, 10), box(310, 320, 40), { ...box(400, 410, 120, 274), first: true }];
    const layout = layoutLanes(crowded, { lanes: 2, gap: 6 });
    expect(layout.marks.find((mark) => mark.index === 3)?.labelShown, 'the featured label').to.equal(true);
    expect(overlaps(crowded, 6, layout)).to.deep.equal([]);
    const plain = layoutLanes(crowded.map((b) => ({ ...b, first: false })), { lanes: 2, gap: 6 });
    expect(plain.marks.find((mark) => mark.index === 3)?.labelShown, 'the same mark, not featured').to.equal(false);
  });

  it('never overlaps marks or shown labels, and loses no mark, for many random sets', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seeded(seed);
      const boxes = Array.from({ length: 1 + Math.floor(random() * 60) }, () => {
        const x0 = random() * 800;
        const x1 = x0 + random() * (random() < 0.2 ? 300 : 12);
        const labelWidth = 20 + random() * 150;
        return { ...box(x0, x1, labelWidth, Math.max(0, x0 - random() * 40), random() < 0.7 ? x1 - labelWidth : undefined), first: random() < 0.1 };
      });
      const keep = seed % 2 === 0 ? Math.floor(random() * boxes.length) : undefined;
      const layout = layoutLanes(boxes, { lanes: 5, gap: 6, keep });
      if (keep !== undefined) expect(layout.marks.some((mark) => mark.index === keep && mark.labelShown), `seed ${seed} keeps ${keep}`).to.equal(true);
      expect(overlaps(boxes, 6, layout), `seed ${seed}`).to.deep.equal([]);
      const placed = layout.marks.length + layout.clusters.reduce((sum, cluster) => sum + cluster.indices.length, 0);
      expect(placed, `seed ${seed}`).to.equal(boxes.length);
      expect(layout.marks.every((mark) => mark.lane < 5)).to.equal(true);
    }
  });
});
