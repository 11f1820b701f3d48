import { expect } from '@esm-bundle/chai';
import { locatePointers, parseJson, positionFinder } from '../../src/model/json-text.js';

function syntaxIssue(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a syntax issue');
  return { ...result.issue, position: positionFinder(text)(result.issue.offset) };
}

describe('JSON text', () => {
  it('parses JSON as JSON.parse does', () => {
    expect(parseJson('{"a": [1, "two", null]}')).to.deep.equal({ ok: true, value: { a: [1, 'two', null] } });
  });

  it('explains the mistakes people make by hand, where they are', () => {
    expect(syntaxIssue('{\n  "a": 1,\n}')).to.include({ message: 'a comma before "}" has nothing after it', fix: 'remove the last comma' }).and.to.deep.include({ position: { line: 3, column: 1 } });
    expect(syntaxIssue('[1, 2,]').message).to.equal('a comma before "]" has nothing after it');
    expect(syntaxIssue("{'a': 1}").message).to.equal('unexpected "\'" where a field name should be');
    expect(syntaxIssue('{"a": \'b\'}').message).to.equal('text must be in double quotes');
    expect(syntaxIssue('{"a": 1 "b": 2}')).to.deep.include({ message: 'unexpected "\\"" after a value', position: { line: 1, column: 9 } });
    expect(syntaxIssue('[1 2]').message).to.equal('unexpected "2" after a list item');
    expect(syntaxIssue('{"a": "b}').message).to.equal('text is never closed');
    expect(syntaxIssue('{"a": "line\nbreak"}').message).to.equal('text runs past the end of the line');
    expect(syntaxIssue('{"a": 1} // note').message).to.equal('JSON has no comments');
    expect(syntaxIssue('{"a": 1}}').message).to.equal('unexpected "}" after the end of the data');
    expect(syntaxIssue('{"a": ').message).to.equal('the file ends where a value should be');
    expect(syntaxIssue('{"a": "\\q"}').message).to.equal('a backslash starts an escape that JSON does not know');
    expect(syntaxIssue('').message).to.equal('the file ends where a value should be');
  });

  it('finds the value and the key of each wanted pointer', () => {
    const text = '{\n  "events": [\n    {"id": "a"},\n    {"id": "b", "a/b": {"~x": 1}}\n  ]\n}';
    const found = locatePointers(text, ['/events/1/id', '/events/1/a~1b/~0x', '/events/0', '']);
    const at = positionFinder(text);
    expect(at(found.get('/events/1/id')!.value)).to.deep.equal({ line: 4, column: 12 });
    expect(at(found.get('/events/1/id')!.key!)).to.deep.equal({ line: 4, column: 6 });
    expect(at(found.get('/events/1/a~1b/~0x')!.value)).to.deep.equal({ line: 4, column: 31 });
    expect(at(found.get('/events/0')!.value)).to.deep.equal({ line: 3, column: 5 });
    expect(found.get('')!.value).to.equal(0);
  });

  it('counts lines and columns from 1', () => {
    const at = positionFinder('ab\ncd\n\nef');
    expect(at(0)).to.deep.equal({ line: 1, column: 1 });
    expect(at(4)).to.deep.equal({ line: 2, column: 2 });
    expect(at(7)).to.deep.equal({ line: 4, column: 1 });
  });
});
