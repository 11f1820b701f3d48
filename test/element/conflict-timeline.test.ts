import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { VIEW_LAYOUT } from '../../src/layout/view.js';
import type { Timeline } from '../../src/model/index.js';
import { overlappingBoxes, STORY_URL, TimelineHarness, crowdedFile, dayOf2024, loadStory, mountEach, nextEvent, until } from './harness.js';

let story: Timeline;
before(async () => {
  story = await loadStory();
});
const mount = mountEach();

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

/** Events whose interval overlaps the element's view, counted independently of the layout code. */
const eventsInView = (h: TimelineHarness, events = story.events) => {
  const { start, end } = h.view();
  return events.filter((event) => event.when.start < end && event.when.end > start);
};

const source = { publisher: 'Test Wire', title: 'A report', published: '2024-07-20' };
const cited = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  title: `Event ${id}`,
  citations: [{ source: 'wire', quote: `Words about ${id}` }],
  ...extra,
});

/** The marks whose shapes lie inside the view, `left` and `right` px clear of its edges, by id. */
function marksInView(h: TimelineHarness, left: number, right: number): Map<string, { box: DOMRect; style: string }> {
  const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
  return new Map(
    h
      .marks()
      .map((mark) => ({ mark, box: mark.querySelector('.shape')!.getBoundingClientRect() }))
      .filter(({ box }) => box.left > viewport.left + left && box.right < viewport.right - right)
      .map(({ mark, box }) => [mark.dataset.id!, { box, style: mark.style.cssText }]),
  );
}

/**
 * Grabs the axis `from` px into the view with a real mouse and drags it left `by` px at a time,
 * `steps` times, handing `compare` what `look` saw before and after each step.
 */
async function dragByAxis<T>(
  h: TimelineHarness,
  { from, steps, by }: { from: number; steps: number; by: number },
  look: () => T,
  compare: (before: T, after: T, step: number) => void,
): Promise<void> {
  const { sendMouse, resetMouse } = await import('@web/test-runner-commands');
  const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
  const y = Math.round(viewport.bottom - 10);
  let x = Math.round(viewport.left + from);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  for (let step = 0; step < steps; step++) {
    const before = look();
    x -= by;
    await sendMouse({ type: 'move', position: [x, y] });
    await h.settle();
    compare(before, look(), step);
  }
  await sendMouse({ type: 'up' });
  await resetMouse();
}

describe('<conflict-timeline> drawing the story', () => {
  it('draws one mark for each event in the visible window', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    const expected = eventsInView(h).map((event) => event.id);
    expect(expected.length).to.be.greaterThan(5);
    expect(h.drawnCount()).to.equal(expected.length);
    for (const id of h.markIds()) expect(expected).to.include(id);
  });

  it('frames the dense stretch of the story first, the lead in it, and hints at no event that is in view', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    const { start, end } = h.view();
    // The story runs from July 2023 to July 2024; the wars' 30 years must not crush it.
    expect(new Date(start).getUTCFullYear()).to.be.within(2023, 2023);
    expect(new Date(end).getUTCFullYear()).to.be.within(2024, 2024);
    expect(end - start).to.be.lessThan(2 * 365 * 86_400_000);
    for (const event of story.events.filter((candidate) => candidate.featured)) {
      expect(event.when.start >= start && event.when.end <= end, `${event.id}, featured, is in the first view`).to.equal(true);
    }
    // The wars began decades before, but reach into the view: they are in it, not "earlier".
    expect(h.root.querySelector('.edge'), 'every event reaches into the first view').to.equal(null);
  });

  it('counts on its edge hints the events wholly outside the view, and hides a hint at 0', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    for (const [from, to] of [['2024-07-14', '2024-07-26'], ['2023-06', '2023-12'], ['2024-05', '2024-06']] as const) {
      await h.element.zoomTo(from, to);
      await h.settle();
      const { start, end } = h.view();
      const before = story.events.filter((event) => event.when.end <= start).length;
      const after = story.events.filter((event) => event.when.start >= end).length;
      expect(h.root.querySelector('.edge.before')?.textContent?.trim() ?? '', `before ${from}`).to.equal(before > 0 ? `← ${before} earlier` : '');
      expect(h.root.querySelector('.edge.after')?.textContent?.trim() ?? '', `after ${to}`).to.equal(after > 0 ? `${after} later →` : '');
    }
  });

  it('draws a day as a point, a month or year as a span, a period as a bar, an approximate date softly', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.element.zoomTo('2023-06', '2024-12');
    await h.settle();
    expect(h.mark('shusha-pledge').classList.contains('point')).to.equal(true);
    expect(h.mark('baku-conference').classList.contains('span')).to.equal(true);
    expect(h.mark('karabakh-wars').classList.contains('range')).to.equal(true);
    expect(h.mark('karabakh-wars').classList.contains('approximate')).to.equal(true);
    expect(h.mark('baku-conference').classList.contains('approximate')).to.equal(false);
    const monthWidth = h.mark('baku-conference').getBoundingClientRect().width;
    const dayWidth = h.mark('shusha-pledge').getBoundingClientRect().width;
    expect(monthWidth).to.be.greaterThan(dayWidth);
  });

  it('never lets marks or labels overlap', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    for (const window of [null, ['2024-04', '2024-08'], ['2023', '2024']] as const) {
      if (window) await h.element.zoomTo(window[0], window[1]);
      else await h.element.fit();
      await h.settle();
      expect(overlappingBoxes(h.root), `at ${JSON.stringify(window)}`).to.deep.equal([]);
    }
  });

  it('measures its labels again when their font changes, so that they still neither overlap nor run past the view', async () => {
    const h = await mount({ attributes: { src: STORY_URL, style: '--ct-lane-height: 40px' } });
    const labelsFit = () => {
      const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
      return overlappingBoxes(h.root).length === 0 && [...h.root.querySelectorAll('.label')].every((label) => label.getBoundingClientRect().right <= viewport.right + 0.5);
    };
    expect(labelsFit(), 'in the first font').to.equal(true);
    // Larger text in lanes of the same height: only the labels' font tells of the change.
    const widthBefore = h.root.querySelector('.label')!.getBoundingClientRect().width;
    h.element.style.fontSize = '21px';
    await until(() => h.root.querySelector('.label')!.getBoundingClientRect().width > widthBefore, 'labels drawn larger');
    await until(labelsFit, 'labels measured in the larger font');
  });

  it('stacks marks a lane apart and a lane high at the lane height the page sets, and follows a change of it', async () => {
    const h = await mount({ attributes: { src: STORY_URL, style: '--ct-lane-height: 40px' } });
    const lanes = () => {
      const top = h.root.querySelector('.lanes')!.getBoundingClientRect().top;
      return h.marks().map((mark) => mark.getBoundingClientRect().top - top);
    };
    const offLane = (offset: number, height: number) => Math.abs(offset / height - Math.round(offset / height));
    for (const height of [40, 52]) {
      if (height !== 40) {
        h.element.style.setProperty('--ct-lane-height', `${height}px`);
        await until(() => lanes().every((offset) => offLane(offset, height) < 0.01), `marks moved to lanes ${height}px apart`);
      }
      const offsets = lanes();
      expect(new Set(offsets.map((offset) => Math.round(offset / height))).size, 'marks in more than one lane').to.be.greaterThan(1);
      for (const offset of offsets) expect(offLane(offset, height), `a mark ${offset}px down sits on a lane ${height}px high`).to.be.lessThan(0.01);
      for (const mark of h.marks()) expect(mark.getBoundingClientRect().height, `${mark.dataset.id} is a lane high`).to.be.closeTo(height, 0.5);
    }
  });

  it('ties each label to its mark: beside it on its line, right of it or, near the right edge, left of it, or on its span', async () => {
    const h = await mount({ attributes: { src: STORY_URL, style: '--ct-font: sans-serif' }, width: 900 });
    const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
    let flipped = 0;
    for (const mark of h.marks()) {
      const id = mark.dataset['id'];
      const shape = mark.querySelector('.shape')!.getBoundingClientRect();
      const label = mark.querySelector<HTMLElement>('.label');
      expect(label, `${id} is labelled`).to.not.equal(null);
      const box = label!.getBoundingClientRect();
      expect(box.left >= viewport.left - 0.5 && box.right <= viewport.right + 0.5, `${id}'s label stays in the view`).to.equal(true);
      const lane = mark.getBoundingClientRect();
      expect(box.top >= lane.top - 0.5 && box.bottom <= lane.bottom + 0.5, `${id}'s label is in its mark's lane`).to.equal(true);
      if (label!.classList.contains('inside')) {
        expect(box.left >= shape.left && box.right <= shape.right + 0.5, `${id}'s label lies on its span`).to.equal(true);
        continue;
      }
      expect(box.top < shape.bottom && shape.top < box.bottom, `${id}'s label is on its mark's line`).to.equal(true);
      if (box.left >= shape.right) {
        expect(box.left - shape.right, `${id}'s label starts just right of its mark`).to.be.lessThan(10);
      } else {
        flipped++;
        expect(shape.left - box.right, `${id}'s label ends just left of its mark`).to.be.within(-1, 10);
      }
    }
    expect(flipped, 'the July 2024 events, at the right edge, have their labels on the left').to.be.greaterThan(2);
  });

  it('draws eras as labelled bands behind the events', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.element.zoomTo('2024-04', '2024-07');
    await h.settle();
    const era = h.root.querySelector('.era');
    expect(h.text('.era-label')).to.contain('State of emergency in New Caledonia');
    const band = era!.getBoundingClientRect();
    const may = h.mark('state-of-emergency').getBoundingClientRect();
    expect(Math.abs(band.left - may.left)).to.be.lessThan(2);
    expect(Math.abs(band.width - may.width)).to.be.lessThan(3);
  });

  it('labels the axis in the element’s language', async () => {
    const h = await mount({ attributes: { src: STORY_URL, locale: 'fr', start: '2024-05', end: '2024-07' } });
    const ticks = [...h.root.querySelectorAll('.axis .tick text')].map((tick) => tick.textContent);
    expect(ticks.join(' ')).to.match(/juin|juil/);
    expect(h.text('.count')).to.equal(`${story.events.length} événements`);
  });
});

describe('<conflict-timeline> zoom and pan', () => {
  it('zooms in and out with the buttons', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    const before = h.view();
    await h.click(h.button('Zoom in'));
    const zoomedIn = h.view();
    expect(zoomedIn.end - zoomedIn.start).to.be.closeTo((before.end - before.start) / 2, 86_400_000);
    await h.click(h.button('Zoom out'));
    await h.click(h.button('Zoom out'));
    const zoomedOut = h.view();
    expect(zoomedOut.end - zoomedOut.start).to.be.greaterThan(before.end - before.start);
  });

  it('zooms in on the point double-clicked, and out with Shift', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    const viewport = h.root.querySelector<HTMLElement>('.viewport')!;
    const rect = viewport.getBoundingClientRect();
    const before = h.view();
    const pointX = rect.left + rect.width * 0.25;
    const instantAt = (view: { start: number; end: number }) => view.start + ((pointX - rect.left) / rect.width) * (view.end - view.start);
    const doubleClick = async (shiftKey: boolean) => {
      viewport.dispatchEvent(new MouseEvent('dblclick', { clientX: pointX, clientY: rect.bottom - 40, shiftKey, bubbles: true, composed: true }));
      await h.settle();
    };
    await doubleClick(false);
    const zoomedIn = h.view();
    expect(zoomedIn.end - zoomedIn.start).to.be.closeTo((before.end - before.start) / 2, 86_400_000);
    expect(instantAt(zoomedIn), 'the instant under the pointer stays under it').to.be.closeTo(instantAt(before), 86_400_000);
    await doubleClick(true);
    expect(h.view().end - h.view().start).to.be.closeTo(before.end - before.start, 86_400_000);
  });

  it('zooms with the mouse wheel', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    const before = h.view();
    await h.wheel(-300);
    const after = h.view();
    expect(after.end - after.start).to.be.lessThan(before.end - before.start);
    await h.wheel(600);
    expect(h.view().end - h.view().start).to.be.greaterThan(after.end - after.start);
  });

  it('pans with a drag', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    const viewport = h.root.querySelector<HTMLElement>('.viewport')!;
    const rect = viewport.getBoundingClientRect();
    const before = h.view();
    const { sendMouse, resetMouse } = await import('@web/test-runner-commands');
    // Grab an empty stretch near the bottom, above the axis.
    const y = Math.round(rect.bottom - 40);
    await sendMouse({ type: 'move', position: [Math.round(rect.left + 600), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(rect.left + 300), y] });
    await sendMouse({ type: 'up' });
    await resetMouse();
    await h.settle();
    const after = h.view();
    expect(after.start).to.be.greaterThan(before.start);
    expect(after.end - after.start).to.be.closeTo(before.end - before.start, 1000);
  });

  it('keeps each mark in its lane while a drag pans the view, moving the marks as one', async () => {
    // 200 events over 2024, seen two months at a time: labels wider than the days between them
    // stack the marks in lanes, where each mark goes depending on the marks before it.
    const h = await mount({ data: crowdedFile(200) });
    await h.element.zoomTo('2024-03', '2024-04');
    await h.settle();
    let compared = 0;
    await dragByAxis(h, { from: 600, steps: 4, by: 30 }, () => marksInView(h, 40, 40), (before, after) => {
      for (const [id, { box, style }] of after) {
        const was = before.get(id);
        if (!was) continue;
        compared++;
        expect(box.top, `${id} keeps its lane`).to.equal(was.box.top);
        expect(box.left, `${id} moves with the view`).to.be.closeTo(was.box.left - 30, 0.5);
        expect(style, `${id} moves with its lanes, its own place unchanged`).to.equal(was.style);
      }
    });
    expect(compared, 'marks seen before and after a step').to.be.greaterThan(20);
  });

  it('keeps marks in their lanes while the view zooms in and out a step at a time', async () => {
    const h = await mount({ data: crowdedFile(200) });
    await h.element.zoomTo('2024-03', '2024-04');
    await h.settle();
    let compared = 0;
    let kept = 0;
    for (const factor of [0.9, 0.9, 0.9, 1 / 0.9, 1 / 0.9, 1 / 0.9]) {
      const before = marksInView(h, 0, 0);
      const { start, end } = h.view();
      const middle = (start + end) / 2;
      await h.element.zoomTo(new Date(middle - ((end - start) / 2) * factor), new Date(middle + ((end - start) / 2) * factor));
      await h.settle();
      for (const [id, { box }] of marksInView(h, 0, 0)) {
        const was = before.get(id);
        if (!was) continue;
        compared++;
        if (box.top === was.box.top) kept++;
      }
    }
    expect(compared, 'marks seen before and after a step').to.be.greaterThan(100);
    expect(kept / compared, 'share of marks that kept their lane').to.be.greaterThan(0.9);
  });

  it('keeps each mark’s element while the view zooms and pans, and the marks in reading order, left to right', async () => {
    const h = await mount({ data: crowdedFile(200) });
    await h.element.zoomTo('2024-03', '2024-04');
    await h.settle();
    let kept = 0;
    // In twice, right twice, out three times, left once: marks come in at both edges.
    for (const [zoom, pan] of [[0.85, 0], [0.85, 0], [1, 0.1], [1, 0.1], [1 / 0.85, 0], [1 / 0.85, 0], [1 / 0.85, 0], [1, -0.1]] as const) {
      const before = new Map(h.marks().map((mark) => [mark.dataset.id!, mark]));
      await h.zoomBy(zoom, pan);
      // Assistive technology reads the marks in the order of the page, and stays on the one it
      // is reading while the view moves.
      const lefts = h.markLefts();
      expect(lefts, 'marks in the page from left to right').to.deep.equal([...lefts].sort((a, b) => a - b));
      for (const mark of h.marks()) {
        const was = before.get(mark.dataset.id!);
        if (!was) continue;
        kept++;
        expect(mark, `${mark.dataset.id} is the same element`).to.equal(was);
      }
    }
    expect(kept, 'marks seen before and after a step').to.be.greaterThan(100);
  });

  it('keeps each mark in its lane while a drag brings crowded days into the stretch before the view', async () => {
    // An event a day over 2024, and every sixteenth day 70 more: seen two months at a time, those
    // days are crowded stretches, and placing starts again after each one the view leaves.
    const citations = [{ source: 'wire', quote: 'Words' }];
    const events = Array.from({ length: 366 }, (_, offset) => [
      { id: `d${offset}`, date: dayOf2024(offset), title: `Event of day ${offset}`, citations },
      ...(offset % 16 === 0 ? Array.from({ length: 70 }, (_, index) => ({ id: `c${offset}-${index}`, date: dayOf2024(offset), title: 'Crowd', citations })) : []),
    ]).flat();
    const h = await mount({ data: { title: 'Crowded days', sources: { wire: { publisher: 'Test Wire', title: 'A report' } }, events } });
    await h.element.zoomTo('2024-03', '2024-04');
    await h.settle();
    let compared = 0;
    // Clear of the right edge, where a label that would run past it moves left to stay in view.
    await dragByAxis(h, { from: 760, steps: 24, by: 30 }, () => marksInView(h, 0, 200), (before, after, step) => {
      for (const [id, { box }] of after) {
        const was = before.get(id);
        if (!was) continue;
        compared++;
        expect(box.top, `${id} keeps its lane at step ${step}`).to.equal(was.box.top);
      }
    });
    expect(compared, 'marks seen before and after a step').to.be.greaterThan(100);
  });

  it('keeps drawing a mark that stays in view while a drag brings long crowded events past the edges', async () => {
    // An event a day over 2024, and every sixteenth day 70 more that last ten days: crowded
    // stretches come in at the right edge and leave at the left, their long events reaching on.
    const citations = [{ source: 'wire', quote: 'Words' }];
    const events = Array.from({ length: 366 }, (_, offset) => [
      { id: `d${offset}`, date: dayOf2024(offset), title: `Event of day ${offset}`, citations },
      ...(offset % 16 === 0 ? Array.from({ length: 70 }, (_, index) => ({ id: `c${offset}-${index}`, start: dayOf2024(offset), end: dayOf2024(offset + 9), title: 'Crowd', citations })) : []),
    ]).flat();
    const h = await mount({ data: { title: 'Long crowds', sources: { wire: { publisher: 'Test Wire', title: 'A report' } }, events } });
    await h.element.zoomTo('2024-03', '2024-04');
    await h.settle();
    const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
    let compared = 0;
    await dragByAxis(h, { from: 760, steps: 24, by: 30 }, () => marksInView(h, 0, 0), (before, after, step) => {
      for (const [id, { box }] of before) {
        if (!id.startsWith('d') || box.left - 30 <= viewport.left) continue;
        compared++;
        expect(after.has(id), `${id}, still in view, is still drawn at step ${step}`).to.equal(true);
      }
    });
    expect(compared, 'marks seen before a step that stay in view').to.be.greaterThan(100);
  });

  it('fit() shows every event', async () => {
    const h = await mount({ attributes: { src: STORY_URL, start: '2024-07', end: '2024-07' } });
    expect(h.drawnCount()).to.be.lessThan(story.events.length);
    await h.element.fit();
    await h.settle();
    const { start, end } = h.view();
    for (const event of story.events) {
      expect(event.when.start, event.id).to.be.at.least(start);
      expect(event.when.end, event.id).to.be.at.most(end);
    }
    expect(h.drawnCount()).to.equal(story.events.length);
  });

  it('opens on the window its start and end attributes give', async () => {
    const h = await mount({ attributes: { src: STORY_URL, start: '2024-05', end: '2024-07' } });
    const { start, end } = h.view();
    expect(new Date(start).toISOString().slice(0, 10)).to.equal('2024-05-01');
    expect(new Date(end).toISOString().slice(0, 10)).to.equal('2024-08-01');
  });

  it('keeps the reader within limits: no further out than everything, no closer than a week', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    for (let i = 0; i < 6; i++) await h.click(h.button('Zoom out'));
    const widest = h.view();
    await h.element.fit();
    await h.settle();
    expect(widest).to.deep.equal(h.view());
    for (let i = 0; i < 20; i++) await h.click(h.button('Zoom in'));
    const closest = h.view();
    expect(closest.end - closest.start).to.be.at.least(7 * 86_400_000 - 1000);
  });

  it('clicking a cluster zooms in on its events', async () => {
    const many = Array.from({ length: 30 }, (_, index) => cited(`e${index}`, `2024-07-${String((index % 28) + 1).padStart(2, '0')}`));
    const h = await mount({ data: { title: 'Dense', sources: { wire: source }, events: [cited('early', '2020-01'), ...many] } });
    await h.element.fit();
    await h.settle();
    const cluster = h.root.querySelector<HTMLElement>('.cluster');
    expect(cluster, 'a cluster when 31 events crowd one view').to.not.equal(null);
    const before = h.view();
    await h.click(cluster!);
    expect(h.view().end - h.view().start).to.be.lessThan(before.end - before.start);
  });
});

describe('<conflict-timeline> crowded stretches', () => {
  it('shows a stretch too crowded to draw as a column with its count, losing no event', async () => {
    const h = await mount({ data: crowdedFile(1200) });
    await h.element.fit();
    await h.settle();
    const columns = [...h.root.querySelectorAll<HTMLElement>('.cluster .crowd')];
    expect(columns.length, 'a column for each crowded stretch').to.be.greaterThan(5);
    expect(h.marks().length, 'no marks picked at random from a crowd').to.equal(0);
    expect(h.drawnCount()).to.equal(1200);
    for (const column of columns) {
      const box = column.getBoundingClientRect();
      expect(box.height, 'a column rises over the lanes').to.be.greaterThan(40);
      expect(box.bottom).to.be.at.most(column.parentElement!.getBoundingClientRect().top);
    }
  });

  it('sets the counts below the last lane, and the most crowded column as high as the lanes, at the lane height the page sets', async () => {
    const h = await mount({ data: crowdedFile(1200), attributes: { style: '--ct-lane-height: 40px' } });
    await h.element.fit();
    await h.settle();
    const lanesTop = () => h.root.querySelector('.lanes')!.getBoundingClientRect().top;
    const tallestColumn = () => Math.max(...[...h.root.querySelectorAll('.crowd')].map((column) => column.getBoundingClientRect().height));
    for (const height of [40, 52]) {
      const lanesHeight = VIEW_LAYOUT.lanes * height;
      if (height !== 40) {
        h.element.style.setProperty('--ct-lane-height', `${height}px`);
        await until(() => Math.abs(tallestColumn() - lanesHeight) < 0.5, `the most crowded column ${lanesHeight}px high`);
      }
      expect(tallestColumn(), `the most crowded column, at lanes ${height}px high`).to.be.closeTo(lanesHeight, 0.5);
      for (const cluster of h.root.querySelectorAll('.cluster')) {
        const below = cluster.getBoundingClientRect().top - lanesTop() - lanesHeight;
        expect(below, `"${cluster.textContent!.trim()}" just below the last of lanes ${height}px high`).to.be.within(0, 3);
      }
    }
  });

  it('draws columns and their counts apart from each other and inside the view, where the view cuts a stretch', async () => {
    const h = await mount({ data: crowdedFile(1200) });
    await h.element.fit();
    await h.settle();
    const { start, end } = h.view();
    const span = end - start;
    // Stretches are 90 px wide and counted from where everything starts. On 900 px, showing 8%
    // to 98% of everything puts that 80 px left of the view, so the right edge cuts a crowded
    // stretch 80 px into its 90; showing 3% to 93% puts it 30 px left, so the left edge does.
    for (const [from, to] of [
      [0.08, 0.98],
      [0.03, 0.93],
    ] as const) {
      await h.element.zoomTo(start + from * span, start + to * span);
      await h.settle();
      const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
      const crowded = [...h.root.querySelectorAll<HTMLElement>('.cluster')].filter((cluster) => cluster.querySelector('.crowd'));
      expect(crowded.length, 'columns still drawn').to.be.greaterThan(5);
      const columns = crowded.map((cluster) => cluster.querySelector('.crowd')!.getBoundingClientRect()).sort((a, b) => a.left - b.left);
      columns.forEach((box, index) => {
        expect(box.left, 'a column starts inside the view').to.be.at.least(viewport.left);
        expect(box.right, 'a column ends inside the view').to.be.at.most(viewport.right);
        if (index > 0) expect(box.left, 'neighbouring columns stand apart').to.be.greaterThan(columns[index - 1]!.right);
      });
      const counts = crowded.map((cluster) => cluster.getBoundingClientRect()).sort((a, b) => a.left - b.left);
      counts.forEach((box, index) => {
        if (index > 0) expect(box.left, 'a count clear of the one before').to.be.at.least(counts[index - 1]!.right - 0.5);
      });
    }
  });

  it('draws the counts of clusters apart, cut short where two come close', async () => {
    const h = await mount({ data: crowdedFile(900) });
    let counts = 0;
    let cut = 0;
    for (const [from, to] of [
      ['2024-03', '2024-05'],
      ['2024-06-10', '2024-08-20'],
      ['2024-02-03', '2024-03-30'],
      ['2024-09-01', '2024-09-30'],
    ] as const) {
      await h.element.zoomTo(from, to);
      await h.settle();
      const clusters = [...h.root.querySelectorAll<HTMLElement>('.cluster')].sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
      counts += clusters.length;
      cut += clusters.filter((cluster) => cluster.querySelector('.cluster-count')!.scrollWidth > cluster.querySelector('.cluster-count')!.clientWidth).length;
      clusters.forEach((cluster, index) => {
        if (index === 0) return;
        const box = cluster.getBoundingClientRect();
        expect(box.left, `${cluster.getAttribute('aria-label')} clear of the count before it, ${from} to ${to}`).to.be.at.least(clusters[index - 1]!.getBoundingClientRect().right - 0.5);
      });
    }
    expect(counts, 'clusters drawn').to.be.greaterThan(10);
    expect(cut, 'counts cut short').to.be.greaterThan(0);
  });

  it('zooms in on a column when it is clicked, until its events are drawn as marks', async () => {
    const h = await mount({ data: crowdedFile(1200) });
    await h.element.fit();
    await h.settle();
    for (let step = 0; step < 4 && h.marks().length === 0; step++) {
      const before = h.view();
      await h.click(h.root.querySelector<HTMLElement>('.cluster .crowd')!);
      expect(h.view().end - h.view().start).to.be.lessThan(before.end - before.start);
    }
    expect(h.marks().length, 'marks once the stretch has room').to.be.greaterThan(0);
  });

  it('keeps the focused event drawn as a mark inside a crowd', async () => {
    const h = await mount({ data: crowdedFile(1200) });
    await h.element.fit();
    await h.settle();
    await h.element.select('e600');
    await h.element.fit();
    await h.settle();
    expect(h.marks().map((mark) => mark.dataset.id)).to.deep.equal(['e600']);
  });
});

describe('<conflict-timeline> selecting an event', () => {
  it('opens a panel with the date, the summary and each source’s quoted words', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    const selected = nextEvent(h.element, 'timeline-select');
    await h.clickMark('diplomats-expelled');
    expect((await selected).detail.event.id).to.equal('diplomats-expelled');
    const panel = h.panel()!;
    expect(panel.getAttribute('role')).to.equal('region');
    expect(h.text('.details h3')).to.equal('Azerbaijan expels two French diplomats');
    expect(h.text('.details .date')).to.equal('December 2023');
    expect(h.text('.details .date-note')).to.contain('last December');
    const quotes = [...panel.querySelectorAll('blockquote')].map((quote) => quote.textContent);
    expect(quotes).to.include('Azerbaijan expelled two French diplomats last December.');
    expect(panel.textContent).to.contain('Reuters');
    expect(panel.textContent).to.contain('Reporting by Nailia Bagirova');
    expect(panel.querySelector('.single-source')).to.equal(null);
    expect(h.element.getAttribute('selected')).to.equal('diplomats-expelled');
  });

  it('says "Single source" for an event one source backs', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.element.select('state-of-emergency');
    expect(h.text('.single-source')).to.equal('Single source');
  });

  it('links to a source only over https, in a new tab without opener', async () => {
    const data = {
      title: 'Links',
      sources: {
        wire: { ...source, url: 'https://example.org/report' },
        bad: { publisher: 'Bad', title: 'Bad link', url: 'javascript:alert(document.domain)' },
      },
      events: [cited('a', '2024-07-20'), { ...cited('b', '2024-07-21'), citations: [{ source: 'bad', quote: 'Words' }] }],
    };
    const h = await mount({ data });
    await h.element.select('a');
    const link = h.panel()!.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/report');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    await h.element.select('b');
    expect(h.panel()!.querySelector('a'), 'a javascript: link is never rendered').to.equal(null);
    expect(h.root.innerHTML).to.not.contain('javascript:');
  });

  it('closes the panel and clears the selection', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.clickMark('baku-conference');
    await h.click(h.button('Close'));
    expect(h.panel()).to.equal(null);
    expect(h.element.hasAttribute('selected')).to.equal(false);
  });

  it('shows and brings into view an event selected by attribute before its data came', async () => {
    const element = document.createElement('conflict-timeline');
    element.setAttribute('selected', 'baku-conference');
    element.setAttribute('start', '2024-07');
    element.setAttribute('end', '2024-07');
    const selected = nextEvent(element, 'timeline-select');
    element.src = STORY_URL;
    document.body.append(element);
    expect((await selected).detail.event.id).to.equal('baku-conference');
    await until(() => element.shadowRoot!.querySelector('.mark[data-id="baku-conference"]') !== null, 'the mark in view');
    expect(element.shadowRoot!.querySelector('.details h3')!.textContent).to.contain('Baku hosts separatists');
    element.remove();
  });

  it('brings a selected event that is out of view into view', async () => {
    const h = await mount({ attributes: { src: STORY_URL, start: '2024-07', end: '2024-07' } });
    await h.element.select('baku-conference');
    await until(() => h.markIds().includes('baku-conference'), 'the mark to come into view');
  });

  it('moves smoothly to a selected event, unless the reader prefers reduced motion', async () => {
    const h = await mount({ attributes: { src: STORY_URL, start: '2024-07', end: '2024-07' } });
    await emulateMedia({ reducedMotion: 'no-preference' });
    const before = h.view();
    await h.element.select('baku-conference');
    await new Promise((resolve) => setTimeout(resolve, 60));
    const midway = h.view();
    expect(midway.start, 'part way there').to.be.lessThan(before.start);
    await until(() => h.markIds().includes('baku-conference'), 'the move to end');
  });

  it('keeps the selection in the URL hash with link-hash, and selects from it', async () => {
    history.replaceState(null, '', '#shusha-pledge');
    const h = await mount({ attributes: { src: STORY_URL, 'link-hash': '' } });
    await until(() => h.panel() !== null, 'the panel of the event in the hash');
    expect(h.text('.details h3')).to.contain('We will support you until you are free');
    await h.clickMark('baku-conference');
    expect(location.hash).to.equal('#baku-conference');
    location.hash = '#diplomats-expelled';
    await until(() => h.element.selected === 'diplomats-expelled', 'the hash change to select');
  });

  it('leaves the URL alone without link-hash', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.clickMark('baku-conference');
    expect(location.hash).to.equal('');
  });
});

describe('<conflict-timeline> filters', () => {
  it('filters by tag and actor chips, and counts what is shown', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    expect(h.text('.count')).to.equal(`${story.events.length} events`);
    await h.click(h.button('Filter'));
    await h.click(h.button('unrest'));
    const unrest = story.events.filter((event) => event.tags.includes('unrest'));
    expect(h.text('.count')).to.equal(`${unrest.length} of ${story.events.length} events`);
    expect(h.element.getAttribute('filter')).to.equal('tag:unrest');
    await h.element.fit();
    await h.settle();
    expect(h.markIds().sort()).to.deep.equal(unrest.map((event) => event.id).sort());
    await h.click(h.button('unrest'));
    expect(h.text('.count')).to.equal(`${story.events.length} events`);
  });

  it('takes filters from its filter attribute', async () => {
    const h = await mount({ attributes: { src: STORY_URL, filter: 'actor:Corsica' } });
    expect(h.text('.count')).to.equal(`1 of ${story.events.length} events`);
  });
});

describe('<conflict-timeline> data sources and loading', () => {
  it('reads an inline JSON script', async () => {
    const inline = JSON.stringify({ title: 'Inline', sources: { wire: source }, events: [cited('one', '2024-07-20'), cited('two', '2024-07-25')] });
    const h = await mount({ innerHTML: `<script type="application/json">${inline}</script>` });
    expect(h.drawnCount()).to.equal(2);
    expect(h.text('.title')).to.equal('Inline');
  });

  it('measures labels in their own font when the data comes before the first render', async () => {
    // The last event's label ends at the view's right edge: a label measured too narrow would run past it.
    const long = 'Pro-independence groups from French territories meet in Baku, and sign a resolution';
    const inline = JSON.stringify({ title: 'Inline', sources: { wire: source }, events: [cited('one', '2024-01-10'), cited('two', '2024-07-25', { title: long })] });
    const h = await mount({ innerHTML: `<script type="application/json">${inline}</script>` });
    const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
    const label = h.mark('two').querySelector('.label')!.getBoundingClientRect();
    expect(label.width).to.be.greaterThan(300);
    expect(label.right).to.be.at.most(viewport.right + 0.5);
  });

  // Each character is measured once, when first met, in the label font: letters of alphabets
  // (below U+2000) are kept in an array, others apart; both must be measured.
  for (const [characters, long] of [
    ['letters beyond ASCII', 'Переговоры в Баку о независимости заморских территорий Франции'],
    ['characters past the alphabets and past the Basic Multilingual Plane', '巴库倡议小组召开会议支持法国海外领土独立并签署决议 𝐁𝐚𝐤𝐮 𝐈𝐧𝐢𝐭𝐢𝐚𝐭𝐢𝐯𝐞 𝐆𝐫𝐨𝐮𝐩'],
  ]) {
    it(`measures labels in ${characters} in their own font`, async () => {
      const h = await mount({ data: { title: 'Scripts', sources: { wire: source }, events: [cited('one', '2024-01-10'), cited('two', '2024-07-25', { title: long })] } });
      const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
      const label = h.mark('two').querySelector('.label')!.getBoundingClientRect();
      expect(label.width).to.be.greaterThan(300);
      expect(label.right).to.be.at.most(viewport.right + 0.5);
    });
  }

  it('renders anew when its inline JSON changes', async () => {
    const file = (title: string, count: number) =>
      JSON.stringify({ title, sources: { wire: source }, events: Array.from({ length: count }, (_, i) => cited(`e${i}`, `2024-07-${10 + i}`)) });
    const h = await mount({ innerHTML: `<script type="application/json">${file('Before', 1)}</script>` });
    const loaded = nextEvent(h.element, 'timeline-load');
    h.element.querySelector('script')!.textContent = file('After', 3);
    expect((await loaded).detail.events).to.equal(3);
    await h.settle();
    expect(h.text('.title')).to.equal('After');
  });

  it('reads the data property, and renders anew when it changes', async () => {
    const h = await mount({ data: { title: 'First', sources: { wire: source }, events: [cited('one', '2024-07-20')] } });
    expect(h.text('.title')).to.equal('First');
    const loaded = nextEvent(h.element, 'timeline-load');
    // The same id under a new title and date: its mark is drawn anew, not left as it was.
    h.element.data = { title: 'Second', sources: { wire: source }, events: [cited('one', '2024-07-21', { title: 'One, corrected' }), cited('two', '2024-07-22')] };
    expect((await loaded).detail.events).to.equal(2);
    await h.settle();
    expect(h.text('.title')).to.equal('Second');
    expect(h.drawnCount()).to.equal(2);
    const one = h.mark('one');
    expect(one.querySelector('.label')?.textContent).to.equal('One, corrected');
    expect(one.getAttribute('aria-label')).to.equal('21 July 2024: One, corrected');
  });

  /** Connects an element holding `data` in a container `width` px wide, and waits for its first update only. */
  const firstUpdate = async (width: number) => {
    const container = document.createElement('div');
    container.style.width = `${width}px`;
    document.body.append(container);
    const element = document.createElement('conflict-timeline');
    element.data = { title: 'At once', sources: { wire: source }, events: [cited('one', '2024-07-20'), cited('two', '2024-07-25')] };
    container.append(element);
    await element.updateComplete;
    return { root: element.shadowRoot!, element, remove: () => container.remove() };
  };

  it('draws data it has on connecting in its first update, at its width, without waiting a frame', async () => {
    const { root, element, remove } = await firstUpdate(900);
    try {
      expect(element.view).to.not.equal(null);
      expect([...root.querySelectorAll<HTMLElement>('.mark')].map((mark) => mark.dataset.id)).to.have.members(['one', 'two']);
      expect(root.querySelector('.viewport')!.getBoundingClientRect().width).to.be.closeTo(900, 1);
    } finally {
      remove();
    }
  });

  it('on a phone, shows the list in its first update, without waiting a frame', async () => {
    const { root, remove } = await firstUpdate(360);
    try {
      expect(root.querySelector('.viewport')).to.equal(null);
      expect(root.querySelectorAll('.list-item').length).to.equal(2);
    } finally {
      remove();
    }
  });

  it('shows a loading state while src is fetched', async () => {
    const h = await mount({ attributes: { src: `${STORY_URL}?delay=600` }, waitFor: null });
    await h.settle();
    expect(h.root.querySelector('[part="loading"]')?.textContent).to.contain('Loading');
    await nextEvent(h.element, 'timeline-load');
    await h.settle();
    expect(h.root.querySelector('[part="loading"]')).to.equal(null);
    expect(h.drawnCount()).to.be.greaterThan(0);
  });

  it('never shows stale data when src changes mid-load', async () => {
    const h = await mount({ attributes: { src: `${STORY_URL}?delay=700` }, waitFor: null });
    const other = `data:application/json,${encodeURIComponent(JSON.stringify({ title: 'Newer', sources: { wire: source }, events: [cited('new', '2024-07-20')] }))}`;
    const loads: string[] = [];
    h.element.addEventListener('timeline-load', () => loads.push(h.element.src!));
    h.element.src = other;
    await until(() => loads.length === 1, 'the newer data');
    await new Promise((resolve) => setTimeout(resolve, 900));
    await h.settle();
    expect(loads).to.deep.equal([other]);
    expect(h.text('.title')).to.equal('Newer');
    expect(h.markIds()).to.deep.equal(['new']);
  });

  it('draws once it is shown, after a first render in a hidden container', async () => {
    const hidden = document.createElement('div');
    hidden.hidden = true;
    document.body.append(hidden);
    const element = document.createElement('conflict-timeline');
    element.src = STORY_URL;
    const loaded = nextEvent(element, 'timeline-load');
    hidden.append(element);
    await loaded;
    await element.updateComplete;
    expect(element.view, 'no layout while hidden').to.equal(null);
    hidden.hidden = false;
    hidden.style.width = '800px';
    await until(() => element.view !== null && element.shadowRoot!.querySelectorAll('.mark').length > 0, 'marks after showing');
    // The lane's height, unreadable while hidden, is read once shown: marks stand in lanes.
    const lane = parseFloat(getComputedStyle(element).getPropertyValue('--ct-lane-height')) * parseFloat(getComputedStyle(element).fontSize);
    const boxes = () => [...element.shadowRoot!.querySelectorAll('.mark')].map((mark) => mark.getBoundingClientRect());
    await until(() => boxes().every((box) => Math.abs(box.height - lane) < 0.5), 'marks a lane high');
    expect(new Set(boxes().map((box) => Math.round(box.top))).size, 'marks in more than one lane').to.be.greaterThan(1);
    hidden.remove();
  });

  it('follows the size of its container', async () => {
    const h = await mount({ attributes: { src: STORY_URL }, width: 900 });
    const before = h.view();
    h.container.style.width = '600px';
    await until(() => h.root.querySelector('.viewport')!.getBoundingClientRect().width < 700, 'the resize');
    await h.settle();
    const after = h.view();
    expect(Math.abs(after.start - before.start)).to.be.lessThan(86_400_000 * 2);
    expect(Math.abs(after.end - before.end)).to.be.lessThan(86_400_000 * 2);
    for (const mark of h.marks()) expect(mark.getBoundingClientRect().left).to.be.lessThan(h.container.getBoundingClientRect().right);
  });
});

describe('<conflict-timeline> errors', () => {
  it('says when the data cannot be fetched', async () => {
    const h = await mount({ attributes: { src: '/no/such/file.json' }, waitFor: 'timeline-error' });
    expect(h.text('[part="error"]')).to.contain('404');
    expect(h.root.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
  });

  it('says where a file is not JSON', async () => {
    const h = await mount({ attributes: { src: `data:application/json,${encodeURIComponent('{\n  "title": "T",\n}')}` }, waitFor: 'timeline-error' });
    expect(h.text('[part="error"]')).to.contain('not JSON');
    expect(h.text('[part="error"]')).to.contain('3:1');
  });

  it('draws the good events and says which were left out and why', async () => {
    const data = {
      title: 'Mixed',
      sources: { wire: source },
      events: [cited('good-one', '2024-07-20'), cited('bad-date', '2024-13'), cited('good-two', '2024-07-24')],
    };
    const loaded = mount({ data });
    const h = await loaded;
    expect(h.markIds().sort()).to.deep.equal(['good-one', 'good-two']);
    const notice = h.text('[part="notice"]');
    expect(notice).to.contain('1 event was left out');
    expect(notice).to.contain('events[1].date: "2024-13" is not a date');
  });

  it('reports problems in its load event', async () => {
    const element = document.createElement('conflict-timeline');
    const loaded = nextEvent(element, 'timeline-load');
    element.data = { title: 'T', sources: { wire: source }, events: [cited('a', '2024-07-20'), cited('a', '2024-07-21')] };
    document.body.append(element);
    const { detail } = await loaded;
    expect(detail.events).to.equal(1);
    expect(detail.leftOut.events).to.equal(1);
    expect(detail.problems[0].message).to.contain('already the id');
    element.remove();
  });
});
