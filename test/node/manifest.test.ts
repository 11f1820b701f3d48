// The manifest documents the element as it is, and the README's API table is the manifest's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { withApiTable } from '../../scripts/api-table.mjs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const element = manifest.modules.flatMap((module: { declarations?: unknown[] }) => module.declarations ?? []).find((d: { tagName?: string }) => d.tagName);

test('the manifest names the element, its attributes, methods, events, parts and CSS properties', () => {
  assert.equal(element.tagName, 'conflict-timeline');
  assert.deepEqual(element.attributes.map((a: { name: string }) => a.name).sort(), ['end', 'filter', 'link-hash', 'locale', 'selected', 'src', 'start', 'timeout']);
  const methods = element.members.filter((m: { kind: string }) => m.kind === 'method').map((m: { name: string }) => m.name);
  assert.deepEqual(methods.sort(), ['fit', 'select', 'zoomTo']);
  assert.deepEqual(element.events.map((e: { name: string }) => e.name).sort(), ['timeline-error', 'timeline-load', 'timeline-select']);
  assert.ok(element.cssParts.some((p: { name: string }) => p.name === 'mark'));
  assert.ok(element.cssProperties.some((p: { name: string }) => p.name === '--ct-color-focus'));
  for (const item of [...element.attributes, ...element.events, ...element.cssParts, ...element.cssProperties]) {
    assert.ok(item.description, `${item.name} is documented`);
  }
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('every part a template names is documented, so that a page can style it by name', () => {
  const templates = readdirSync(new URL('../../src/element/templates/', import.meta.url)).map((name) => read(`src/element/templates/${name}`));
  const named = new Set(templates.flatMap((text) => [...text.matchAll(/\bpart="([\w-]+)"/g)].map(([, name]) => name!)));
  const documented = new Set(element.cssParts.map((part: { name: string }) => part.name));
  assert.deepEqual([...named].filter((name) => !documented.has(name)), []);
});

test('the manifest is as published: the module bundlers import, every export, typed events, CSS defaults', async () => {
  assert.deepEqual(manifest.modules.map((module: { path: string }) => module.path), ['dist/index.js']);
  const exported = manifest.modules[0].exports.map((entry: { name: string }) => entry.name);
  const index = await import('../../src/model/index.js');
  for (const name of [...Object.keys(index), 'ConflictTimeline', 'registerLocale', 'conflict-timeline']) assert.ok(exported.includes(name), `${name} is listed`);
  assert.deepEqual(Object.fromEntries(element.events.map((e: { name: string; type: { text: string } }) => [e.name, e.type?.text])), {
    'timeline-load': 'CustomEvent<TimelineLoadDetail>',
    'timeline-select': 'CustomEvent<TimelineSelectDetail>',
    'timeline-error': 'CustomEvent<TimelineErrorDetail>',
  });
  const theme = read('src/element/styles/theme.styles.ts');
  for (const property of element.cssProperties) {
    assert.ok(property.default, `${property.name} has a default`);
    assert.ok(theme.includes(`${property.name}: ${property.default};`), `${property.name}'s default is the theme's`);
  }
});

test('the README API table is the one the manifest gives (npm run docs writes it)', () => {
  const readme = read('README.md');
  assert.equal(readme, withApiTable(readme, manifest), 'README.md is out of date: run npm run docs');
});
