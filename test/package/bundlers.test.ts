// The package as bundlers see it: a project that imports it, bundled by esbuild and by rollup
// with node-resolve, draws the story in Chromium, for no more bytes than the standalone file.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { installedProject, marksDrawn, root, storyPage } from './project.js';

let project: string;
before(async () => {
  project = await installedProject();
  // The README's recipe: the bare import that defines the element.
  await writeFile(join(project, 'main.js'), "import 'conflict-timeline';\n");
});

const gzipKb = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length / 1024;

/** A bundler's user pays what a reader of the standalone file pays, give or take its minifier. */
async function assertNoHeavierThanStandalone(file: string): Promise<void> {
  const standalone = await gzipKb(join(project, 'node_modules/conflict-timeline/dist/conflict-timeline.min.js'));
  const bundled = await gzipKb(file);
  assert.ok(bundled <= standalone * 1.03, `${file}: ${bundled.toFixed(1)} KB gzip, the standalone file ${standalone.toFixed(1)} KB`);
}

test('esbuild keeps the import that defines the element, and the page draws the story', async () => {
  execFileSync(join(root, 'node_modules/.bin/esbuild'), ['main.js', '--bundle', '--minify', '--format=esm', '--outfile=esbuild.js', '--log-level=warning'], { cwd: project });
  assert.ok((await gzipKb(join(project, 'esbuild.js'))) > 20, 'the element is in the bundle');
  await assertNoHeavierThanStandalone(join(project, 'esbuild.js'));
  assert.ok((await marksDrawn(project, await storyPage(project, 'esbuild.html', 'esbuild.js'))) > 5);
});

test('rollup with node-resolve keeps it too, and the page draws the story', async () => {
  const bundle = await rollup({ input: join(project, 'main.js'), plugins: [nodeResolve({ browser: true }), terser({ module: true })], logLevel: 'silent' });
  await bundle.write({ file: join(project, 'rollup.js'), format: 'es' });
  assert.ok((await gzipKb(join(project, 'rollup.js'))) > 20, 'the element is in the bundle');
  await assertNoHeavierThanStandalone(join(project, 'rollup.js'));
  assert.ok((await marksDrawn(project, await storyPage(project, 'rollup.html', 'rollup.js'))) > 5);
});
