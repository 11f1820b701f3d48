import { expect } from '@esm-bundle/chai';
import { STORY_URL, loadStory, mountEach, type TimelineHarness } from './harness.js';

const mount = mountEach();

/** Clicks a download button and returns what would have been saved, without saving it. */
async function downloaded(h: TimelineHarness, label: string): Promise<{ name: string; blob: Blob }> {
  const created: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => (created.push(blob as Blob), createObjectURL(blob));
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    if (!h.root.querySelector('.downloads')) await h.click(h.button('Download image'));
    await h.click(h.button(label));
    const started = performance.now();
    while (names.length === 0 && performance.now() - started < 3000) await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(names, 'one file saved').to.have.length(1);
  return { name: names[0]!, blob: created[0]! };
}

describe('<conflict-timeline> pictures', () => {
  it('saves the view as SVG with the title and description, the stretch shown, every label drawn and the sources', async () => {
    const story = await loadStory();
    const h = await mount({ attributes: { src: STORY_URL, start: '2024-05', end: '2024-07' } });
    const { name, blob } = await downloaded(h, 'Download the view as SVG');
    expect(name).to.match(/\.svg$/);
    expect(blob.type).to.equal('image/svg+xml');
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts[0]).to.equal(story.title);
    expect(texts).to.include('May – July 2024');
    // The description follows the title, wrapped, before the stretch shown.
    const described = texts.slice(1, texts.indexOf('May – July 2024'));
    expect(described.join(' ')).to.equal(story.description);
    expect(described.length, 'on lines of its own').to.be.greaterThan(1);
    const labelled = [...h.root.querySelectorAll('.mark')].filter((mark) => mark.querySelector('.label')).map((mark) => mark.querySelector('.label')!.textContent);
    expect(labelled.length).to.be.greaterThan(2);
    for (const label of labelled) expect(texts).to.include(label);
    expect(texts.join(' ')).to.contain('Sources: ').and.contain('Reuters');
  });

  it('keeps hostile titles as text in the SVG', async () => {
    const title = '<script>alert(1)</script> & "quotes"';
    const data = {
      title,
      sources: { wire: { publisher: '<b>Wire</b>', title: 'Report' } },
      events: [{ id: 'a', date: '2024-07-20', title: '<img src=x onerror=alert(1)>', citations: [{ source: 'wire', quote: 'q' }] }],
    };
    const h = await mount({ data });
    const svg = new DOMParser().parseFromString(await (await downloaded(h, 'Download the view as SVG')).blob.text(), 'image/svg+xml');
    expect(svg.querySelector('script, img, b')).to.equal(null);
    const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).to.include(title).and.include('<img src=x onerror=alert(1)>');
    expect(texts.join(' ')).to.contain('Sources: <b>Wire</b>');
  });

  it('saves the view as a PNG twice the view’s size, drawn in the theme’s colours', async () => {
    const h = await mount({ attributes: { src: STORY_URL, start: '2024-05', end: '2024-07' } });
    const { name, blob } = await downloaded(h, 'Download the view as PNG');
    expect(name).to.match(/\.png$/);
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const width = h.root.querySelector('.viewport')!.clientWidth;
    expect(bitmap.width).to.be.within(2 * width - 4, 2 * width + 4);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    // Diplomacy, the story's commonest first tag, takes the theme's first tag colour, #0072b2.
    let markBlue = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      if (pixels[index] === 0x00 && pixels[index + 1] === 0x72 && pixels[index + 2] === 0xb2) markBlue++;
    }
    expect(markBlue, 'pixels in the first tag colour').to.be.greaterThan(100);
  });

  it('offers no picture in the list view', async () => {
    const h = await mount({ attributes: { src: STORY_URL } });
    await h.click(h.button('List'));
    expect(h.root.querySelector('[part="download-toggle"]')).to.equal(null);
  });
});
