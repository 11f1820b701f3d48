import { expect } from '@esm-bundle/chai';
import { detectDelimiter, formatCsvRecords, parseCsvRecords, parseCsvRows } from '../../src/model/csv-text.js';

describe('delimited text', () => {
  it('reads quoted cells holding delimiters, doubled quotes and line breaks', () => {
    expect(parseCsvRows('id,quote\nshusha,"We will support you, ""until"" you are free\nsaid Aliyev"\n', ',')).to.deep.equal([
      ['id', 'quote'],
      ['shusha', 'We will support you, "until" you are free\nsaid Aliyev'],
    ]);
  });

  it('ends rows at CRLF, LF and CR alike, and makes no row of a final line break', () => {
    expect(parseCsvRows('a;b\r\n1;2\r3;4\n5;6\r\n', ';')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(parseCsvRows('', ',')).to.deep.equal([]);
  });

  it('finds the delimiter a header row uses most, as spreadsheet programs do', () => {
    expect(detectDelimiter('kind,id,date\n')).to.equal(',');
    expect(detectDelimiter('kind;id;title,with comma\n')).to.equal(';');
    expect(detectDelimiter('Year\tMonth\tDay\tHeadline\n')).to.equal('\t');
  });

  it('keys rows by the header, a missing cell empty, a "__proto__" column a column like another', () => {
    const { columns, rows } = parseCsvRecords('__proto__,title\nx,First\ny\n', ',');
    expect(columns).to.deep.equal(['__proto__', 'title']);
    expect(rows.map((row) => [row['__proto__'], row['title']])).to.deep.equal([
      ['x', 'First'],
      ['y', ''],
    ]);
  });

  it('writes what it reads back unchanged', () => {
    const rows = [{ id: 'a', quote: 'He said "no", then left\r\nthe room' }, { id: 'b;c', quote: '' }];
    for (const delimiter of [',', ';', '\t'] as const) {
      const text = formatCsvRecords(rows, ['id', 'quote'], delimiter);
      expect(parseCsvRecords(text, delimiter).rows.map((row) => ({ ...row }))).to.deep.equal(rows);
    }
  });
});
