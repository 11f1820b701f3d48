import { expect } from '@esm-bundle/chai';
import { closestName, editDistance, idFrom } from '../../src/model/suggest.js';

describe('suggesting a name', () => {
  const eventFields = ['id', 'date', 'start', 'end', 'dateNote', 'title', 'summary', 'citations', 'tags'];

  it('measures edits', () => {
    expect(editDistance('tittle', 'title')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
  });

  it('finds the field a typo was meant to be', () => {
    expect(closestName('tittle', eventFields)).to.equal('title');
    expect(closestName('Date', eventFields)).to.equal('date');
    expect(closestName('datenote', eventFields)).to.equal('dateNote');
    expect(closestName('citation', eventFields)).to.equal('citations');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestName('photographer', eventFields)).to.equal(undefined);
    expect(closestName('b', ['a'])).to.equal(undefined);
  });

  it('makes an id from any text, dropping accents', () => {
    expect(idFrom('Rózsa Péter writes recursion')).to.equal('rozsa-peter-writes-recursion');
    expect(idFrom('  Bad Id!! ')).to.equal('bad-id');
    expect(idFrom('***')).to.equal('');
  });
});
