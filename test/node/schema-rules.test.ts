// The browser checks data files with a small validator of the schema's rules; ajv, the
// reference implementation of JSON Schema, must agree with it on every input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { RULES } from '../../src/model/generated/schema-rules.js';
import { schemaErrors, type SchemaError } from '../../src/model/schema-rules.js';
import { anyValue, dataFile as file, eventKeys } from './arbitraries.js';

const schema = JSON.parse(readFileSync(new URL('../../data/events.schema.json', import.meta.url), 'utf8'));
const ajvValidate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, inlineRefs: false }).compile(schema);
const story = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'));

const key = ({ instancePath, schemaPath, keyword, params }: SchemaError) => JSON.stringify([instancePath, schemaPath, keyword, params]);
const ajvErrors = (value: unknown) => (ajvValidate(value) ? [] : (ajvValidate.errors ?? []).map((e) => key(e as unknown as SchemaError))).sort();
const ourErrors = (value: unknown) => schemaErrors(RULES, value).map(key).sort();


test('agrees with ajv on the story', () => {
  assert.deepEqual(ourErrors(story), []);
  assert.deepEqual(ajvErrors(story), []);
});

test('agrees with ajv on any file, valid or not', () => {
  fc.assert(
    fc.property(file, (value) => {
      assert.deepEqual(ourErrors(value), ajvErrors(value));
    }),
    { numRuns: 3000 },
  );
});

test('agrees with ajv on the story broken one field at a time', () => {
  fc.assert(
    fc.property(fc.nat(story.events.length - 1), fc.constantFrom(...eventKeys), anyValue, (index, field, value) => {
      const broken = structuredClone(story);
      broken.events[index][field] = value;
      assert.deepEqual(ourErrors(broken), ajvErrors(broken));
    }),
    { numRuns: 2000 },
  );
});

test('a check cut short by a page object that throws leaves the next check whole', () => {
  const trap = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('hostile'); }, ownKeys: () => [] });
  const hostile = { ...structuredClone(story), events: [trap] };
  assert.throws(() => schemaErrors(RULES, hostile));
  const broken = structuredClone(story);
  broken.events[0].date = 'July';
  assert.deepEqual(ourErrors(broken), ajvErrors(broken));
  assert.ok(ourErrors(broken).length > 0);
});
