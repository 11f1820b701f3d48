/**
 * The JSON Schema's verdicts, put in words a journalist can act on. The compiled validator
 * reports where and which rule; this file says what is wrong and how to fix it.
 */
import { RULES } from './generated/schema-rules.js';
import { schemaErrors, type SchemaError } from './schema-rules.js';
import { DATE_FORMAT_HINT } from './partial-date.js';
import { pointerKeys, quoteValue } from './problem.js';
import { closestName, idFrom } from './suggest.js';
import { pointerSegment } from './json-text.js';

/** A problem before it is placed in the file: what, where, and whether its item survives. */
export interface Finding {
  pointer: string;
  at: 'value' | 'key';
  message: string;
  fix: string;
  /** A missing field's name: the pointer is then the object that lacks it. */
  missing?: string;
  /** An unknown field is ignored and a bad link dropped; anything else leaves its item out. */
  effect: 'leave-out' | 'ignore';
}

// What the messages need that errors do not carry: the field names of each definition (to
// suggest the name a typo was meant to be) and which definition owns each pattern (to say
// "is not a date" rather than "does not match a pattern").
const FIELD_NAMES: Record<string, string[]> = { file: Object.keys(RULES.properties ?? {}) };
const PATTERN_DEFINITIONS: Record<string, string> = {};
for (const [name, definition] of Object.entries(RULES.$defs ?? {})) {
  if (definition.properties) FIELD_NAMES[name] = Object.keys(definition.properties);
  if (definition.pattern) PATTERN_DEFINITIONS[definition.pattern] = name;
}

const MISSING_FIELD_FIXES: Record<string, string> = {
  title: 'add a short headline',
  id: 'add a unique id such as "baku-conference"',
  citations: 'add at least one {"source": "…", "quote": "…"} with the words of a source',
  source: 'add the id of a source declared under "sources"',
  quote: 'copy the words of the source that say this, exactly',
  sources: 'declare every source the events cite, each under an id',
  events: 'add the list of events: "events": [ … ]',
  start: 'add "start", the date the period began',
  end: 'add "end", the date the period ended (inclusive)',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text in double quotes',
  array: 'a list in [ ]',
  object: 'an object in { }',
  boolean: 'true or false',
};

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Which definition of the schema describes the object at these keys. */
function definitionAt(keys: string[]): string | undefined {
  if (keys.length === 0) return 'file';
  if (keys.length === 2 && keys[0] === 'sources') return 'source';
  if (keys.length === 2 && keys[0] === 'events') return 'event';
  if (keys.length === 2 && keys[0] === 'eras') return 'era';
  if (keys.length === 4 && keys[2] === 'citations') return 'citation';
  return undefined;
}

function valueAt(root: unknown, keys: string[]): unknown {
  let node = root;
  for (const key of keys) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

function idFix(value: unknown): string {
  const suggestion = typeof value === 'string' && idFrom(value) ? `, such as "${idFrom(value)}"` : '';
  return `use lowercase letters, digits and hyphens${suggestion}`;
}

function patternFinding(error: SchemaError, value: unknown): Omit<Finding, 'pointer' | 'at'> | undefined {
  const definition = PATTERN_DEFINITIONS[String(error.params.pattern)];
  const quoted = quoteValue(value);
  switch (definition) {
    case 'partialDate':
      return { message: `${quoted} is not a date`, fix: DATE_FORMAT_HINT, effect: 'leave-out' };
    case 'webLink':
      return { message: `${quoted} is not a web link`, fix: 'use an address that starts with https://', effect: 'ignore' };
    case 'text':
      return { message: 'is empty', fix: 'write the text, or remove the field', effect: 'leave-out' };
    case 'id':
      return { message: `${quoted} is not a usable id`, fix: idFix(value), effect: 'leave-out' };
    default:
      return undefined;
  }
}

function findingOf(error: SchemaError, root: unknown): Finding | undefined {
  const keys = pointerKeys(error.instancePath);
  const value = valueAt(root, keys);
  const pointer = error.instancePath;
  const leaveOut = (message: string, fix: string): Finding => ({ pointer, at: 'value', message, fix, effect: 'leave-out' });
  switch (error.keyword) {
    case 'required': {
      const field = String(error.params.missingProperty);
      return { ...leaveOut(`missing "${field}"`, MISSING_FIELD_FIXES[field] ?? `add "${field}"`), missing: field };
    }
    case 'type': {
      const expected = String(error.params.type);
      const fix = pointer === '' ? 'a data file is one object: { "title": "…", "sources": { … }, "events": [ … ] }' : `write it as ${TYPE_WORDS[expected] ?? expected}`;
      return leaveOut(`is ${typeName(value)}, not ${TYPE_WORDS[expected] ?? expected}`, fix);
    }
    case 'additionalProperties': {
      const field = String(error.params.additionalProperty);
      const known = FIELD_NAMES[definitionAt(keys) ?? ''] ?? [];
      const meant = closestName(field, known);
      return {
        pointer: `${pointer}/${pointerSegment(field)}`,
        at: 'key',
        message: `unknown field "${field}"`,
        fix: meant ? `did you mean "${meant}"?` : `remove it, or use one of: ${known.join(', ')}`,
        effect: 'ignore',
      };
    }
    case 'propertyNames': {
      const key = String(error.params.propertyName);
      return { pointer: `${pointer}/${pointerSegment(key)}`, at: 'key', message: `${quoteValue(key)} is not a usable id`, fix: idFix(key), effect: 'leave-out' };
    }
    case 'pattern': {
      const found = patternFinding(error, value);
      return found && { pointer, at: 'value', ...found };
    }
    case 'minItems':
      return leaveOut('has no citation', 'add {"source": "…", "quote": "…"} with the words of a source that says this');
    case 'anyOf':
      return definitionAt(keys) === 'source'
        ? leaveOut('has no publisher', 'add "publisher", or a "note" saying that it is unknown')
        : leaveOut('has no date', 'add "date", or "start" and "end"');
    case 'dependentRequired':
      return leaveOut(
        `has "${String(error.params.property)}" but no "${String(error.params.missingProperty)}"`,
        'a period needs both "start" and "end"; a single date needs only "date"',
      );
    case 'not':
      return leaveOut('has both "date" and "start"', 'keep "date" for a single date, or "start" and "end" for a period');
    default:
      return leaveOut(`does not fit the data file's format (${error.keyword})`, 'see data/events.schema.json');
  }
}

/**
 * Checks a value against the data file's JSON Schema and says what is wrong, one finding per
 * mistake: alternatives that did not match are said once ("has no date"), not once per branch.
 */
export function schemaFindings(root: unknown): Finding[] {
  const errors = schemaErrors(RULES, root);
  const withMissingPartner = new Set(errors.filter((e) => e.keyword === 'dependentRequired').map((e) => e.instancePath));
  const renamedKeys = new Set(errors.filter((e) => e.keyword === 'propertyNames').map((e) => e.instancePath));
  // A value of the wrong type (a list where an event should be) is said once: the rules for
  // the fields it should have hold vacuously or fail by the same mistake.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const typeSaid = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors) {
    if (error.schemaPath.startsWith('#/anyOf/')) continue;
    if (wrongType.has(error.instancePath) && (error.keyword !== 'type' || typeSaid.has(error.instancePath))) continue;
    if (error.keyword === 'type') typeSaid.add(error.instancePath);
    if (error.keyword === 'anyOf' && withMissingPartner.has(error.instancePath)) continue;
    // A bad key is reported by its propertyNames error, which names the key.
    if (error.keyword === 'pattern' && renamedKeys.has(error.instancePath)) continue;
    const finding = findingOf(error, root);
    if (finding) findings.push(finding);
  }
  return findings;
}
