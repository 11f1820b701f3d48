// `conflict-timeline render`: the timeline as script-free HTML for readers without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTimelineText } from '../../src/model/index.js';
import { renderStaticHtml } from '../../src/cli/render-html.js';
import { root, runCli } from './run-cli.js';

const story = checkTimelineText(await readFile(join(root, 'data/events.json'), 'utf8')).timeline;

test('every event becomes a list item with a machine date, a date as precise as its source, and its citations', () => {
  const html = renderStaticHtml(story);
  assert.equal(html.match(/<li id="/g)?.length, story.events.length);
  assert.match(html, /<li id="baku-conference" class="c0">\n {4}<time datetime="2023-07">July 2023<\/time>/);
  assert.match(html, /<time datetime="2024-07-20">20 July 2024<\/time>/);
  assert.equal(html.match(/<blockquote>/g)?.length, story.events.flatMap((event) => event.citations).length);
  assert.doesNotMatch(html, /<script|<style|\son\w+=/i);
  assert.match(renderStaticHtml(story, 'fr'), /<time datetime="2023-07">juillet 2023<\/time>/);
});

test('it reads as the element’s list: key events marked, a credit under each event, the rest behind Details, the sources under all', () => {
  const html = renderStaticHtml(story);
  const item = (id: string) => html.slice(html.indexOf(`<li id="${id}"`), html.indexOf('</li>', html.indexOf(`<li id="${id}"`)));
  assert.match(item('shusha-pledge'), /class="c\d featured"/);
  assert.match(item('shusha-pledge'), /<strong class="key-event">Key event<\/strong>/);
  assert.doesNotMatch(item('baku-conference'), /featured|Key event/);
  assert.match(item('shusha-pledge'), /<p class="source-line">Reuters, 20 July 2024<\/p>\n {4}<details>\n {6}<summary>Details<\/summary>/);
  assert.match(item('shusha-pledge'), /<summary>Details<\/summary>[^]*<blockquote>/);
  assert.match(html, /<ul class="key"><li class="c0">diplomacy<\/li><li class="c\d">[^<]+<\/li>[^\n]*<\/ul>\n<p class="source-line">Sources: Reuters; [^<]+<\/p>\n<\/section>/);
  assert.match(renderStaticHtml(story, 'fr'), /<strong class="key-event">Événement clé<\/strong>/);
});

test('--page writes a whole page with the element’s look, its title and description in the head', async () => {
  const { code, stdout } = await runCli(['render', join(root, 'data/events.json'), '--page']);
  assert.equal(code, 0);
  assert.match(stdout, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  assert.match(stdout, new RegExp(`<title>${story.title!.replace(/'/g, '&#39;')}</title>`));
  assert.match(stdout, /<style>[^<]*\.conflict-timeline-fallback \.c0 \{ --mark: #0072b2; \}[^<]*<\/style>\n<\/head>\n<body>\n<section class="conflict-timeline-fallback"/);
  assert.match(stdout, /<\/section>\n<\/body>\n<\/html>\n$/);
});

test('data is text: markup is escaped and only web links become links', () => {
  const { timeline } = checkTimelineText(
    JSON.stringify({
      title: '<b>Title</b>',
      sources: {
        safe: { publisher: 'Wire', title: 'Safe "report"', url: 'https://example.org/a?b=1&c="2"' },
        unsafe: { publisher: 'Bad', title: 'Unsafe', url: 'javascript:alert(1)' },
      },
      events: [
        { id: 'a', date: '2024-07-20', title: '<img src=x onerror=alert(1)>', citations: [{ source: 'safe', quote: "it's </li> here" }, { source: 'unsafe', quote: 'q' }] },
      ],
    }),
  );
  const html = renderStaticHtml(timeline);
  assert.match(html, /<h2>&lt;b&gt;Title&lt;\/b&gt;<\/h2>/);
  assert.match(html, /<h3>&lt;img src=x onerror=alert\(1\)&gt;<\/h3>/);
  assert.match(html, /<blockquote>it&#39;s &lt;\/li&gt; here<\/blockquote>/);
  assert.match(html, /<a href="https:\/\/example\.org\/a\?b=1&amp;c=&quot;2&quot;">Safe &quot;report&quot;<\/a>/);
  assert.doesNotMatch(html, /javascript:/);
  assert.equal(html.match(/<a /g)?.length, 1);
});

test('the command writes the good events and reports the bad ones, exiting 1', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-render-'));
  const file = join(dir, 'events.json');
  const source = { publisher: 'Wire', title: 'Report' };
  const cite = [{ source: 'wire', quote: 'words' }];
  await writeFile(file, JSON.stringify({ title: 'T', sources: { wire: source }, events: [{ id: 'good', date: '2024-07', title: 'Good', citations: cite }, { id: 'bad', date: '2024-13', title: 'Bad', citations: cite }] }, null, 2));
  const { code, stdout, stderr } = await runCli(['render', file, '--locale', 'fr']);
  assert.equal(code, 1);
  assert.match(stdout, /<li id="good">\n {4}<time datetime="2024-07">juillet 2024<\/time>/);
  assert.doesNotMatch(stdout, /id="bad"/);
  assert.match(stderr, /events\.json:\d+:\d+: error: "2024-13" is not a date: .* \[events\[1\]\.date\]/);
});

test('the demo carries the story’s script-free version, as render writes it today', async () => {
  // @ts-ignore: a plain script of the build, without types.
  const { withFallback } = await import('../../scripts/demo-fallback.mjs');
  const page = await readFile(join(root, 'demo/index.html'), 'utf8');
  assert.equal(page, withFallback(page, renderStaticHtml(story)), 'demo/index.html is out of date: run npm run docs');
});
