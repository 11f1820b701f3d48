// The five commands, each given its files and options already read by `main`.
import { basename } from 'node:path';
import { checkTimelineText, formatProblem, parsePartialDate } from '../model/index.js';
import { checkReport } from './check.js';
import { nameOf, readInput, writeOutput, type Io } from './io.js';

/** The options a command was given, as `parseArgs` reads them. */
export type Options = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Thrown for a mistake in the command itself: said with the command's help, exit 2. */
export class UsageError extends Error {}

const text = (options: Options, name: string) => options[name] as string | undefined;
const required = (files: string[], what: string) => files[0] ?? fail(`name ${what}`);
const fail = (message: string): never => {
  throw new UsageError(message);
};

export async function check(files: string[], options: Options, io: Io): Promise<number> {
  const format = text(options, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') fail(`--format is text or json, not ${JSON.stringify(format)}`);
  required(files, 'the data file to check, e.g. data/events.json');
  let exitCode = 0;
  for (const file of files) {
    const read = await readInput(file, io);
    if (typeof read === 'number') {
      exitCode = Math.max(exitCode, read);
      continue;
    }
    const report = checkReport(read, nameOf(file), format as 'text' | 'json');
    for (const line of report.out) io.stdout.write(`${line}\n`);
    for (const line of report.err) io.stderr.write(`${line}\n`);
    if (!report.ok) exitCode = Math.max(exitCode, 1);
  }
  return exitCode;
}

/** Reads and checks a data file, its problems said on standard error. */
async function checkedTimeline(file: string, io: Io) {
  const read = await readInput(file, io);
  if (typeof read === 'number') return read;
  const result = checkTimelineText(read);
  for (const problem of result.problems) io.stderr.write(`${formatProblem(problem, nameOf(file))}\n`);
  return result;
}

export async function render(files: string[], options: Options, io: Io): Promise<number> {
  const checked = await checkedTimeline(required(files, 'the data file, e.g. data/events.json'), io);
  if (typeof checked === 'number') return checked;
  const { renderStaticHtml, renderStaticPage } = await import('./render-html.js');
  const html = (options.page ? renderStaticPage : renderStaticHtml)(checked.timeline, text(options, 'locale') ?? 'en');
  return (await writeOutput(text(options, 'out'), html, io, 'render')) || (checked.problems.length > 0 ? 1 : 0);
}

export async function importFile(files: string[], options: Options, io: Io): Promise<number> {
  const eventsFile = required(files, 'the events CSV, e.g. events.csv sources.csv');
  const from = text(options, 'from');
  if (from !== undefined && from !== 'timelinejs') fail(`--from knows timelinejs only, not ${JSON.stringify(from)}`);
  const eventsText = await readInput(eventsFile, io);
  if (typeof eventsText === 'number') return eventsText;
  if (from === 'timelinejs') {
    const { importTimelineJs } = await import('./timelinejs.js');
    const imported = importTimelineJs(eventsText, basename(nameOf(eventsFile)));
    if (!imported.ok) {
      io.stderr.write(`${imported.problem}\n`);
      return 1;
    }
    for (const note of imported.notes) io.stderr.write(`${note}\n`);
    io.stdout.write(`${JSON.stringify(imported.file, null, 2)}\n`);
    // Written whatever was left out, so that nothing already read is lost; the exit says so.
    io.stderr.write(`${basename(nameOf(eventsFile))}: ${imported.kept} of ${imported.read} events and eras imported\n`);
    return imported.kept < imported.read ? 1 : 0;
  }
  const sourcesFile = files[1];
  const sourcesText = sourcesFile === undefined ? '' : await readInput(sourcesFile, io);
  if (typeof sourcesText === 'number') return sourcesText;
  const title = text(options, 'title') ?? basename(nameOf(eventsFile)).replace(/\.[^.]*$/, '');
  const { importCsv, importCsvText, formatCsvProblem } = await import('../model/csv.js');
  const { file, problems } = sourcesFile
    ? importCsv(title, { name: nameOf(eventsFile), text: eventsText }, { name: nameOf(sourcesFile), text: sourcesText })
    : importCsvText(eventsText, nameOf(eventsFile), title);
  for (const problem of problems) io.stderr.write(`${formatCsvProblem(problem)}\n`);
  io.stdout.write(`${JSON.stringify(file, null, 2)}\n`);
  return problems.length > 0 ? 1 : 0;
}

export async function exportFile(files: string[], _options: Options, io: Io): Promise<number> {
  const file = required(files, 'the data file, e.g. data/events.json');
  const read = await readInput(file, io);
  if (typeof read === 'number') return read;
  let data: unknown;
  try {
    data = JSON.parse(read);
  } catch {
    // Only text that is not JSON is refused; the checker says where and why.
    for (const problem of checkTimelineText(read).problems) io.stderr.write(`${formatProblem(problem, nameOf(file))}\n`);
    return 1;
  }
  const { exportCsv } = await import('../model/csv.js');
  io.stdout.write(exportCsv(data));
  return 0;
}

export async function image(files: string[], options: Options, io: Io): Promise<number> {
  const file = required(files, 'the data file, e.g. data/events.json');
  const width = Number(text(options, 'width') ?? 1200);
  if (!(width >= 320 && width <= 4000)) fail('--width must be between 320 and 4000 pixels');
  const format = text(options, 'format') ?? 'both';
  if (!['svg', 'png', 'both'].includes(format)) fail(`--format is svg, png or both, not ${JSON.stringify(format)}`);
  const out = text(options, 'out');
  if (out === '-' && format === 'both') fail('--out - writes one picture to standard output: add --format svg or --format png');
  for (const name of ['start', 'end']) {
    const date = text(options, name);
    if (date !== undefined && !parsePartialDate(date).ok) fail(`--${name} ${JSON.stringify(date)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const checked = await checkedTimeline(file, io);
  if (typeof checked === 'number') return checked;
  const { timelineSvg, pngOf, PNG_RENDERER_MISSING } = await import('./image.js');
  const svg = timelineSvg(checked.timeline, { width, locale: text(options, 'locale') ?? 'en', start: text(options, 'start'), end: text(options, 'end') });
  if (svg === undefined) {
    io.stderr.write(`conflict-timeline image: ${nameOf(file)} has no event to draw\n`);
    return 1;
  }
  const png = format === 'svg' ? undefined : await pngOf(svg);
  if (format === 'png' && png === undefined) {
    io.stderr.write(`conflict-timeline image: ${PNG_RENDERER_MISSING}\n`);
    return 2;
  }
  if (format === 'both' && png === undefined) io.stderr.write(`conflict-timeline image: the SVG only: ${PNG_RENDERER_MISSING}\n`);
  const name = out ?? basename(nameOf(file)).replace(/\.[^.]*$/, '');
  const pictures: [string, string | Uint8Array | undefined][] = [
    ['svg', format === 'png' ? undefined : svg],
    ['png', png],
  ];
  for (const [extension, data] of pictures) {
    if (data === undefined) continue;
    const path = name === '-' ? '-' : `${name}.${extension}`;
    const written = await writeOutput(path, data, io, 'image');
    if (written !== 0) return written;
    if (path !== '-') io.stdout.write(`${path}\n`);
  }
  return checked.problems.length > 0 ? 1 : 0;
}

/** Opens an address in the default browser, if the machine has one; a failure is no error. */
async function openInBrowser(url: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const [command, ...args] = process.platform === 'darwin' ? ['open'] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""'] : ['xdg-open'];
  spawn(command!, [...args, url], { detached: true, stdio: 'ignore' }).on('error', () => undefined).unref();
}

export async function edit(files: string[], options: Options, io: Io): Promise<number> {
  const file = required(files, 'the data file to edit, e.g. data/events.json');
  const port = Number(text(options, 'port') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port is a number from 0 to 65535');
  const { readFile, stat } = await import('node:fs/promises');
  if (await stat(file).then((info) => info.isDirectory(), () => false)) fail(`${file} is a folder: name the data file in it`);
  let script: string;
  try {
    script = await readFile(new URL('./editor.js', import.meta.url), 'utf8');
  } catch {
    io.stderr.write('conflict-timeline edit: the editor is not built yet: run `npm run build` first.\n');
    return 2;
  }
  const schema = await readFile(new URL('../data/events.schema.json', import.meta.url), 'utf8');
  const { startEditServer } = await import('./edit-server.js');
  const server = await startEditServer(file, { script, schema }, port);
  const url = `http://127.0.0.1:${server.port}/#token=${server.token}`;
  io.stdout.write(`Editing ${file} at ${url}\n`);
  if (!options['no-open']) await openInBrowser(url);
  // The server keeps the process running until it is stopped (Ctrl+C).
  return 0;
}
