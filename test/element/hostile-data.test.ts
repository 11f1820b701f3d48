import { expect } from '@esm-bundle/chai';
import { mountEach } from './harness.js';

declare global {
  interface Window {
    xssRan?: boolean;
  }
}

const mount = mountEach();

/** Text that would run, break out of markup, or garble a page if it were treated as anything but text. */
const CORPUS = [
  '<img src=x onerror="window.xssRan=true">',
  '</script><script>window.xssRan=true</script>',
  '"><svg onload="window.xssRan=true">',
  "' onmouseover='window.xssRan=true",
  '\u202Egnp.exe\u202C flipped',
  `Averyveryverylongwordwithoutanyspace${'x'.repeat(300)}`,
];

function hostileFile() {
  const text = (index: number) => CORPUS[index % CORPUS.length]!;
  return {
    title: text(0),
    description: text(1),
    sources: {
      wire: { publisher: text(2), title: text(3), byline: text(4), note: text(5), url: 'https://example.org/a"onmouseover="window.xssRan=true' },
      script: { publisher: 'Bad', title: 'Script link', url: 'javascript:window.xssRan=true' },
      data: { publisher: 'Bad', title: 'Data link', url: 'data:text/html,<script>window.xssRan=true</script>' },
    },
    events: CORPUS.map((_, index) => ({
      id: `event-${index}`,
      date: `2024-07-${String(index + 10)}`,
      title: text(index),
      summary: text(index + 1),
      place: text(index + 2),
      actors: [text(index + 3)],
      tags: [text(index + 4)],
      dateNote: text(index + 5),
      displayDate: text(index),
      citations: [
        { source: 'wire', quote: text(index + 1) },
        { source: 'script', quote: text(index + 2) },
        { source: 'data', quote: text(index + 3) },
      ],
    })).concat([{ id: '<img src=x onerror=window.xssRan=true>', date: '2024-07-30', title: 'Bad id', summary: '', place: '', actors: [], tags: [], dateNote: '', displayDate: '', citations: [{ source: 'wire', quote: 'q' }] }] as never),
  };
}

describe('hostile data', () => {
  afterEach(() => delete window.xssRan);

  it('renders every text field inert and literal, in the timeline, the panel and the list', async () => {
    const h = await mount({ data: hostileFile() });
    for (let index = 0; index < CORPUS.length; index++) await h.element.select(`event-${index}`);
    await h.click(h.button('List'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.xssRan, 'no script ran').to.equal(undefined);
    expect(h.root.querySelector('img, svg:not(.axis), script, iframe, object')).to.equal(null);
    expect(h.root.querySelector('[onerror], [onload], [onmouseover]')).to.equal(null);
    expect(h.root.textContent).to.contain('<img src=x onerror="window.xssRan=true">');
    expect(h.root.textContent).to.contain('</script><script>window.xssRan=true</script>');
  });

  it('links only over http(s), keeps quotes inside the link, and reports the links it refused', async () => {
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('timeline-load', (event) => resolve(event as CustomEvent), { once: true }));
    const h = await mount({ data: hostileFile() });
    const { problems } = (await loaded).detail as { problems: { path: string; message: string }[] };
    expect(problems.map((p) => p.path)).to.include.members(['sources.script.url', 'sources.data.url']);
    expect(problems.find((p) => p.path.startsWith('events[6]'))?.message).to.contain('is not a usable id');
    await h.element.select('event-0');
    const links = [...h.root.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.org/a"onmouseover="window.xssRan=true']);
    expect(links[0]!.getAttributeNames().sort()).to.deep.equal(['href', 'part', 'rel', 'target']);
  });

  it('keeps an inline script’s escaped </script> as text', async () => {
    const json = JSON.stringify({
      title: 'Inline',
      sources: { wire: { publisher: 'Wire', title: 'T' } },
      events: [{ id: 'a', date: '2024-07-20', title: '</script><img src=x onerror="window.xssRan=true">', citations: [{ source: 'wire', quote: 'q' }] }],
    }).replaceAll('</', '<\\/');
    const h = await mount({ innerHTML: `<script type="application/json">${json}</script>` });
    await h.element.select('a');
    expect(window.xssRan).to.equal(undefined);
    expect(h.text('.details h3')).to.equal('</script><img src=x onerror="window.xssRan=true">');
  });

  it('isolates right-to-left overrides and wraps words too long for the panel', async () => {
    const h = await mount({ data: hostileFile(), width: 700 });
    await h.element.select('event-5');
    const panel = h.panel()!;
    expect(panel.scrollWidth, 'no horizontal overflow').to.be.at.most(panel.clientWidth + 1);
    await h.element.select('event-4');
    expect(getComputedStyle(h.root.querySelector('.details h3')!).unicodeBidi).to.equal('isolate');
    for (const label of h.root.querySelectorAll('.label')) expect(getComputedStyle(label).unicodeBidi).to.equal('isolate');
  });
});
