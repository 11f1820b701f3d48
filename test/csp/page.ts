// Served with a strict Content-Security-Policy and Trusted Types required (see the test
// runner's config): loads the story, selects an event, and reports to the test page what
// the browser refused, if anything.
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

const element = document.querySelector('conflict-timeline')!;
element.style.width = '800px';
element.addEventListener('timeline-load', async () => {
  while (!element.view) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.select('shusha-pledge');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const root = element.shadowRoot!;
  parent.postMessage(
    {
      violations,
      evalRefused,
      marks: root.querySelectorAll('.mark').length,
      panel: root.querySelector('.details h3')?.textContent ?? '',
    },
    location.origin,
  );
});
