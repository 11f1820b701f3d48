import { expect } from '@esm-bundle/chai';
import { STORY_URL, mountEach, nextEvent, until } from './harness.js';

const mount = mountEach();

describe('loading faults', () => {
  it('says when the file is missing (404) and when the server fails (500)', async () => {
    const missing = await mount({ attributes: { src: '/no/such/path.json' }, waitFor: 'timeline-error' });
    expect(missing.text('[part="error"]')).to.contain('answered 404');
    missing.remove();
    const failing = await mount({ attributes: { src: `${STORY_URL}?status=500` }, waitFor: 'timeline-error' });
    expect(failing.text('[part="error"]')).to.contain('answered 500');
  });

  it('says when the network fails', async () => {
    const failed = nextEvent(document, 'timeline-error');
    const h = await mount({ attributes: { src: 'http://127.0.0.1:9/events.json' }, waitFor: null });
    expect((await failed).detail.kind).to.equal('network');
    await h.settle();
    expect(h.text('[part="error"]')).to.contain('could not be fetched');
  });

  it('says an empty file is not a data file, with its position', async () => {
    const h = await mount({ attributes: { src: 'data:application/json,' }, waitFor: 'timeline-error' });
    expect(h.text('[part="error"]')).to.contain('not JSON: the file ends where a value should be');
  });

  it('gives up on a response that never ends, after the timeout, and says so', async () => {
    const h = await mount({ attributes: { src: `${STORY_URL}?hang`, timeout: '0.5' }, waitFor: 'timeline-error' });
    expect(h.text('[part="error"]')).to.contain('did not arrive within 0.5 seconds');
    expect(h.root.querySelector('[part="loading"]')).to.equal(null);
  });

  it('says a file nested 100,000 deep is not a data file, rather than hang', async () => {
    const url = URL.createObjectURL(new Blob(['['.repeat(100_000)], { type: 'application/json' }));
    const h = await mount({ attributes: { src: url }, waitFor: 'timeline-error' });
    expect(h.text('[part="error"]')).to.contain('nested more than 500 deep');
    URL.revokeObjectURL(url);
  });

  it('says a file that is a list, not an object with events, is not a data file', async () => {
    const failed = nextEvent(document, 'timeline-error');
    const h = await mount({ attributes: { src: 'data:application/json,[{"id":"a"}]' }, waitFor: null });
    expect((await failed).detail.kind).to.equal('unreadable');
    await h.settle();
    expect(h.text('[part="error"]')).to.contain('a data file is one object');
  });

  it('draws a file of 100,000 events', async () => {
    const source = { publisher: 'Wire', title: 'Report' };
    const events = Array.from({ length: 100_000 }, (_, index) => ({
      id: `e${index}`,
      date: `${1990 + (index % 30)}-${String((index % 12) + 1).padStart(2, '0')}`,
      title: `Event ${index}`,
      citations: [{ source: 'wire', quote: 'words' }],
    }));
    const url = URL.createObjectURL(new Blob([JSON.stringify({ title: 'Big', sources: { wire: source }, events })], { type: 'application/json' }));
    const h = await mount({ attributes: { src: url } });
    expect(h.text('.count')).to.equal('100000 events');
    await h.element.fit();
    await h.settle();
    expect(h.drawnCount(), 'every event, as a mark or in a cluster').to.equal(100_000);
    expect(h.root.querySelectorAll('*').length, 'the DOM stays the size of the view: columns, not hundreds of marks').to.be.lessThan(400);
    URL.revokeObjectURL(url);
  });

  it('fires nothing and draws nothing when removed mid-load', async () => {
    const element = document.createElement('conflict-timeline');
    const fired: string[] = [];
    for (const type of ['timeline-load', 'timeline-error']) element.addEventListener(type, () => fired.push(type));
    element.src = `${STORY_URL}?delay=400`;
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(fired).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('.mark')).to.equal(null);
  });

  it('can be re-used with new data many times without piling up listeners', async () => {
    const added = new Map<string, number>();
    const original = { add: window.addEventListener, remove: window.removeEventListener };
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) + 1);
      return (original.add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) - 1);
      return (original.remove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const h = await mount({ data: { title: 'First', sources: { w: { publisher: 'W', title: 'T' } }, events: [] } });
      for (let round = 0; round < 30; round++) {
        const loaded = nextEvent(h.element, 'timeline-load');
        h.element.data = {
          title: `Round ${round}`,
          sources: { w: { publisher: 'W', title: 'T' } },
          events: [{ id: `r${round}`, date: '2024-07-20', title: `Round ${round}`, citations: [{ source: 'w', quote: 'q' }] }],
        };
        await loaded;
        h.container.remove();
        document.body.append(h.container);
      }
      await until(() => h.text('.title') === 'Round 29', 'the last data');
      h.remove();
      // d3-zoom adds and removes its own window listeners during gestures; the element's own
      // (hashchange) must balance out once it is gone.
      expect(added.get('hashchange') ?? 0).to.equal(0);
    } finally {
      window.addEventListener = original.add;
      window.removeEventListener = original.remove;
    }
  });
});
