// The framework typings, as their users meet them: a React 19 TSX file, Vue, Svelte and Angular
// consumers, type-checked strict against the real framework types installed beside the package.
// Each also holds a mistake (a number for src, a detail field that is not there), which must fail.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedProject, root } from './project.js';

let project: string;
before(async () => {
  project = await installedProject();
  if (!existsSync(join(project, 'node_modules/@angular/core'))) {
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '@types/react@19', 'vue@3', 'svelte@5', '@angular/core@20', 'rxjs@7'], { cwd: project, stdio: 'ignore' });
  }
});

/** Type-checks one file of the project, strict, the libraries' own declarations checked too. */
function typeCheck(file: string, source: string, options: Record<string, unknown> = {}): string {
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM', 'DOM.Iterable'], skipLibCheck: false, types: [], ...options };
  writeFileSync(join(project, file), source);
  writeFileSync(join(project, `tsconfig.${file}.json`), JSON.stringify({ compilerOptions, files: [file] }));
  const { stdout, stderr } = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${file}.json`], { cwd: project, encoding: 'utf8' });
  return stdout + stderr;
}

/** The errors tsc reports, by line: the consumer's mistakes must be the only ones. */
const errorLines = (output: string, file: string) => [...output.matchAll(new RegExp(`${file.replace('.', '\\.')}\\((\\d+),`, 'g'))].map((match) => Number(match[1]));

test('React 19: <conflict-timeline> takes its attributes, properties and typed event listeners', () => {
  const source = `import 'conflict-timeline';
import type {} from 'conflict-timeline/react';
import { useRef } from 'react';
export function Story({ file }: { file: object }) {
  const ref = useRef<HTMLElementTagNameMap['conflict-timeline']>(null);
  return <conflict-timeline ref={ref} src="/events.json" locale="fr" data={file} link-hash ontimeline-select={(event) => console.log(event.detail.event.title)} ontimeline-error={(event) => console.log(event.detail.kind)} />;
}
export const wrong = <conflict-timeline src={5} ontimeline-select={(event) => event.detail.nothing} />;
`;
  const output = typeCheck('story.tsx', source, { jsx: 'react-jsx' });
  assert.deepEqual([...new Set(errorLines(output, 'story.tsx'))], [8], output);
});

test('Vue: GlobalComponents knows the tag, its props and its listeners', () => {
  const source = `import 'conflict-timeline';
import type {} from 'conflict-timeline/vue';
import type { GlobalComponents } from 'vue';
type Props = InstanceType<GlobalComponents['conflict-timeline']>['$props'];
export const props: Props = { src: '/events.json', locale: 'fr', onTimelineSelect: (event) => console.log(event.detail.event.title) };
export const wrong: Props = { src: 5 };
`;
  const output = typeCheck('story-vue.ts', source);
  assert.deepEqual([...new Set(errorLines(output, 'story-vue.ts'))], [6], output);
});

test('Svelte: SvelteHTMLElements knows the tag, its props and both ways to listen', () => {
  const source = `import 'conflict-timeline';
import type {} from 'conflict-timeline/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
export const attributes: SvelteHTMLElements['conflict-timeline'] = {
  src: '/events.json',
  'ontimeline-select': (event) => console.log(event.detail.event.title),
  'on:timeline-load': (event) => console.log(event.detail.events),
};
export const wrong: SvelteHTMLElements['conflict-timeline'] = { src: 5 };
`;
  const output = typeCheck('story-svelte.ts', source);
  assert.deepEqual([...new Set(errorLines(output, 'story-svelte.ts'))], [9], output);
});

test('Angular: the recipe’s component type-checks, with the exported detail type', () => {
  const source = `import { Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import 'conflict-timeline';
import type { TimelineSelectDetail } from 'conflict-timeline';
@Component({ selector: 'app-story', schemas: [CUSTOM_ELEMENTS_SCHEMA], template: '<conflict-timeline [data]="file()" (timeline-select)="opened($event)"></conflict-timeline>' })
export class StoryComponent {
  file = input.required<object>();
  opened(event: Event) {
    const { detail } = event as CustomEvent<TimelineSelectDetail>;
    console.log(detail.event.title, detail.nothing);
  }
}
`;
  const output = typeCheck('story-angular.ts', source, { experimentalDecorators: true });
  assert.deepEqual([...new Set(errorLines(output, 'story-angular.ts'))], [9], output);
});
