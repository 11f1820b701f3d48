// The `conflict-timeline` command: reads the arguments, runs a command, and sets the exit code.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkTimelineText, formatProblem, parsePartialDate } from '../model/index.js';
import { decodeDataFile } from './read-text.js';
import { checkReport } from './check.js';

const USAGE = `Usage: conflict-timeline check FILE...
       conflict-timeline render FILE [--locale en|fr] [--page]
       conflict-timeline import EVENTS.csv [SOURCES.csv] [--title TITLE]
       conflict-timeline import --from timelinejs FILE
       conflict-timeline export FILE
       conflict-timeline image FILE [--out NAME] [--width PX] [--start DATE --end DATE] [--locale en|fr]

  check FILE...   check data files; prints one line per problem as
                  FILE:LINE:COL  FIELD  what is wrong: how to fix it
                  and exits 1 when there is any problem.
  render FILE     write the timeline as script-free HTML (an ordered list with dates and
                  citations) to place inside <conflict-timeline> for readers without
                  JavaScript; problems go to standard error, the good events are written.
                  --page writes a whole page with the element's look instead.
  import CSV...   read the spreadsheet template (docs/adding-events.md) into a data file on
                  standard output; bad rows are reported as FILE:ROW and left out.
                  --from timelinejs reads a TimelineJS 3 JSON file or the CSV of its
                  Google Sheets template, and lists what it could not carry over.
  export FILE     write a data file in the spreadsheet template: events, a blank line, sources.
  image FILE      save a picture of the timeline, as the element's "Download image" does, to
                  NAME.svg and NAME.png (NAME is the data file's name unless --out gives one):
                  the title, the element's first view (or --start to --end, as YYYY[-MM[-DD]]),
                  the axis and the sources of what is shown; --width in pixels (default 1200).`;

interface Output {
  write(text: string): unknown;
}

/**
 * A file's text, without a byte-order mark; or, said on standard error, the exit code: 2 when it
 * cannot be read, 1 when it is not UTF-8 text.
 */
async function readData(file: string, stderr: Output): Promise<string | number> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    stderr.write(`conflict-timeline: cannot read ${file}: ${reason}\n`);
    return 2;
  }
  const decoded = decodeDataFile(bytes, file);
  if (decoded.ok) return decoded.text;
  stderr.write(`${decoded.message}\n`);
  return 1;
}

/** Options that take no value. */
const FLAGS = new Set(['page']);

/** Splits arguments into files and `--name value` options (`--flag` alone for those in `FLAGS`). */
function argumentsOf(args: string[]): { files: string[]; options: Map<string, string> } {
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg.startsWith('--')) options.set(arg.slice(2), FLAGS.has(arg.slice(2)) ? 'yes' : (args[++index] ?? ''));
    else files.push(arg);
  }
  return { files, options };
}

async function render(args: string[], stdout: Output, stderr: Output): Promise<number> {
  const { files, options } = argumentsOf(args);
  const [file] = files;
  if (!file) {
    stderr.write('conflict-timeline render: name the data file, e.g. data/events.json\n');
    return 2;
  }
  const text = await readData(file, stderr);
  if (typeof text === 'number') return text;
  const { timeline, problems } = checkTimelineText(text);
  for (const problem of problems) stderr.write(`${formatProblem(problem, file)}\n`);
  const { renderStaticHtml, renderStaticPage } = await import('./render-html.js');
  stdout.write((options.has('page') ? renderStaticPage : renderStaticHtml)(timeline, options.get('locale') || 'en'));
  return problems.length > 0 ? 1 : 0;
}

async function importCommand(args: string[], stdout: Output, stderr: Output): Promise<number> {
  const { files, options } = argumentsOf(args);
  const [eventsFile, sourcesFile] = files;
  if (!eventsFile) {
    stderr.write('conflict-timeline import: name the events CSV, e.g. events.csv sources.csv\n');
    return 2;
  }
  const eventsText = await readData(eventsFile, stderr);
  if (options.get('from') === 'timelinejs') {
    if (typeof eventsText === 'number') return eventsText;
    const { importTimelineJs } = await import('./timelinejs.js');
    const imported = importTimelineJs(eventsText, basename(eventsFile));
    if (!imported.ok) {
      stderr.write(`${imported.problem}\n`);
      return 1;
    }
    for (const note of imported.notes) stderr.write(`${note}\n`);
    stdout.write(`${JSON.stringify(imported.file, null, 2)}\n`);
    // Written whatever was left out, so that nothing already read is lost; the exit says so.
    stderr.write(`${basename(eventsFile)}: ${imported.kept} of ${imported.read} events and eras imported\n`);
    return imported.kept < imported.read ? 1 : 0;
  }
  const sourcesText = sourcesFile === undefined ? '' : await readData(sourcesFile, stderr);
  if (typeof eventsText === 'number') return eventsText;
  if (typeof sourcesText === 'number') return sourcesText;
  const title = options.get('title') ?? basename(eventsFile).replace(/\.[^.]*$/, '');
  const { importCsv, importCsvText, formatCsvProblem } = await import('../model/csv.js');
  const { file, problems } = sourcesFile
    ? importCsv(title, { name: eventsFile, text: eventsText }, { name: sourcesFile, text: sourcesText })
    : importCsvText(eventsText, eventsFile, title);
  for (const problem of problems) stderr.write(`${formatCsvProblem(problem)}\n`);
  stdout.write(`${JSON.stringify(file, null, 2)}\n`);
  return problems.length > 0 ? 1 : 0;
}

async function exportCommand(args: string[], stdout: Output, stderr: Output): Promise<number> {
  const [file] = argumentsOf(args).files;
  if (!file) {
    stderr.write('conflict-timeline export: name the data file, e.g. data/events.json\n');
    return 2;
  }
  const text = await readData(file, stderr);
  if (typeof text === 'number') return text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Only text that is not JSON is refused; the checker says where and why.
    for (const problem of checkTimelineText(text).problems) stderr.write(`${formatProblem(problem, file)}\n`);
    return 1;
  }
  const { exportCsv } = await import('../model/csv.js');
  stdout.write(exportCsv(data));
  return 0;
}

async function imageCommand(args: string[], stdout: Output, stderr: Output): Promise<number> {
  const { files, options } = argumentsOf(args);
  const [file] = files;
  const width = Number(options.get('width') ?? 1200);
  if (!file || !(width >= 320 && width <= 4000)) {
    stderr.write(file ? 'conflict-timeline image: --width must be between 320 and 4000 pixels\n' : 'conflict-timeline image: name the data file, e.g. data/events.json\n');
    return 2;
  }
  const badDate = (['start', 'end'] as const).find((name) => options.has(name) && !parsePartialDate(options.get(name)!).ok);
  if (badDate) {
    stderr.write(`conflict-timeline image: --${badDate} ${JSON.stringify(options.get(badDate))} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD\n`);
    return 2;
  }
  const text = await readData(file, stderr);
  if (typeof text === 'number') return text;
  const { timeline, problems } = checkTimelineText(text);
  for (const problem of problems) stderr.write(`${formatProblem(problem, file)}\n`);
  const { timelineImage } = await import('./image.js');
  const image = await timelineImage(timeline, { width, locale: options.get('locale') || 'en', start: options.get('start'), end: options.get('end') });
  if (!image) {
    stderr.write(`conflict-timeline image: ${file} has no event to draw\n`);
    return 1;
  }
  const name = options.get('out') || basename(file).replace(/\.[^.]*$/, '');
  const { replaceFile, OutputError } = await import('./output-file.js');
  try {
    for (const [path, data] of [[`${name}.svg`, image.svg], [`${name}.png`, image.png]] as const) {
      if (await replaceFile(path, data)) stderr.write(`conflict-timeline image: replaced ${path}\n`);
      stdout.write(`${path}\n`);
    }
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    stderr.write(`conflict-timeline image: ${error.message}\n`);
    return 2;
  }
  return problems.length > 0 ? 1 : 0;
}

async function check(files: string[], stdout: Output, stderr: Output): Promise<number> {
  if (files.length === 0) {
    stderr.write(`conflict-timeline check: name the data file to check, e.g. data/events.json\n`);
    return 2;
  }
  let exitCode = 0;
  for (const file of files) {
    const text = await readData(file, stderr);
    if (typeof text === 'number') {
      exitCode = Math.max(exitCode, text);
      continue;
    }
    const report = checkReport(text, file);
    (report.ok ? stdout : stderr).write(`${report.lines.join('\n')}\n`);
    if (!report.ok && exitCode === 0) exitCode = 1;
  }
  return exitCode;
}

/** Runs the command line with its arguments; resolves to the exit code. */
export async function main(args: string[], stdout: Output = process.stdout, stderr: Output = process.stderr): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'check') return check(rest, stdout, stderr);
  if (command === 'render') return render(rest, stdout, stderr);
  if (command === 'import') return importCommand(rest, stdout, stderr);
  if (command === 'export') return exportCommand(rest, stdout, stderr);
  if (command === 'image') return imageCommand(rest, stdout, stderr);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  stderr.write(`conflict-timeline: unknown command "${command}"\n${USAGE}\n`);
  return 2;
}
