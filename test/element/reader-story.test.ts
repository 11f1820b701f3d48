// What a reader of the story sees: every event labeled at first sight, clusters only where
// needed, the story read in order with Previous and Next, and the phone's compact list.
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { importTimelineJs } from '../../src/cli/timelinejs.js';
import type { Timeline } from '../../src/model/index.js';
import { STORY_URL, TimelineHarness, axeViolations, loadStory, mountEach, overlappingBoxes, until } from './harness.js';

const mount = mountEach();
let story: Timeline;
before(async () => {
  story = await loadStory();
});

/** The titles of the events in view that are drawn without a readable label, or none. */
function unlabeled(h: TimelineHarness): string[] {
  const { start, end } = h.view();
  const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
  const missing: string[] = [];
  for (const event of story.events.filter((candidate) => candidate.when.end > start && candidate.when.start < end)) missing.push(...labelProblems(h, event.id, event.title, viewport));
  return missing;
}

function labelProblems(h: TimelineHarness, id: string, title: string, viewport: DOMRect): string[] {
  const mark = h.root.querySelector<HTMLElement>(`.mark[data-id="${CSS.escape(id)}"]`);
  const label = mark?.querySelector<HTMLElement>('.label');
  if (!label) return [`${title}: no label`];
  const box = label.getBoundingClientRect();
  if (box.left < viewport.left - 0.5 || box.right > viewport.right + 0.5) return [`${title}: label past the view's edge`];
  // Cut short, a label shows at least 30 characters, and the whole title on hover and focus.
  const cut = label.scrollWidth > label.clientWidth + 1;
  if (cut && box.width < 30 * 5.5) return [`${title}: cut to ${Math.round(box.width)} px`];
  if (cut && !mark!.getAttribute('aria-label')?.includes(title)) return [`${title}: cut, and not named whole`];
  return [];
}

describe('the story at first sight', () => {
  it('labels every event of the first view at 1100 px, whole, with no two labels touching', async () => {
    const h = await mount({ attributes: { src: STORY_URL, style: 'height: 560px' }, width: 1100 });
    expect(unlabeled(h)).to.deep.equal([]);
    expect(h.root.querySelectorAll('.cluster').length, 'no cluster').to.equal(0);
    expect(overlappingBoxes(h.root)).to.deep.equal([]);
    expect(h.element.getBoundingClientRect().height, 'the timeline fits its 560 px box').to.be.at.most(560);
  });

  it('sets the description under the title, quieter than it, above the toolbar', async () => {
    const h = await mount({ attributes: { src: STORY_URL }, width: 1100 });
    const [title, description, toolbar] = ['.title', '.description', '.toolbar'].map((selector) => h.root.querySelector<HTMLElement>(selector)!);
    expect(description?.textContent).to.equal(story.description);
    expect(description!.getBoundingClientRect().top).to.be.at.least(title!.getBoundingClientRect().bottom);
    expect(description!.getBoundingClientRect().bottom).to.be.at.most(toolbar!.getBoundingClientRect().top);
    expect(parseFloat(getComputedStyle(description!).fontSize)).to.be.below(parseFloat(getComputedStyle(title!).fontSize));
  });

  it('draws the lead stronger, and a key to colours and shapes with the sources under the view', async () => {
    const h = await mount({ attributes: { src: STORY_URL }, width: 1100 });
    for (const id of ['shusha-pledge', 'new-caledonia-unrest']) expect(h.mark(id).classList.contains('featured'), id).to.equal(true);
    expect(getComputedStyle(h.mark('shusha-pledge').querySelector('.label')!).fontWeight).to.not.equal(getComputedStyle(h.mark('cold-war-accusation').querySelector('.label')!).fontWeight);
    // Coloured by first tag: unrest is not diplomacy, and its swatch in the key matches.
    const ink = (id: string) => getComputedStyle(h.mark(id).querySelector('.shape')!).borderTopColor;
    expect(ink('state-of-emergency')).to.not.equal(ink('diplomats-expelled'));
    const unrestSwatch = [...h.root.querySelectorAll('.key li')].find((item) => item.textContent?.includes('unrest'))!.querySelector('.legend-swatch')!;
    expect(getComputedStyle(unrestSwatch).backgroundColor).to.equal(ink('state-of-emergency'));
    const key = h.text('.legend .key');
    for (const words of ['diplomacy', 'unrest', 'a day', 'a month or a year', 'a period']) expect(key).to.contain(words);
    expect(h.text('.legend .source-line')).to.match(/^Sources: Reuters; /);
    // A month is a soft band, a day a point: they never look alike.
    expect(h.mark('new-caledonia-unrest').classList.contains('span')).to.equal(true);
    expect(getComputedStyle(h.mark('new-caledonia-unrest').querySelector('.shape')!).borderTopStyle).to.equal('dotted');
  });

  it('labels every event of the four TimelineJS examples at 1100 px, once imported', async () => {
    for (const name of ['eras.json', 'women_in_computing.json', 'women_in_computing.csv', 'my-own-timeline.csv']) {
      const text = await (await fetch(new URL(`../fixtures/timelinejs/${name}`, import.meta.url))).text();
      const imported = importTimelineJs(text, name);
      if (!imported.ok) throw new Error(imported.problem);
      const h = await mount({ data: imported.file, width: 1100 });
      const { start, end } = h.view();
      const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
      const inView = h.marks().length + [...h.root.querySelectorAll('.cluster')].length;
      expect(inView, `${name}: something in view`).to.be.greaterThan(0);
      const problems = h.marks().flatMap((mark) => labelProblems(h, mark.dataset['id']!, mark.getAttribute('aria-label')!.replace(/^[^:]*: /, ''), viewport));
      expect(problems, `${name}, ${new Date(start).toISOString()} – ${new Date(end).toISOString()}`).to.deep.equal([]);
      expect(h.root.querySelectorAll('.cluster').length, `${name}: no cluster in the first view`).to.equal(0);
      expect(overlappingBoxes(h.root), name).to.deep.equal([]);
      h.remove();
    }
  });
});

describe('the lead', () => {
  it('keeps its label at every zoom of the story, on a narrow page too', async () => {
    const lead = story.events.filter((event) => event.featured);
    for (const width of [600, 900, 1100]) {
      const h = await mount({ attributes: { src: STORY_URL }, width });
      for (const [from, to] of [['1990', '2026'], ['2023', '2025'], ['2024-05', '2024-08'], ['2024-07-14', '2024-07-26']] as const) {
        await h.element.zoomTo(from, to);
        await h.settle();
        const { start, end } = h.view();
        const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
        const inView = lead.filter((event) => event.when.end > start && event.when.start < end);
        const problems = inView.flatMap((event) => labelProblems(h, event.id, event.title, viewport));
        expect(problems, `${width} px, ${from} – ${to}`).to.deep.equal([]);
      }
      await h.element.fit();
      await h.settle();
      const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
      expect(lead.flatMap((event) => labelProblems(h, event.id, event.title, viewport)), `${width} px, fit`).to.deep.equal([]);
      h.remove();
    }
  });
});

describe('clusters of the story', () => {
  it('never shows a cluster of one, at any zoom, and zooming into a cluster separates its events', async () => {
    const h = await mount({ attributes: { src: STORY_URL }, width: 1100 });
    for (const [from, to] of [['1990', '2026'], ['2023', '2024'], ['2024-05', '2024-08'], ['2024-07-01', '2024-07-31'], ['2024-07-14', '2024-07-26'], ['2024-07-19', '2024-07-21']] as const) {
      await h.element.zoomTo(from, to);
      await h.settle();
      for (const cluster of h.root.querySelectorAll<HTMLElement>('.cluster')) {
        expect(cluster.textContent?.trim(), `a cluster at ${from} – ${to}`).to.not.equal('1 event');
      }
    }
    await h.element.fit();
    await h.settle();
    for (let step = 0; step < 4 && h.root.querySelector('.cluster'); step++) {
      const held = h.root.querySelector<HTMLElement>('.cluster')!.getAttribute('aria-label');
      await h.click(h.root.querySelector<HTMLElement>('.cluster')!);
      await h.settle();
      expect(h.root.querySelector<HTMLElement>('.cluster')?.getAttribute('aria-label'), 'the cluster opened').to.not.equal(held);
    }
    expect(h.root.querySelectorAll('.cluster').length, 'a few zooms in, every event apart').to.equal(0);
  });
});

describe('reading the story in order', () => {
  it('steps through every event with Next, then back with Previous, updating the selection and the hash', async () => {
    const h = await mount({ attributes: { src: STORY_URL, 'link-hash': '' }, width: 1100 });
    const order = story.events.map((event) => event.id);
    await h.element.select(order[0]!);
    await h.settle();
    const button = (name: string) => h.root.querySelector<HTMLButtonElement>(`.guide-step[aria-label="${name}"]`)!;
    expect(button('Previous event').disabled, 'no event before the first').to.equal(true);
    const visited = [h.element.selected];
    for (let step = 1; step < order.length; step++) {
      expect(h.text('.guide-position')).to.equal(`${step} of ${order.length}`);
      await h.click(button('Next event'));
      await h.settle();
      visited.push(h.element.selected);
      expect(decodeURIComponent(location.hash.slice(1))).to.equal(h.element.selected);
      const { start, end } = h.view();
      const event = story.events.find((candidate) => candidate.id === h.element.selected)!;
      expect(event.when.end > start && event.when.start < end, `${event.id} brought into view`).to.equal(true);
    }
    expect(visited).to.deep.equal(order);
    expect(button('Next event').disabled, 'no event after the last').to.equal(true);
    await h.click(button('Previous event'));
    await h.settle();
    expect(h.element.selected).to.equal(order[order.length - 2]);
    history.replaceState(null, '', location.pathname);
  });

  it('keeps to the events the filter lets through', async () => {
    const h = await mount({ attributes: { src: STORY_URL, filter: 'tag:unrest' }, width: 1100 });
    await h.element.select('state-of-emergency');
    await h.settle();
    const shown = story.events.filter((event) => event.tags.includes('unrest')).map((event) => event.id);
    expect(h.text('.guide-position')).to.equal(`${shown.indexOf('state-of-emergency') + 1} of ${shown.length}`);
  });
});

describe('the story on a phone', () => {
  it('shows at least four events on the first screen of 390 × 844, the lead marked, every target 24 px or more', async () => {
    const h = await mount({ attributes: { src: STORY_URL }, width: 390 });
    await until(() => h.root.querySelector('.list') !== null, 'the list');
    const top = h.element.getBoundingClientRect().top;
    const onFirstScreen = [...h.root.querySelectorAll('.list-item')].filter((item) => item.getBoundingClientRect().bottom - top <= 844);
    expect(onFirstScreen.length).to.be.at.least(4);
    expect(h.text('.list-item.featured .key-event')).to.contain('Key event');
    const item = h.root.querySelector('.list-item')!;
    expect(item.querySelector('.source-line')!.textContent).to.match(/^Reuters, 20 July 2024$/);
    expect(item.querySelector('details')!.open, 'place, actors and quotes behind Details').to.equal(false);
    for (const target of h.root.querySelectorAll<HTMLElement>('button, summary')) {
      const box = target.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.height, `${target.textContent?.trim()} is 24 px high or more`).to.be.at.least(24);
    }
  });
});

describe('the story as a list', () => {
  it('colours each dot by its first tag, keys the colours and names the sources under the list, on a phone and in the list view', async () => {
    for (const width of [390, 1100]) {
      const h = await mount({ attributes: { src: STORY_URL }, width });
      if (width > 520) await h.click(h.root.querySelector<HTMLElement>('.list-toggle')!);
      await until(() => h.root.querySelector('.list') !== null, 'the list');
      const swatches = new Map([...h.root.querySelectorAll('.legend .key li')].map((entry) => [entry.textContent!.trim(), getComputedStyle(entry.querySelector('.legend-swatch')!).backgroundColor]));
      expect([...swatches.keys()], `${width} px: the key names every first tag`).to.have.members([...new Set(story.events.map((event) => event.tags[0]))]);
      for (const event of story.events) {
        const dot = getComputedStyle(h.root.querySelector(`.list-item[data-id="${event.id}"]`)!, '::before').backgroundColor;
        expect(dot, `${width} px: the dot of ${event.title}`).to.equal(swatches.get(event.tags[0]!));
      }
      const sourceLine = h.root.querySelector('.list ~ .legend .source-line');
      expect(sourceLine?.textContent, `${width} px: the sources under the list`).to.match(/^Sources: Reuters; /);
      h.remove();
    }
  });
});

describe('axe, in every state of the story', () => {
  it('finds nothing with the filters open, an event open with its guide, and in French', async () => {
    const h = await mount({ attributes: { src: STORY_URL }, width: 1100 });
    await h.click(h.root.querySelector<HTMLElement>('.filter-toggle')!);
    await h.element.select('shusha-pledge');
    await h.settle();
    expect(await axeViolations(h.element), 'filters and details open').to.deep.equal([]);
    h.element.locale = 'fr';
    await h.settle();
    expect(await axeViolations(h.element), 'in French').to.deep.equal([]);
  });

  it('finds nothing on a phone, nor in the dark scheme', async () => {
    const phone = await mount({ attributes: { src: STORY_URL }, width: 390 });
    await phone.element.select('shusha-pledge');
    await phone.settle();
    expect(await axeViolations(phone.element), 'phone, an event open').to.deep.equal([]);
    phone.remove();
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await mount({ attributes: { src: STORY_URL }, width: 1100 });
    await emulateMedia({ colorScheme: 'dark' });
    await dark.element.select('new-caledonia-unrest');
    await dark.settle();
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark emulated').to.equal(true);
    expect(await axeViolations(dark.element), 'dark, an event open').to.deep.equal([]);
  });
});
