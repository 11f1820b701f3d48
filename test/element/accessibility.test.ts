import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, emulateMedia, executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { formatEventDate, type Timeline } from '../../src/model/index.js';
import { registerLocale } from '../../src/i18n/locales.js';
import { uiStrings } from '../../src/i18n/strings.js';
import { overlappingBoxes, STORY_URL, TimelineHarness, axeViolations, crowdedFile, dayOf2024, loadStory, mountEach, nextEvent, until } from './harness.js';

let story: Timeline;
before(async () => {
  story = await loadStory();
});
const mount = mountEach();

const active = (h: TimelineHarness) => h.root.activeElement as HTMLElement | null;

/** A thousand events on two days, 10 January and 20 July 2024: a view of two columns and no mark. */
function twoCrowds() {
  const file = crowdedFile(1000);
  return { ...file, events: file.events.map((event, index) => ({ ...event, date: index < 500 ? '2024-01-10' : '2024-07-20' })) };
}

/** A node of the page's accessibility tree: what a screen reader is told. */
interface HeardNode {
  role: string;
  name: string;
  pressed?: boolean | 'mixed';
  children: HeardNode[];
}

const expectNoViolations = async (h: TimelineHarness, state: string) => expect(await axeViolations(h.element), state).to.deep.equal([]);

/** Tabs from a button placed before the element until focus enters it. */
async function tabIn(h: TimelineHarness, stop = 'mark'): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  h.container.before(before);
  before.focus();
  for (let i = 0; i < 12 && !h.root.activeElement?.classList.contains(stop); i++) await sendKeys({ press: 'Tab' });
  before.remove();
}

describe('axe-core finds nothing', () => {
  it('loaded, selected, offering pictures, filtered, in the list view', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await expectNoViolations(h, 'loaded');
    await h.clickMark('diplomats-expelled');
    await expectNoViolations(h, 'selected');
    await h.click(h.button('Download image'));
    await expectNoViolations(h, 'picture formats offered');
    await h.click(h.button('Filter'));
    await h.click(h.button('diplomacy'));
    await expectNoViolations(h, 'filtered');
    await h.click(h.button('List'));
    await expectNoViolations(h, 'list');
  });

  it('in the error state', async () => {
    const h = await mount({ attributes: { src: '/no/such/file.json' }, waitFor: 'timeline-error' });
    await expectNoViolations(h, 'error');
  });

  it('with events left out', async () => {
    const data = { title: 'T', sources: { w: { publisher: 'W', title: 'R' } }, events: [{ id: 'a', date: '2024-13', title: 'A', citations: [{ source: 'w', quote: 'q' }] }, { id: 'b', date: '2024-07', title: 'B', citations: [{ source: 'w', quote: 'q' }] }] };
    const h = await mount({ data });
    await expectNoViolations(h, 'notice');
  });

  it('with crowded stretches drawn as columns, in both schemes', async () => {
    const data = crowdedFile(1000);
    const light = await mount({ data });
    await light.element.fit();
    await light.settle();
    expect(light.root.querySelectorAll('.crowd').length, 'columns drawn').to.be.greaterThan(0);
    await expectNoViolations(light, 'crowded');
    light.remove();
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await mount({ data });
    await dark.element.fit();
    await dark.settle();
    await expectNoViolations(dark, 'crowded, dark');
  });

  it('narrow, dark and French', async () => {
    const narrow = await mount({ attributes: { src: STORY_URL, selected: 'shusha-pledge' }, width: 380 });
    await expectNoViolations(narrow, 'narrow');
    narrow.remove();
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark scheme emulated').to.equal(true);
    const dark = await mount({ attributes: { src: STORY_URL, selected: 'shusha-pledge' } });
    await expectNoViolations(dark, 'dark');
    dark.remove();
    await emulateMedia({ colorScheme: 'light' });
    const french = await mount({ attributes: { src: STORY_URL, locale: 'fr', selected: 'shusha-pledge' } });
    await expectNoViolations(french, 'French');
  });
});

describe('keyboard', () => {
  it('has one Tab stop into the events', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    const stops = h.marks().filter((mark) => mark.tabIndex === 0);
    expect(stops).to.have.length(1);
    await tabIn(h);
    expect(active(h)?.classList.contains('mark')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(active(h)?.classList.contains('mark') ?? false, 'the next Tab leaves the events').to.equal(false);
  });

  it('reaches a view of crowded stretches by its first column, and goes from a column to its first event', async () => {
    // The view is two crowds, with no mark to hold the Tab stop.
    const h = await mount({ data: twoCrowds() });
    expect(h.marks(), 'no marks, only columns').to.have.length(0);
    const stops = [...h.root.querySelectorAll<HTMLElement>('.cluster')].filter((cluster) => cluster.tabIndex === 0);
    expect(stops, 'one Tab stop among the columns').to.have.length(1);
    await tabIn(h, 'cluster');
    expect(active(h), 'the first column focused').to.equal(stops[0]);
    expect(active(h)!.getAttribute('aria-label'), 'named with its count and its stretch of time').to.match(/^\d+ events, .*2024/);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => active(h)?.classList.contains('mark') ?? false, 'a mark focused');
    expect(active(h)!.dataset.id, 'the first event of the column').to.equal('e0');
    const second = [...h.root.querySelectorAll<HTMLElement>('.cluster')].find((cluster) => cluster.getAttribute('aria-label')!.includes('July'))!;
    second.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => active(h)?.dataset.id === 'e500', 'the first event of the second column');
  });

  for (const key of ['Enter', 'Space']) {
    it(`zooms in on a column with ${key}, as a click does`, async () => {
      const h = await mount({ data: crowdedFile(1000) });
      const span = () => h.view().end - h.view().start;
      const before = span();
      await tabIn(h, 'cluster');
      const column = active(h)!.getAttribute('aria-label');
      await sendKeys({ press: key });
      await until(() => span() < before / 2, `zoomed in on ${column}`);
    });
  }

  it('walks the whole story in date order with the arrow keys, bringing each event into view', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await tabIn(h);
    await sendKeys({ press: 'Home' });
    await until(() => active(h)?.dataset.id === story.events[0]!.id, 'the first event');
    const visited = [active(h)!.dataset.id];
    for (let i = 1; i < story.events.length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await until(() => active(h)?.dataset.id === story.events[i]!.id, `event ${i}`);
      const { left, right } = active(h)!.getBoundingClientRect();
      const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
      expect(right > viewport.left && left < viewport.right, `${story.events[i]!.id} in view`).to.equal(true);
      visited.push(active(h)!.dataset.id);
    }
    expect(visited).to.deep.equal(story.events.map((event) => event.id));
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => active(h)?.dataset.id === story.events[story.events.length - 2]!.id, 'one back');
    await sendKeys({ press: 'End' });
    await until(() => active(h)?.dataset.id === story.events[story.events.length - 1]!.id, 'the last event');
  });

  it('keeps the focus on a mark while zooming out gathers the events around it into a crowd', async () => {
    // Twenty events three days apart in January and February, then 200 on four days of March.
    const citations = [{ source: 'wire', quote: 'Words' }];
    const event = (id: string, offset: number) => ({ id, date: dayOf2024(offset), title: `Event ${id}`, citations });
    const events = [...Array.from({ length: 20 }, (_, index) => event(`s${index}`, index * 3)), ...Array.from({ length: 200 }, (_, index) => event(`d${index}`, 75 + (index % 4)))];
    const h = await mount({ data: { title: 'Quiet, then crowded', sources: { wire: { publisher: 'Test Wire', title: 'A report' } }, events } });
    await h.element.zoomTo('2024-03-15', '2024-03-20');
    await h.settle();
    const marks = h.marks();
    const focused = marks[Math.floor(marks.length / 2)]!;
    focused.focus();
    let besideOthers = 0;
    // Out, and a little left, until January's events are drawn beside March's crowd.
    for (let step = 0; step < 16; step++) {
      await h.zoomBy(1 / 0.85, -0.05);
      expect(active(h)?.dataset.id, `focus after step ${step}`).to.equal(focused.dataset.id);
      const lefts = h.markLefts();
      expect(lefts, `marks from left to right after step ${step}`).to.deep.equal([...lefts].sort((a, b) => a - b));
      if (h.marks().some((mark) => mark.dataset.id!.startsWith('s'))) besideOthers++;
    }
    expect(h.root.querySelectorAll('.cluster .crowd').length, 'March as a crowd').to.be.greaterThan(0);
    expect(besideOthers, 'steps with marks drawn before the focused one').to.be.greaterThan(3);
  });

  it('opens with Enter, closes with Escape, and returns focus to the mark', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await tabIn(h);
    const id = active(h)!.dataset.id!;
    await sendKeys({ press: 'Enter' });
    await until(() => h.panel() !== null, 'the panel');
    expect(h.element.selected).to.equal(id);
    h.root.querySelector<HTMLElement>('.details .close')!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => h.panel() === null && active(h)?.dataset.id === id, 'focus back on the mark');
    await sendKeys({ press: 'Space' });
    await until(() => h.panel() !== null, 'the panel again, with Space');
  });

  it('zooms with +, - and 0', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await tabIn(h);
    const span = () => h.view().end - h.view().start;
    const before = span();
    await sendKeys({ press: '+' });
    await until(() => span() < before * 0.6, 'zoom in');
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await until(() => span() > before * 1.5, 'zoom out');
    await sendKeys({ press: '0' });
    await until(() => h.drawnCount() === story.events.length, 'fit');
  });

  it('shows a focus ring that survives a custom theme', async () => {
    const h = await mount({ attributes: { src: STORY_URL, style: '--ct-color-focus: #ffffff; --ct-color-background: #ffffff' } });
    await tabIn(h);
    const style = getComputedStyle(active(h)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    // With the focus colour set to the background, the second ring in the text colour still shows.
    expect(style.boxShadow).to.contain('rgb(27, 27, 31)');
  });
});

describe('screen readers', () => {
  it('names every mark by its full date, as precise as its source, and its title', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.element.fit();
    await h.element.zoomTo('2023-06', '2024-08');
    await h.settle();
    for (const mark of h.marks()) {
      const event = story.events.find((e) => e.id === mark.dataset.id)!;
      const date = formatEventDate(event.when, 'en');
      expect(mark.getAttribute('aria-label')).to.contain(date).and.to.contain(event.title);
    }
    expect(h.mark('diplomats-expelled').getAttribute('aria-label')).to.equal('December 2023: Azerbaijan expels two French diplomats');
    expect(h.mark('karabakh-wars').getAttribute('aria-label')).to.equal('The 30 years to 2024 (c. 1994 – 2024): Two wars with Armenia over Nagorno-Karabakh');
  });

  it('hears each mark as a button, pressed while its event is open', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    const name = 'December 2023: Azerbaijan expels two French diplomats';
    const heard = async () => findAccessibilityNode((await a11ySnapshot({})) as unknown as HeardNode, (node) => node.name === name);
    expect(await heard()).to.include({ role: 'button', pressed: false });
    await h.clickMark('diplomats-expelled');
    await h.settle();
    expect(await heard()).to.include({ role: 'button', pressed: true });
  });

  it('labels the detail panel as a region', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.clickMark('baku-conference');
    const panel = h.panel()!;
    const label = h.root.getElementById(panel.getAttribute('aria-labelledby')!);
    expect(label?.textContent).to.equal('Baku hosts separatists from four French territories');
  });

  it('announces the visible window after a zoom', async () => {
    const h = await mount({ attributes: { src: STORY_URL, start: '2024-05', end: '2024-07' } });
    await h.element.zoomTo('2024-05', '2024-07');
    const region = h.root.querySelector('[aria-live="polite"]')!;
    const count = story.events.filter((e) => e.when.start < Date.UTC(2024, 7, 1) && e.when.end > Date.UTC(2024, 4, 1)).length;
    await until(() => region.textContent === `Showing May – July 2024: ${count} events`, `the announcement (got "${region.textContent}")`);
  });

  it('shows the whole timeline as an ordered list with the same citations', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.click(h.button('List'));
    const items = [...h.root.querySelectorAll('ol.list > li')];
    expect(items.map((item) => (item as HTMLElement).dataset.id)).to.deep.equal(story.events.map((event) => event.id));
    const first = items[0]!;
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('1994');
    const quotes = [...h.root.querySelectorAll('ol.list blockquote')].map((quote) => quote.textContent);
    expect(quotes).to.have.length(story.events.flatMap((event) => event.citations).length);
    expect(h.root.querySelector('.viewport')).to.equal(null);
    await h.click(h.button('List'));
    expect(h.root.querySelector('.viewport')).to.not.equal(null);
  });
});

describe('narrow containers and touch', () => {
  it('becomes a vertical timeline under about 520 px of its own width, whatever the window', async () => {
    const h = await mount({ attributes: { src: STORY_URL }, width: 480 });
    await until(() => h.root.querySelector('ol.list') !== null, 'the vertical list');
    expect(window.innerWidth).to.be.greaterThan(520);
    expect(h.root.querySelectorAll('ol.list > li')).to.have.length(story.events.length);
    h.container.style.width = '800px';
    await until(() => h.root.querySelector('.viewport') !== null, 'the horizontal view back');
  });

  it('selects with a tap and shows that event’s sources in the narrow view', async () => {
    const h = await mount({ attributes: { src: STORY_URL }, width: 360 });
    await until(() => h.root.querySelector('ol.list') !== null, 'the vertical list');
    const title = h.root.querySelector<HTMLElement>('.list-item[data-id="shusha-pledge"] .list-title')!;
    title.scrollIntoView();
    const rect = title.getBoundingClientRect();
    const selected = nextEvent(h.element, 'timeline-select');
    await executeServerCommand('tap', { x: rect.left + 5, y: rect.top + rect.height / 2 });
    expect((await selected).detail.event.id).to.equal('shusha-pledge');
    await h.settle();
    const details = h.root.querySelector<HTMLDetailsElement>('.list-item[data-id="shusha-pledge"] details')!;
    expect(details.open).to.equal(true);
    expect(details.textContent).to.contain('We will support you until you are free');
  });

  it('zooms in with a pinch in the horizontal view', async () => {
    await executeServerCommand('touch-emulation', { enabled: true });
    try {
      const h = await mount({ attributes: { src: STORY_URL } });
      const rect = h.root.querySelector('.viewport')!.getBoundingClientRect();
      const before = h.view();
      await executeServerCommand('pinch', { x: rect.left + rect.width / 2, y: rect.bottom - 40, from: 100, to: 300 });
      await h.settle();
      const after = h.view();
      expect(after.end - after.start).to.be.lessThan((before.end - before.start) * 0.6);
    } finally {
      await executeServerCommand('touch-emulation', { enabled: false });
    }
  });
});

describe('readable for everyone', () => {
  it('stays legible in forced-colors mode', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const h = await mount({ attributes: { src: STORY_URL } });
      const shape = getComputedStyle(h.mark('diplomats-expelled').querySelector('.shape')!);
      const canvas = getComputedStyle(h.root.querySelector('.viewport')!).backgroundColor;
      expect(shape.borderTopColor).to.not.equal(canvas);
      expect(shape.borderTopStyle).to.equal('solid');
      // A month stays an open box, a day a filled dot: the kinds of date still differ.
      expect(shape.backgroundColor, 'a month is open').to.equal(canvas);
      await h.element.zoomTo('2024-07', '2024-07');
      await h.settle();
      const dot = getComputedStyle(h.mark('shusha-pledge').querySelector('.shape')!);
      expect(dot.backgroundColor, 'a day is filled').to.equal(dot.borderTopColor);
      h.remove();
      const crowded = await mount({ data: crowdedFile(1000) });
      await crowded.element.fit();
      await crowded.settle();
      const column = getComputedStyle(crowded.root.querySelector('.crowd')!);
      expect(column.borderLeftStyle, 'a column keeps its outline').to.equal('solid');
      expect(column.borderLeftColor).to.not.equal(canvas);
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('loses nothing at 200% text size', async () => {
    const h = await mount({ attributes: { src: STORY_URL, style: 'font-size: 30px' }, width: 1100 });
    expect(overlappingBoxes(h.root)).to.deep.equal([]);
    const viewport = h.root.querySelector('.viewport')!.getBoundingClientRect();
    for (const label of h.root.querySelectorAll('.label')) {
      const rect = label.getBoundingClientRect();
      expect(rect.bottom, label.textContent!).to.be.at.most(viewport.bottom);
      expect(rect.right, label.textContent!).to.be.at.most(viewport.right + 0.5);
    }
    await h.click(h.button('Filter'));
    for (const button of h.root.querySelectorAll<HTMLElement>('.toolbar button, .chip')) {
      expect(button.scrollWidth, button.textContent!).to.be.at.most(button.clientWidth + 1);
    }
  });

  it('never uses colour as the only signal', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.click(h.button('Filter'));
    await h.click(h.button('unrest'));
    const chip = h.button('unrest');
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(chip, '::before').content).to.contain('✓');
    await h.click(chip);
    // Kinds of date differ by shape: a point is round and narrow, a month an open box.
    await h.element.zoomTo('2024-06', '2024-07');
    await h.settle();
    const point = getComputedStyle(h.mark('shusha-pledge').querySelector('.shape')!);
    const span = getComputedStyle(h.mark('baku-congress').querySelector('.shape')!);
    expect(point.borderRadius).to.not.equal(span.borderRadius);
  });

  it('keeps text contrast at 4.5:1 or more in both schemes', async () => {
    const luminance = (color: string) => {
      const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    const pairs = [
      ['--ct-color-text', '--ct-color-background'],
      ['--ct-color-muted', '--ct-color-background'],
      ['--ct-color-muted', '--ct-color-surface'],
      ['--ct-color-text', '--ct-color-surface'],
      ['--ct-color-accent', '--ct-color-background'],
      ['--ct-color-era-text', '--ct-color-era'],
      ['--ct-color-text', '--ct-color-era'],
      ['--ct-color-error', '--ct-color-background'],
      ['--ct-color-background', '--ct-color-accent'],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      expect(matchMedia('(prefers-color-scheme: dark)').matches, `${scheme} scheme emulated`).to.equal(scheme === 'dark');
      const h = await mount({ attributes: { src: STORY_URL } });
      // Inside the shadow root, where the element's own colours apply.
      const probe = document.createElement('span');
      h.root.append(probe);
      const resolve = (name: string) => {
        probe.style.color = `var(${name})`;
        return getComputedStyle(probe).color;
      };
      for (const [text, background] of pairs) {
        expect(ratio(resolve(text!), resolve(background!)), `${scheme}: ${text} on ${background}`).to.be.at.least(4.5);
      }
      h.remove();
    }
  });
});

describe('French, and other languages', () => {
  it('translates every word and label of the element, not only dates', async () => {
    const h = await mount({ attributes: { src: STORY_URL, locale: 'fr' } });
    await h.clickMark('baku-conference');
    await h.click(h.root.querySelector<HTMLElement>('.filter-toggle')!);
    const english = uiStrings('en');
    const french = uiStrings('fr');
    const words = (Object.keys(english) as (keyof typeof english)[])
      .filter((key) => typeof english[key] === 'string' && english[key] !== french[key])
      .map((key) => english[key] as string);
    const shown = [...h.root.querySelectorAll('*')].flatMap((node) => [
      ...[...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent!.trim()),
      node.getAttribute('aria-label') ?? '',
      node.getAttribute('title') ?? '',
    ]);
    for (const word of words) expect(shown, word).to.not.include(word);
    expect(h.text('.details .date')).to.equal('juillet 2023');
    expect(h.button('Ajuster')).to.exist;
    expect(h.text('.sources-heading')).to.contain('Sources');
    await h.element.select('state-of-emergency');
    expect(h.text('.single-source')).to.equal('Source unique');
  });

  it('names a column in the language the reader switches to', async () => {
    const h = await mount({ data: twoCrowds() });
    const names = () => [...h.root.querySelectorAll('.cluster')].map((cluster) => cluster.getAttribute('aria-label')!);
    expect(names().some((name) => /^500 events, .*July 2024/.test(name)), names().join(' | ')).to.equal(true);
    h.element.setAttribute('locale', 'fr');
    await h.element.updateComplete;
    expect(names().some((name) => /^500 événements, .*juillet 2024/.test(name)), names().join(' | ')).to.equal(true);
  });

  it('learns another language from registerLocale, without a rebuild', async () => {
    registerLocale('de', { intlTag: 'de-DE', approximately: (date) => `um ${date}`, strings: { fitAll: 'Alles zeigen', singleSource: 'Einzige Quelle' } });
    const h = await mount({ attributes: { src: STORY_URL, locale: 'de' } });
    expect(h.button('Alles zeigen')).to.exist;
    await h.element.select('state-of-emergency');
    expect(h.text('.details .date')).to.equal('Mai 2024');
    expect(h.text('.single-source')).to.equal('Einzige Quelle');
    await h.element.select('paris-olympics');
    expect(h.text('.details .date')).to.equal('um Juli 2024');
  });
});

describe('print', () => {
  it('prints the list with every citation, and returns to the timeline afterwards', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    window.dispatchEvent(new Event('beforeprint'));
    expect(h.root.querySelectorAll('ol.list > li'), 'the list is there as printing starts').to.have.length(story.events.length);
    expect([...h.root.querySelectorAll<HTMLDetailsElement>('ol.list details')].every((details) => details.open)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(h.root.querySelector('.toolbar')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
    await h.settle();
    expect(h.root.querySelector('.viewport')).to.not.equal(null);
  });
});
