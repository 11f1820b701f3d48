/**
 * A small interpreter for the part of JSON Schema 2020-12 that the data file's schema uses,
 * reporting errors as ajv does (`instancePath`, `schemaPath`, `keyword`, `params`). The rules
 * come from data/events.schema.json, stripped of its descriptions at build time; a Node test
 * holds the interpreter to ajv's verdicts on the same inputs. It is here rather than ajv's
 * standalone code because that code, for this schema, weighs 3.3 KB gzip in every reader's
 * download and this under 1 KB.
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

function hasType(type: NonNullable<SchemaRule['type']>, value: unknown): boolean {
  if (type === 'object') return isObject(value);
  if (type === 'array') return Array.isArray(value);
  return typeof value === type;
}


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

function fail(errors: SchemaError[], instancePath: string, rule: SchemaRule, keyword: string, params: Record<string, unknown> = {}): void {
  errors.push({ instancePath, schemaPath: `${rulePaths.get(rule)}/${keyword}`, keyword, params });
}

/** Checks a value against a rule, adding each error found to `errors`. Runs once per node of a
 * file that may hold 100,000 events, so it allocates only on the way to an error. */
function check(rule: SchemaRule, value: unknown, path: string, errors: SchemaError[]): void {
  // A referenced definition reports paths from its own root, as ajv does with inlineRefs off.
  if (rule.$ref !== undefined) check(references.get(rule)!, value, path, errors);
  // As in JSON Schema, a wrong type stops only the keywords of that type (they check the type).
  if (rule.type !== undefined && !hasType(rule.type, value)) fail(errors, path, rule, 'type', { type: rule.type });
  // Alternatives are checked into the same list, which is cut back when they pass: no list
  // is allocated for a value that breaks nothing.
  if (rule.anyOf !== undefined) {
    const start = errors.length;
    let passes = false;
    for (let index = 0; index < rule.anyOf.length && !passes; index++) {
      const before = errors.length;
      check(rule.anyOf[index]!, value, path, errors);
      passes = errors.length === before;
    }
    if (passes) errors.length = start;
    else errors.push({ instancePath: path, schemaPath: `${rulePaths.get(rule)}/anyOf`, keyword: 'anyOf', params: {} });
  }
  if (rule.not !== undefined) {
    const before = errors.length;
    check(rule.not, value, path, errors);
    const matched = errors.length === before;
    errors.length = before;
    if (matched) fail(errors, path, rule, 'not');
  }
  if (typeof value === 'string') {
    if (rule.pattern !== undefined && !patterns.get(rule)!.test(value)) fail(errors, path, rule, 'pattern', { pattern: rule.pattern });
    return;
  }
  if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems) fail(errors, path, rule, 'minItems', { limit: rule.minItems });
    if (rule.items !== undefined) for (let index = 0; index < value.length; index++) check(rule.items, value[index], `${path}/${index}`, errors);
    return;
  }
  if (!isObject(value)) return;
  // Own properties only: a key such as "valueOf" must not find Object.prototype's.
  if (rule.required !== undefined) for (const name of rule.required) if (!Object.hasOwn(value, name)) fail(errors, path, rule, 'required', { missingProperty: name });
  if (rule.dependentRequired !== undefined) {
    for (const name in rule.dependentRequired) {
      if (!Object.hasOwn(value, name)) continue;
      const partners = rule.dependentRequired[name]!;
      for (const partner of partners) {
        if (!Object.hasOwn(value, partner)) fail(errors, path, rule, 'dependentRequired', { property: name, missingProperty: partner, depsCount: partners.length, deps: partners.join(', ') });
      }
    }
  }
  for (const key of Object.keys(value)) {
    if (rule.propertyNames !== undefined) {
      const before = errors.length;
      check(rule.propertyNames, key, path, errors);
      if (errors.length > before) errors.push({ instancePath: path, schemaPath: `${rulePaths.get(rule)}/propertyNames`, keyword: 'propertyNames', params: { propertyName: key } });
    }
    const known = rule.properties !== undefined && Object.hasOwn(rule.properties, key) ? rule.properties[key] : undefined;
    if (known !== undefined) check(known, value[key], `${path}/${pointerSegment(key)}`, errors);
    else if (rule.additionalProperties === false) fail(errors, path, rule, 'additionalProperties', { additionalProperty: key });
    else if (isObject(rule.additionalProperties)) check(rule.additionalProperties, value[key], `${path}/${pointerSegment(key)}`, errors);
  }
}

/** Every way a value breaks the rules, in ajv's form; none for a valid value. */
export function schemaErrors(rules: SchemaRule, value: unknown): SchemaError[] {
  if (!rulePaths.has(rules)) prepare(rules, '#', rules);
  const errors: SchemaError[] = [];
  check(rules, value, '', errors);
  return errors;
}
