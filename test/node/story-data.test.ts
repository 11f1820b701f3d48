// The story's data file holds to the honesty rules: every quote is the source's exact words,
// and the events the story needs are there, as precise as the sources allow and no more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkTimelineText, precisionOf, type TimelineEvent } from '../../src/model/index.js';

const root = new URL('../../', import.meta.url);
const { timeline, problems } = checkTimelineText(readFileSync(new URL('data/events.json', root), 'utf8'));
const byId = new Map(timeline.events.map((event) => [event.id, event]));

const articlesDir = new URL('../shared/sources/', root);
const ARTICLE_FILES: Record<string, string> = {
  'article-a': 'article-a-baku-initiative.txt',
  'reuters-shusha': 'article-b-reuters-shusha.txt',
};
const noArticles = !existsSync(articlesDir) && `the articles are not at ${fileURLToPath(articlesDir)}`;

function event(id: string): TimelineEvent {
  const found = byId.get(id);
  assert.ok(found, `the story has no event "${id}"`);
  return found;
}

const citedSources = (id: string) => [...new Set(event(id).citations.map((citation) => citation.source.id))].sort();

test('the story checks clean and tells at least 12 events', () => {
  assert.deepEqual(problems, []);
  assert.ok(timeline.events.length >= 12, `${timeline.events.length} events`);
});

test('every quote is copied exactly from the article it cites', { skip: noArticles }, () => {
  const articles = Object.fromEntries(Object.entries(ARTICLE_FILES).map(([id, file]) => [id, readFileSync(new URL(file, articlesDir), 'utf8')]));
  const quotes = [...timeline.events, ...timeline.eras].flatMap((item) => item.citations.map((citation) => ({ item: item.id, ...citation })));
  for (const { item, source, quote } of quotes) {
    assert.ok(articles[source.id]?.includes(quote), `${item}: "${quote}" is not in ${source.id}`);
  }
});

test('the story holds the events both articles tell', () => {
  assert.equal(event('baku-conference').when.first.year, 2023);
  assert.equal(event('baku-conference').when.first.month, 7);
  for (const territory of ['Martinique', 'French Guiana', 'New Caledonia', 'French Polynesia']) {
    assert.ok(event('baku-conference').citations.some((c) => c.quote.includes(territory)), territory);
  }
  for (const id of ['baku-initiative-group', 'diplomats-expelled', 'new-caledonia-unrest', 'state-of-emergency', 'france-accuses-azerbaijan', 'big-statement', 'baku-congress', 'shusha-pledge', 'paris-olympics', 'karabakh-wars']) {
    event(id);
  }
  assert.ok(event('shusha-pledge').citations.some((c) => c.quote.includes('We will support you until you are free')));
  assert.ok(event('france-accuses-azerbaijan').citations.some((c) => c.quote === 'Azerbaijan has denied the allegations.'));
});

test('no date is more precise than its source, and a worked-out date says how', () => {
  // Sources give these as months ("July 2023", "last December", "in May", "earlier this week").
  for (const id of ['baku-conference', 'diplomats-expelled', 'new-caledonia-unrest', 'state-of-emergency', 'france-accuses-azerbaijan', 'baku-congress']) {
    assert.equal(precisionOf(event(id).when.first), 'month', id);
  }
  // Article A says only "this week" and carries no date.
  assert.equal(precisionOf(event('big-statement').when.first), 'year');
  // Neither article dates the Olympic opening.
  assert.equal(event('paris-olympics').when.approximate, true);
  for (const id of ['diplomats-expelled', 'baku-congress', 'shusha-pledge', 'big-statement', 'paris-olympics', 'karabakh-wars']) {
    assert.ok(event(id).dateNote, `${id} needs a dateNote saying how its date was worked out`);
  }
});

test('a claim one article makes cites only that article', () => {
  // Only article A gives the state of emergency, the group's statement and seven deaths.
  assert.deepEqual(citedSources('state-of-emergency'), ['article-a']);
  assert.deepEqual(citedSources('big-statement'), ['article-a']);
  const sevenDeaths = event('new-caledonia-unrest').citations.filter((c) => c.quote.includes('seven'));
  assert.deepEqual(sevenDeaths.map((c) => c.source.id), ['article-a']);
  // Only Reuters reports the invitation to New Caledonia.
  assert.deepEqual(citedSources('delegation-invited'), ['reuters-shusha']);
});

test('the sources say who published them, or why that is unknown', () => {
  const reuters = timeline.sources.find((source) => source.id === 'reuters-shusha');
  assert.equal(reuters?.publisher, 'Reuters');
  assert.match(reuters?.byline ?? '', /Nailia Bagirova/);
  const articleA = timeline.sources.find((source) => source.id === 'article-a');
  assert.equal(articleA?.publisher, undefined);
  assert.match(articleA?.note ?? '', /unknown/i);
});
