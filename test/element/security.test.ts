import { expect } from '@esm-bundle/chai';

interface CspReport {
  violations: string[];
  evalRefused: boolean;
  marks: number;
  panel: string;
  saved: string[];
  spreadsheet: string;
}

describe('under a strict Content-Security-Policy', () => {
  it('works, pictures and spreadsheets included, with no inline code, no eval and Trusted Types required, and the browser refuses nothing', async function () {
    // The page loads every module afresh in its own frame: slow when this file runs alone.
    this.timeout(30_000);
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    const report = new Promise<CspReport>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the page under the policy never reported')), 25_000);
      window.addEventListener('message', function onMessage(event: MessageEvent<CspReport>) {
        if (event.source !== frame.contentWindow) return;
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      });
    });
    frame.src = new URL('../csp/page.html', import.meta.url).href;
    document.body.append(frame);
    const { violations, evalRefused, marks, panel, saved, spreadsheet } = await report;
    frame.remove();
    expect(evalRefused, 'the policy is in force').to.equal(true);
    expect(violations).to.deep.equal([]);
    expect(marks).to.be.greaterThan(5);
    expect(panel).to.contain('We will support you until you are free');
    // The spreadsheet's third event has a day-first date, left out and named.
    expect(spreadsheet).to.equal('2 events');
    expect(saved.sort()).to.deep.equal(['azerbaijan-and-france-s-overseas-territories.png', 'azerbaijan-and-france-s-overseas-territories.svg']);
  });
});
