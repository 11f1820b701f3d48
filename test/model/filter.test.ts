import { expect } from '@esm-bundle/chai';
import { distinctValues, formatFilter, matchesFilter, parseFilter, toggled } from '../../src/model/filter.js';
import type { TimelineEvent } from '../../src/model/types.js';

const event = (tags: string[], actors: string[]) => ({ tags, actors }) as unknown as TimelineEvent;

describe('filters', () => {
  it('reads and writes the filter attribute', () => {
    const filter = parseFilter(' tag:unrest, actor:New Caledonia ,tag:diplomacy, nonsense');
    expect([...filter.tags]).to.deep.equal(['unrest', 'diplomacy']);
    expect([...filter.actors]).to.deep.equal(['New Caledonia']);
    expect(formatFilter(filter)).to.equal('tag:unrest, tag:diplomacy, actor:New Caledonia');
    expect(parseFilter('').tags.size).to.equal(0);
  });

  it('lets through an event with any chosen tag and any chosen actor', () => {
    const filter = parseFilter('tag:unrest, tag:war, actor:France');
    expect(matchesFilter(event(['unrest'], ['France', 'Azerbaijan']), filter)).to.equal(true);
    expect(matchesFilter(event(['diplomacy'], ['France']), filter), 'no chosen tag').to.equal(false);
    expect(matchesFilter(event(['war'], ['Armenia']), filter), 'no chosen actor').to.equal(false);
    expect(matchesFilter(event([], []), parseFilter('')), 'no filter').to.equal(true);
  });

  it('toggles a value and lists distinct values in order', () => {
    expect([...toggled(new Set(['a']), 'b')]).to.deep.equal(['a', 'b']);
    expect([...toggled(new Set(['a', 'b']), 'a')]).to.deep.equal(['b']);
    expect(distinctValues([event(['b', 'a'], []), event(['a', 'c'], [])], 'tags')).to.deep.equal(['b', 'a', 'c']);
  });
});
