// Served with a strict Content-Security-Policy and Trusted Types required (see the test
// runner's config): loads the story, selects an event, saves the view as SVG and PNG, loads a
// spreadsheet, and reports to the test page what the browser refused, if anything.
import '../../src/index.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  // The probe below, which shows that the policy is in force, is refused too.
  if (!event.sample.startsWith('eval|')) violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}`);
});

let evalRefused = false;
try {
  // eslint-disable-next-line no-eval
  (0, eval)('1');
} catch {
  evalRefused = true;
}

const element = document.querySelectorAll('conflict-timeline')[0]!;

/** What became of the spreadsheet: how many events it showed, or why it showed none. */
const spreadsheet = new Promise<string>((resolve) => {
  const sheet = document.querySelector('#spreadsheet')!;
  sheet.addEventListener('timeline-load', (event) => resolve(`${(event as CustomEvent<{ events: number }>).detail.events} events`));
  sheet.addEventListener('timeline-error', (event) => resolve(`error: ${(event as CustomEvent<{ message: string }>).detail.message}`));
  setTimeout(() => resolve('still loading after 5 s'), 5000);
});
element.style.width = '800px';
// Saving is recorded rather than done: a test has nowhere to save to.
const saved: string[] = [];
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  saved.push(this.download);
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

element.addEventListener('timeline-load', async () => {
  while (!element.view) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.select('shusha-pledge');
  await pause(200);
  const root = element.shadowRoot!;
  const button = (label: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label)!;
  button('Download image').click();
  await pause(100);
  button('SVG').click();
  button('PNG').click();
  await pause(500);
  parent.postMessage(
    {
      violations,
      evalRefused,
      marks: root.querySelectorAll('.mark').length,
      panel: root.querySelector('.details h3')?.textContent ?? '',
      saved,
      spreadsheet: await spreadsheet,
    },
    location.origin,
  );
});
