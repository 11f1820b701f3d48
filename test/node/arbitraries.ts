// fast-check generators of data files, valid and broken, shared by the property tests.
import fc from 'fast-check';

export const text = fc.oneof(
  fc.constantFrom('', ' ', 'Baku', 'baku-conference', 'Bad Id', '2024', '2024-07', '2024-13', '2024-02-30', '2024-07-20', 'https://example.org', 'javascript:alert(1)'),
  fc.string(),
);
export const anyValue = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }), fc.dictionary(text, text, { maxKeys: 2 }));
export const eventKeys = ['id', 'date', 'start', 'end', 'approximate', 'displayDate', 'dateNote', 'title', 'summary', 'place', 'actors', 'tags', 'citations', 'tittle', 'Date'];
const citation = fc.oneof(fc.record({ source: fc.oneof(fc.constantFrom('wire', 'other'), text), quote: text }, { requiredKeys: [] }), anyValue);

/** An event that is often nearly right: real field names, sometimes real values. */
export const event = fc.oneof(
  fc.record({ id: fc.string(), date: fc.constantFrom('2024', '2024-07', '2024-07-20', '2024-13'), title: text, citations: fc.array(citation, { maxLength: 2 }) }, { requiredKeys: [] }),
  fc.dictionary(fc.constantFrom(...eventKeys), fc.oneof(anyValue, fc.array(citation, { maxLength: 3 })), { maxKeys: 8 }),
  anyValue,
);
const source = fc.oneof(
  fc.record({ publisher: text, title: text, url: text }, { requiredKeys: [] }),
  fc.dictionary(fc.constantFrom('publisher', 'title', 'byline', 'published', 'url', 'note', 'tittle'), anyValue, { maxKeys: 5 }),
  anyValue,
);

/** A data file, or anything at all in its place. */
export const dataFile = fc.oneof(
  fc.record(
    {
      title: anyValue,
      sources: fc.oneof(fc.record({ wire: source, other: source }, { requiredKeys: [] }), fc.dictionary(text, source, { maxKeys: 3 }), anyValue),
      events: fc.oneof(fc.array(event, { maxLength: 6 }), anyValue),
      eras: fc.oneof(fc.array(event, { maxLength: 2 }), anyValue),
      extra: anyValue,
    },
    { requiredKeys: [] },
  ),
  anyValue,
);
