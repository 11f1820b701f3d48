// Three builds from src/: the module for bundlers (lit and date-fns external, d3 inside with
// its stand-ins, with types), the standalone file for one <script type="module"> tag
// (everything inside), and the CLI; then the module as a bundler builds it, to weigh it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { d3StandIns } from './scripts/d3-stand-ins.mjs';

const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const isDependency = (id) => id.startsWith('node:') || Object.keys(dependencies).some((name) => id === name || id.startsWith(`${name}/`));

const typescriptFor = (options = {}) =>
  typescript({ tsconfig: './tsconfig.json', filterRoot: '.', include: ['src/**/*.ts'], exclude: ['test/**'], outDir: 'dist', sourceMap: false, declaration: false, ...options });

/** The standalone file's budget, gzip -9: every reader of every article pays it. */
const STANDALONE_BUDGET_KB = 45;

/** Prints the gzip size of each file written, and fails the build over the budget. */
const gzipReport = (budgetKb, label) => ({
  name: 'gzip-report',
  writeBundle(options, bundle) {
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const gzipKb = gzipSync(chunk.code, { level: 9 }).length / 1024;
      const name = label ?? fileName;
      console.log(`${name}: ${(chunk.code.length / 1024).toFixed(1)} KB, ${gzipKb.toFixed(1)} KB gzip (budget ${budgetKb} KB)`);
      if (gzipKb > budgetKb) this.error(`${name} is ${gzipKb.toFixed(1)} KB gzip, over its budget of ${budgetKb} KB`);
    }
  },
});

// d3-zoom is a dev dependency, bundled here with the stand-ins the standalone file uses, and the
// templates' CSS and HTML are minified as there, so that a bundler's user pays no more than the
// standalone file: d3-zoom alone would bring d3-transition, d3-interpolate and d3-color along.
const moduleBuild = {
  input: 'src/index.ts',
  external: isDependency,
  output: { dir: 'dist', format: 'es', sourcemap: true },
  plugins: [d3StandIns.rollup(), nodeResolve({ browser: true }), typescriptFor({ declaration: true, declarationDir: 'dist', rootDir: 'src', sourceMap: true }), minifyLiterals({ failOnError: true })],
};

/** `import 'conflict-timeline'` as a bundler resolves and minifies it: what readers get that way. */
const asBundled = {
  input: 'dist/index.js',
  output: { file: 'node_modules/.cache/conflict-timeline/as-bundled.js', format: 'es' },
  plugins: [nodeResolve({ browser: true }), terser({ module: true, format: { comments: false } }), gzipReport(STANDALONE_BUDGET_KB, 'the module, as a bundler builds it')],
};

const standaloneBuild = {
  input: 'src/index.ts',
  output: { file: 'dist/conflict-timeline.min.js', format: 'es' },
  plugins: [d3StandIns.rollup(), nodeResolve({ browser: true }), typescriptFor(), minifyLiterals({ failOnError: true }), terser({ module: true, format: { comments: false } }), gzipReport(STANDALONE_BUDGET_KB)],
};

/** The editor page `conflict-timeline edit` serves: its own bundle, so the reader's does not grow. */
const editorBuild = {
  input: 'src/editor/index.ts',
  output: { file: 'dist/editor.js', format: 'es' },
  plugins: [d3StandIns.rollup(), nodeResolve({ browser: true }), typescriptFor(), minifyLiterals({ failOnError: true }), terser({ module: true, format: { comments: false } }), gzipReport(80, 'the editor page')],
};

const cliBuild = {
  input: 'src/cli/main.ts',
  external: isDependency,
  // Each command but `check` is a chunk of its own, loaded when run: checking a file, the most
  // frequent command, then loads no code for pictures, spreadsheets or TimelineJS.
  output: { dir: 'dist', entryFileNames: 'cli.js', chunkFileNames: 'cli-[name].js', format: 'es' },
  // The chunks take what they share with `check` from cli.js itself.
  preserveEntrySignatures: 'allow-extension',
  plugins: [typescriptFor()],
};

// The editor page is part of the command line: `edit` serves it.
export default process.env.ONLY === 'cli' ? [cliBuild, editorBuild] : [moduleBuild, standaloneBuild, editorBuild, cliBuild, asBundled];
