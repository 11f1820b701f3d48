/**
 * A small validator for the part of JSON Schema 2020-12 that the data file's schema uses,
 * reporting errors as ajv does (`instancePath`, `schemaPath`, `keyword`, `params`). The rules
 * come from data/events.schema.json, stripped of its descriptions at build time, and are
 * turned into closures once (no generated code, so no page policy refuses it); a Node test
 * holds it to ajv's verdicts on the same inputs. It is here rather than ajv's standalone code
 * because that code, for this schema, weighs 3.3 KB gzip in every reader's download and this
 * about 1 KB.
 */
import { pointerSegment } from './json-text.js';

export interface SchemaRule {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'boolean';
  properties?: Record<string, SchemaRule>;
  required?: string[];
  additionalProperties?: boolean | SchemaRule;
  propertyNames?: SchemaRule;
  dependentRequired?: Record<string, string[]>;
  items?: SchemaRule;
  minItems?: number;
  pattern?: string;
  anyOf?: SchemaRule[];
  not?: SchemaRule;
  $defs?: Record<string, SchemaRule>;
}

export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Where each rule stands in the schema, as ajv reports it: a definition reached by `$ref` is a
 * root of its own ('#'). Worked out once per rule set, not once per checked value.
 */
const rulePaths = new WeakMap<SchemaRule, string>();
/** Each `$ref` resolved and each pattern compiled, in the same pass. */
const references = new WeakMap<SchemaRule, SchemaRule>();
const patterns = new WeakMap<SchemaRule, RegExp>();

function prepare(rule: SchemaRule, at: string, root: SchemaRule): void {
  rulePaths.set(rule, at);
  if (rule.$ref !== undefined) references.set(rule, root.$defs![rule.$ref.slice('#/$defs/'.length)]!);
  if (rule.pattern !== undefined) patterns.set(rule, new RegExp(rule.pattern, 'u'));
  for (const definition of Object.values(rule.$defs ?? {})) prepare(definition, '#', root);
  for (const [key, child] of Object.entries(rule.properties ?? {})) prepare(child, `${at}/properties/${pointerSegment(key)}`, root);
  rule.anyOf?.forEach((branch, index) => prepare(branch, `${at}/anyOf/${index}`, root));
  if (rule.not) prepare(rule.not, `${at}/not`, root);
  if (rule.items) prepare(rule.items, `${at}/items`, root);
  if (rule.propertyNames) prepare(rule.propertyNames, `${at}/propertyNames`, root);
  if (isObject(rule.additionalProperties)) prepare(rule.additionalProperties, `${at}/additionalProperties`, root);
}

/**
 * Where the checker stands in the value: the keys and indices from the root, pushed and popped
 * as it walks, and written out as a JSON pointer only for an error.
 */
type Trail = (string | number)[];
type Check = (value: unknown, trail: Trail, errors: SchemaError[]) => void;

const pointerOf = (trail: Trail) => trail.map((segment) => `/${typeof segment === 'number' ? segment : pointerSegment(segment)}`).join('');

/**
 * Above zero while errors only count, because they would be thrown away: under a `not`, and in
 * the branches of an `anyOf` until one passes. Every event meets a `not`, so this spares an
 * error, with its pointer and schema path, per event.
 */
let probing = 0;
/** Every error found, told or only counted: a step sees whether a branch failed by its rise. */
let failures = 0;

function fail(errors: SchemaError[], trail: Trail, rule: SchemaRule, keyword: string, params?: Record<string, unknown>): void {
  failures++;
  if (probing === 0) errors.push({ instancePath: pointerOf(trail), schemaPath: `${rulePaths.get(rule)}/${keyword}`, keyword, params: params ?? {} });
}

const checks = new WeakMap<SchemaRule, Check>();

/** A rule's check, made once. A rule that refers back to itself meets a stand-in while it is being made. */
function checkOf(rule: SchemaRule): Check {
  const known = checks.get(rule);
  if (known) return known;
  let made: Check | undefined;
  checks.set(rule, (value, trail, errors) => made!(value, trail, errors));
  made = compile(rule);
  checks.set(rule, made);
  return made;
}

/**
 * Turns a rule into a function that checks a value against it, adding each error found to a
 * list: only the rule's own keywords are looked at, once, here, rather than every keyword at
 * every node of a file that may hold 100,000 events. Nothing is allocated on the way to no error.
 */
function compile(rule: SchemaRule): Check {
  const steps: Check[] = [];
  // A referenced definition reports paths from its own root, as ajv does with inlineRefs off.
  if (rule.$ref !== undefined) steps.push(checkOf(references.get(rule)!));
  // Texts, lists and objects are checked with the keywords of their kind, in one step each.
  const { type } = rule;
  if (type === 'boolean') steps.push((value, trail, errors) => typeof value === 'boolean' || fail(errors, trail, rule, 'type', { type }));
  if (rule.anyOf !== undefined) {
    const branches = rule.anyOf.map(checkOf);
    steps.push((value, trail, errors) => {
      probing++;
      let passes = false;
      for (let index = 0; index < branches.length && !passes; index++) {
        const before = failures;
        branches[index]!(value, trail, errors);
        passes = failures === before;
      }
      probing--;
      if (passes) return;
      // No branch passes: each is checked again for its errors, which ajv reports too.
      for (const branch of branches) branch(value, trail, errors);
      fail(errors, trail, rule, 'anyOf');
    });
  }
  if (rule.not !== undefined) {
    const negated = checkOf(rule.not);
    steps.push((value, trail, errors) => {
      const before = failures;
      probing++;
      negated(value, trail, errors);
      probing--;
      if (failures === before) fail(errors, trail, rule, 'not');
    });
  }
  for (const kindStep of [compileString(rule), compileArray(rule), compileObject(rule)]) if (kindStep) steps.push(kindStep);
  if (steps.length === 1) return steps[0]!;
  return (value, trail, errors) => {
    for (let index = 0; index < steps.length; index++) steps[index]!(value, trail, errors);
  };
}

/**
 * The keywords of texts, with the type when the rule asks for text. As in JSON Schema, a value
 * of another type is not held to them. Every text, id and date in a file meets this step.
 */
function compileString(rule: SchemaRule): Check | undefined {
  const typed = rule.type === 'string';
  const pattern = patterns.get(rule);
  if (!typed && !pattern) return undefined;
  return (value, trail, errors) => {
    if (typeof value !== 'string') return void (typed && fail(errors, trail, rule, 'type', { type: 'string' }));
    if (pattern && !pattern.test(value)) fail(errors, trail, rule, 'pattern', { pattern: rule.pattern });
  };
}

/** The keywords of lists (how few items, and the rule of each), with the type when asked for. */
function compileArray(rule: SchemaRule): Check | undefined {
  const typed = rule.type === 'array';
  const { minItems } = rule;
  const item = rule.items && checkOf(rule.items);
  if (!typed && minItems === undefined && !item) return undefined;
  return (value, trail, errors) => {
    if (!Array.isArray(value)) return void (typed && fail(errors, trail, rule, 'type', { type: 'array' }));
    if (minItems !== undefined && value.length < minItems) fail(errors, trail, rule, 'minItems', { limit: minItems });
    if (!item) return;
    for (let index = 0; index < value.length; index++) {
      trail.push(index);
      item(value[index], trail, errors);
      trail.pop();
    }
  };
}

/**
 * The keywords of objects, with the type when asked for: required and dependent fields, known
 * and other properties, property names.
 */
function compileObject(rule: SchemaRule): Check | undefined {
  const typed = rule.type === 'object';
  const { required, dependentRequired, propertyNames, additionalProperties } = rule;
  const known = new Map(Object.entries(rule.properties ?? {}).map(([key, child]) => [key, checkOf(child)]));
  const other = isObject(additionalProperties) ? checkOf(additionalProperties) : undefined;
  const names = propertyNames && checkOf(propertyNames);
  if (!typed && !required && !dependentRequired && !names && known.size === 0 && additionalProperties === undefined) return undefined;
  // Made once: under a `not`, every event misses a required field.
  const missing = required?.map((name) => ({ missingProperty: name }));
  // Rules such as `{ "required": ["date"] }` look at no key; every event meets three of them.
  const readsKeys = names !== undefined || known.size > 0 || additionalProperties !== undefined;
  return (value, trail, errors) => {
    if (!isObject(value)) return void (typed && fail(errors, trail, rule, 'type', { type: 'object' }));
    // Own properties only: a key such as "valueOf" must not find Object.prototype's.
    if (required) {
      for (let index = 0; index < required.length; index++) if (!Object.hasOwn(value, required[index]!)) fail(errors, trail, rule, 'required', missing![index]);
    }
    if (dependentRequired) {
      for (const name in dependentRequired) {
        if (!Object.hasOwn(value, name)) continue;
        const partners = dependentRequired[name]!;
        for (const partner of partners) {
          if (!Object.hasOwn(value, partner)) fail(errors, trail, rule, 'dependentRequired', { property: name, missingProperty: partner, depsCount: partners.length, deps: partners.join(', ') });
        }
      }
    }
    if (!readsKeys) return;
    // Own keys only, as with `required`: their list is quicker to walk than `for…in` with
    // `Object.hasOwn` (validating 100,000 events took 4 to 8% less time in Node).
    const keys = Object.keys(value);
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      if (names) {
        const before = failures;
        names(key, trail, errors);
        if (failures > before) fail(errors, trail, rule, 'propertyNames', { propertyName: key });
      }
      const child = known.get(key) ?? other;
      if (child) {
        trail.push(key);
        child(value[key], trail, errors);
        trail.pop();
      } else if (additionalProperties === false) fail(errors, trail, rule, 'additionalProperties', { additionalProperty: key });
    }
  };
}

/** Every way a value breaks the rules, in ajv's form; none for a valid value. */
export function schemaErrors(rules: SchemaRule, value: unknown): SchemaError[] {
  if (!rulePaths.has(rules)) prepare(rules, '#', rules);
  const errors: SchemaError[] = [];
  // From nought each time: a check cut short by a throwing getter on a page's object must not
  // leave the next file's errors counted instead of told.
  probing = 0;
  checkOf(rules)(value, [], errors);
  return errors;
}
