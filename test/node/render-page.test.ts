// `render --page` for search engines, social cards and validators: schema.org JSON-LD that says
// what the data says, Open Graph and Twitter tags, and HTML without an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTimelineText, partialDateText } from '../../src/model/index.js';
import { renderStaticHtml, renderStaticPage } from '../../src/cli/render-html.js';
import { root } from './run-cli.js';

const story = checkTimelineText(await readFile(join(root, 'data/events.json'), 'utf8')).timeline;
const require = createRequire(import.meta.url);

/** The page's JSON-LD, parsed. */
function jsonLd(page: string): any {
  const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page);
  assert.ok(block, 'the page carries JSON-LD');
  return JSON.parse(block[1]!);
}

test('the JSON-LD is an ItemList of the events, dated as precisely as their sources, each citation a CreativeWork', () => {
  const data = jsonLd(renderStaticPage(story));
  assert.equal(data['@context'], 'https://schema.org');
  assert.equal(data['@type'], 'ItemList');
  assert.equal(data.name, story.title);
  assert.equal(data.itemListElement.length, story.events.length);
  story.events.forEach((event, index) => {
    const { position, item } = data.itemListElement[index];
    assert.equal(position, index + 1);
    assert.equal(item['@type'], 'Event');
    assert.equal(item.name, event.title);
    assert.equal(item.startDate, partialDateText(event.when.first), event.id);
    assert.equal(item.citation.length, event.citations.length);
    event.citations.forEach((citation, n) => {
      assert.equal(item.citation[n]['@type'], 'CreativeWork');
      assert.equal(item.citation[n].text, citation.quote);
      assert.equal(item.citation[n].publisher?.name, citation.source.publisher);
    });
  });
  const month = data.itemListElement.find(({ item }: any) => item['@id'] === '#baku-conference').item;
  assert.equal(month.startDate, '2023-07', 'a month stays a month');
  assert.equal(month.endDate, undefined);
});

test('Open Graph and Twitter tags carry the title and description', () => {
  const page = renderStaticPage(story);
  const escaped = (text: string) => text.replaceAll("'", '&#39;');
  assert.match(page, new RegExp(`<meta property="og:title" content="${escaped(story.title)}">`));
  assert.match(page, new RegExp(`<meta property="og:description" content="${escaped(story.description!)}">`));
  assert.match(page, /<meta name="twitter:card" content="summary">/);
});

test('no text in the data can close the JSON-LD block', () => {
  const { timeline } = checkTimelineText(JSON.stringify({ title: '</script><script>alert(1)</script>', sources: { w: { publisher: 'W', title: '<!-- x' } }, events: [{ id: 'a', date: '2024', title: '</SCRIPT>', citations: [{ source: 'w', quote: 'q' }] }] }));
  const page = renderStaticPage(timeline);
  const start = page.indexOf('<script type="application/ld+json">') + '<script type="application/ld+json">'.length;
  assert.doesNotMatch(page.slice(start, page.indexOf('</script>', start)), /<\/?script|<!--/i);
  assert.equal(jsonLd(page).name, '</script><script>alert(1)</script>');
});

/** Errors from the Nu Html Checker where Java runs, else from htmlhint. */
function htmlErrors(file: string, html: string): string[] {
  const java = spawnSync('java', ['-version']);
  if (java.status === 0) {
    const { stderr } = spawnSync('java', ['-jar', require('vnu-jar'), '--errors-only', '--format', 'json', file], { encoding: 'utf8' });
    const { messages } = JSON.parse(stderr) as { messages: { type: string; lastLine: number; message: string }[] };
    return messages.filter((message) => message.type === 'error').map((message) => `${message.lastLine}: ${message.message}`);
  }
  const { HTMLHint } = require('htmlhint');
  return HTMLHint.verify(html).map((message: { line: number; message: string }) => `${message.line}: ${message.message}`);
}

test('the page, and the list as placed inside the element, are valid HTML', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-html-'));
  const page = renderStaticPage(story);
  await writeFile(join(dir, 'page.html'), page);
  assert.deepEqual(htmlErrors(join(dir, 'page.html'), page), []);
  const embedded = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Embedded</title></head>\n<body>\n<conflict-timeline src="events.json">\n${renderStaticHtml(story)}</conflict-timeline>\n</body>\n</html>\n`;
  await writeFile(join(dir, 'embedded.html'), embedded);
  assert.deepEqual(htmlErrors(join(dir, 'embedded.html'), embedded), []);
});
