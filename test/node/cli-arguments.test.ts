// The command line's arguments, as a shell user and a script expect them: strict options, help
// per command, "-" for standard input and output, machine-readable problems, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, runCli } from './run-cli.js';

const story = join(root, 'data/events.json');
const badFile = JSON.stringify({ title: 'T', sources: { w: { publisher: 'W', title: 'R' } }, events: [{ id: 'a', date: '2024-13', title: 'A', citations: [{ source: 'w', quote: 'q' }] }] });

test('--version and -V print the package version; --help the usage, on standard output', async () => {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  for (const flag of ['--version', '-V']) assert.deepEqual(await runCli([flag]), { code: 0, stdout: `${version}\n`, stderr: '' });
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: conflict-timeline COMMAND/);
});

test('with no arguments, or an unknown command, the usage goes to standard error, exit 2', async () => {
  const none = await runCli([]);
  assert.equal(none.code, 2);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /^Usage: conflict-timeline COMMAND/);
  const unknown = await runCli(['chek', story]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^conflict-timeline: unknown command "chek"\n\nUsage:/);
});

test('each command has its own --help', async () => {
  for (const command of ['check', 'render', 'import', 'export', 'image']) {
    const { code, stdout } = await runCli([command, '--help']);
    assert.equal(code, 0, command);
    assert.match(stdout, new RegExp(`^Usage: conflict-timeline ${command} `), command);
  }
});

test('an unknown option, or an option without its value, is refused with the command’s usage, exit 2', async () => {
  const bogus = await runCli(['check', '--bogus', story]);
  assert.equal(bogus.code, 2);
  assert.match(bogus.stderr, /^conflict-timeline check: unknown option --bogus\n\nUsage: conflict-timeline check /);
  const noValue = await runCli(['image', story, '--out']);
  assert.equal(noValue.code, 2);
  assert.match(noValue.stderr, /^conflict-timeline image: Option '--out <value>' argument missing/);
  const badFormat = await runCli(['check', '--format', 'xml', story]);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format is text or json, not "xml"/);
});

test('--name=value and options before the file both work', async () => {
  const { code, stdout } = await runCli(['render', '--locale=fr', story]);
  assert.equal(code, 0);
  assert.match(stdout, /juillet 2023/);
});

test('"-" reads standard input, and names it <stdin> in problems', async () => {
  const good = await runCli(['check', '-'], root, await readFile(story, 'utf8'));
  assert.equal(good.code, 0);
  assert.match(good.stdout, /^<stdin>: 14 events, /);
  const bad = await runCli(['check', '-'], root, badFile);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^<stdin>:1:\d+: error: "2024-13" is not a date/);
  const exported = await runCli(['export', '-'], root, await readFile(story, 'utf8'));
  assert.equal(exported.code, 0);
  assert.match(exported.stdout, /^kind,id,date,/);
});

test('--format json writes one object per problem on standard output', async () => {
  const { code, stdout, stderr } = await runCli(['check', '--format', 'json', '-'], root, badFile);
  assert.equal(code, 1);
  const problems = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(problems, [{ file: '<stdin>', line: 1, column: badFile.indexOf('"2024-13"') + 1, severity: 'error', message: '"2024-13" is not a date', fix: 'write YYYY, YYYY-MM or YYYY-MM-DD', path: 'events[0].date' }]);
  assert.match(stderr, /^1 problem in <stdin>/);
});

test('render --out writes a file, and image --out - writes one picture to standard output', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-args-'));
  const rendered = await runCli(['render', story, '--out', 'story.html'], dir);
  assert.equal(rendered.code, 0);
  assert.equal(rendered.stdout, '');
  assert.match(await readFile(join(dir, 'story.html'), 'utf8'), /^<section class="conflict-timeline-fallback"/);
  const svg = await runCli(['image', story, '--out', '-', '--format', 'svg'], dir);
  assert.equal(svg.code, 0);
  assert.match(svg.stdout, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const both = await runCli(['image', story, '--out', '-'], dir);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--out - writes one picture to standard output: add --format svg or --format png/);
  const onlySvg = await runCli(['image', story, '--out', 'only', '--format', 'svg'], dir);
  assert.deepEqual([onlySvg.code, onlySvg.stdout], [0, 'only.svg\n']);
});

test('exit codes: 0 clean, 1 problems in the data, 2 usage or a file that cannot be read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-args-'));
  await writeFile(join(dir, 'bad.json'), badFile);
  assert.equal((await runCli(['check', story])).code, 0);
  assert.equal((await runCli(['check', 'bad.json'], dir)).code, 1);
  assert.equal((await runCli(['check', 'missing.json'], dir)).code, 2);
  assert.equal((await runCli(['check', story, 'missing.json'], dir)).code, 2, 'the worst of several files');
  assert.equal((await runCli(['render'])).code, 2);
});
