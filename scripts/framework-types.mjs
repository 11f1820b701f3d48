// Framework typings written from custom-elements.json, so that they cannot drift from the
// element: dist/frameworks/{react,vue,svelte}.d.ts (with an empty module beside each, for the
// exports map). The kept generators (custom-element-*-integration) wrap an event's type in a
// second CustomEvent and do not import its detail type, so these are written here.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);

/** `timeline-select` → `TimelineSelect`, as Vue names the listener prop `onTimelineSelect`. */
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());

/** The element's props: its attributes and properties, typed as the class has them. */
function propLines(element) {
  const attributes = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName, attribute.name]));
  const lines = [];
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.readonly) continue;
    const type = `ConflictTimeline[${JSON.stringify(member.name)}]`;
    lines.push(`  /** ${member.description} */`, `  ${JSON.stringify(member.name)}?: ${type};`);
    const attribute = attributes.get(member.name);
    if (attribute && attribute !== member.name) lines.push(`  ${JSON.stringify(attribute)}?: ${type};`);
  }
  return lines;
}

/** One listener prop per event, named by `name(event)`, with the event's own type. */
const eventLines = (element, name) => (element.events ?? []).flatMap((event) => [`  /** ${event.description} */`, `  ${JSON.stringify(name(event.name))}?: (event: ${event.type.text}) => void;`]);

function header(element) {
  const details = [...new Set((element.events ?? []).map((event) => /<(\w+)>/.exec(event.type.text)?.[1]).filter(Boolean))];
  return [`// Written by scripts/framework-types.mjs from custom-elements.json: do not edit.`, `import type { ConflictTimeline, ${details.join(', ')} } from '../index.js';`, ''];
}

const TYPINGS = {
  // React 19 sets properties and listens to `on` + the event's own name on custom elements.
  react: (element) => [
    ...header(element),
    "import type { HTMLAttributes, RefAttributes } from 'react';",
    '',
    'export interface ConflictTimelineJsxProps extends HTMLAttributes<ConflictTimeline>, RefAttributes<ConflictTimeline> {',
    ...propLines(element),
    ...eventLines(element, (name) => `on${name}`),
    '}',
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    "      'conflict-timeline': ConflictTimelineJsxProps;",
    '    }',
    '  }',
    '}',
  ],
  vue: (element) => [
    ...header(element),
    "import type { DefineComponent } from 'vue';",
    '',
    'export interface ConflictTimelineVueProps {',
    ...propLines(element),
    ...eventLines(element, (name) => `on${pascal(name)}`),
    '}',
    '',
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    "    'conflict-timeline': DefineComponent<ConflictTimelineVueProps>;",
    '  }',
    '}',
  ],
  // Svelte 5 listens with `ontimeline-select`, Svelte 4 with `on:timeline-select`.
  svelte: (element) => [
    ...header(element),
    "import type { HTMLAttributes } from 'svelte/elements';",
    '',
    'export interface ConflictTimelineSvelteProps extends HTMLAttributes<ConflictTimeline> {',
    ...propLines(element),
    ...eventLines(element, (name) => `on${name}`),
    ...eventLines(element, (name) => `on:${name}`),
    '}',
    '',
    "declare module 'svelte/elements' {",
    '  interface SvelteHTMLElements {',
    "    'conflict-timeline': ConflictTimelineSvelteProps;",
    '  }',
    '}',
  ],
};

const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'conflict-timeline');
const folder = new URL('dist/frameworks/', root);
await mkdir(folder, { recursive: true });
for (const [framework, typing] of Object.entries(TYPINGS)) {
  await writeFile(new URL(`${framework}.d.ts`, folder), `${typing(element).join('\n')}\n`);
  await writeFile(new URL(`${framework}.js`, folder), '// Types only: see the .d.ts beside it.\nexport {};\n');
}
