// Picture snapshots of the story: the drawn scene, described line by line, compared with a stored
// file. On a mismatch the new description is written beside it as NAME-changed.txt to diff.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, writeFile } from '@web/test-runner-commands';
import { STORY_URL, TimelineHarness } from './harness.js';

function describeScene(h: TimelineHarness): string {
  const origin = h.root.querySelector('.viewport')!.getBoundingClientRect();
  const box = (node: Element) => {
    const rect = node.getBoundingClientRect();
    return `x=${Math.round(rect.left - origin.left)}..${Math.round(rect.right - origin.left)} y=${Math.round(rect.top - origin.top)}`;
  };
  const view = h.view();
  const lines = [`view ${new Date(view.start).toISOString().slice(0, 10)} – ${new Date(view.end).toISOString().slice(0, 10)}`];
  const eraLabels = [...h.root.querySelectorAll('.era-label')];
  h.root.querySelectorAll('.era').forEach((era, index) => lines.push(`era ${box(era)} "${eraLabels[index]?.textContent?.trim() ?? ''}"`));
  for (const mark of h.marks()) {
    const kind = [...mark.classList].filter((name) => name !== 'mark').join(' ');
    const label = mark.querySelector('.label');
    lines.push(
      `mark ${kind} ${mark.dataset.id} ${box(mark.querySelector('.shape')!)}${mark.getAttribute('aria-pressed') === 'true' ? ' selected' : ''}` +
        (label ? ` label@${Math.round(label.getBoundingClientRect().left - origin.left)} "${label.textContent}"` : ''),
    );
  }
  for (const cluster of h.root.querySelectorAll('.cluster')) lines.push(`cluster ${box(cluster)} "${cluster.textContent!.trim()}" at ${box(cluster.querySelector('.cluster-count')!)}`);
  for (const edge of h.root.querySelectorAll('.edge')) lines.push(`edge "${edge.textContent!.trim()}"`);
  for (const tick of h.root.querySelectorAll('.axis .tick')) lines.push(`tick ${box(tick)} "${tick.textContent}"`);
  const panel = h.panel();
  if (panel) lines.push(`panel "${panel.querySelector('h3')!.textContent}" ${panel.querySelectorAll('blockquote').length} quotes`);
  return `${lines.join('\n')}\n`;
}

async function matchSnapshot(name: string, actual: string): Promise<void> {
  const path = `snapshots/${name}.txt`;
  const { content: expected } = await executeServerCommand<{ content: string | null }, { path: string }>('read-snapshot', { path });
  if (expected === null) {
    await writeFile({ path, content: actual });
    return;
  }
  if (expected !== actual) await writeFile({ path: `snapshots/${name}-changed.txt`, content: actual });
  expect(actual, `${name} differs from ${path}; see ${name}-changed.txt`).to.equal(expected);
}

let harness: TimelineHarness | undefined;
afterEach(() => harness?.remove());

describe('picture snapshots of the story', () => {
  it('first view, English, 900 px', async () => {
    harness = await TimelineHarness.mount({ attributes: { src: STORY_URL, style: '--ct-font: sans-serif' }, width: 900 });
    await matchSnapshot('story-en-900', describeScene(harness));
  });

  it('May to July 2024 with an event selected, French, 900 px', async () => {
    harness = await TimelineHarness.mount({ attributes: { src: STORY_URL, locale: 'fr', start: '2024-05', end: '2024-07', style: '--ct-font: sans-serif' }, width: 900 });
    await harness.element.select('shusha-pledge');
    await harness.settle();
    await matchSnapshot('story-fr-may-july-selected', describeScene(harness));
  });

  it('every event, English, 600 px', async () => {
    harness = await TimelineHarness.mount({ attributes: { src: STORY_URL, style: '--ct-font: sans-serif' }, width: 600 });
    await harness.element.fit();
    await harness.settle();
    await matchSnapshot('story-en-all-600', describeScene(harness));
  });
});
