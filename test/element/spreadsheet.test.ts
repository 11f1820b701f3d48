import { expect } from '@esm-bundle/chai';
import { exportCsv } from '../../src/model/csv.js';
import type { TimelineFile } from '../../src/model/index.js';
import { STORY_URL, loadStory, mountEach } from './harness.js';

const mount = mountEach();
const HARBOUR_STRIKE = new URL('./fixtures/harbour-strike.csv', import.meta.url).href;

describe('<conflict-timeline> with a spreadsheet as src', () => {
  it('draws the story from its spreadsheet, known as one by the server’s text/csv', async () => {
    const story = await loadStory();
    const file = (await (await fetch(STORY_URL)).json()) as TimelineFile;
    const url = URL.createObjectURL(new Blob([exportCsv(file)], { type: 'text/csv' }));
    const h = await mount({ attributes: { src: url, start: '2023', end: '2024' } });
    expect(h.text('.title')).to.equal(story.title);
    expect(h.text('.count')).to.equal(`${story.events.length} events`);
    await h.clickMark('shusha-pledge');
    const pledge = story.events.find((event) => event.id === 'shusha-pledge')!;
    expect(h.text('.details')).to.contain(pledge.citations[0]!.quote);
    URL.revokeObjectURL(url);
  });

  it('reads a .csv file by its name, with semicolons, a byte-order mark and a line break in a cell', async () => {
    const h = await mount({ attributes: { src: `${HARBOUR_STRIKE}?type=text/plain` } });
    expect(h.text('.title')).to.equal('Harbour strike');
    await h.clickMark('strike-called');
    expect(h.text('.details')).to.contain('Two lines in one cell.');
    expect(h.text('.details')).to.contain('The dockers voted to strike');
  });

  it('names a bad row by its spreadsheet row (a cell with a line break is one row) and column, and still draws the good rows', async () => {
    const h = await mount({ attributes: { src: HARBOUR_STRIKE } });
    expect(h.text('[part="notice"]')).to.contain('1 event was left out');
    expect(h.text('[part="notice"]')).to.contain('row 4, column date: "20/03/2024" is not a date: write 2024-03-20');
    expect(h.markIds().sort()).to.deep.equal(['deal', 'strike-called']);
  });

  it('says a spreadsheet without the template’s columns is not a data file, naming them', async () => {
    const url = URL.createObjectURL(new Blob(['name,when\nStrike,2024\n'], { type: 'text/csv' }));
    const h = await mount({ attributes: { src: url }, waitFor: 'timeline-error' });
    expect(h.text('[part="error"]')).to.contain('is not a timeline data file');
    expect(h.text('[part="error"]')).to.contain('row 1, column id: missing: add the "id" column');
    URL.revokeObjectURL(url);
  });
});
