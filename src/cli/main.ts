import { readFile } from 'node:fs/promises';
import { checkTimelineText, formatProblem } from '../model/index.js';
import { checkReport } from './check.js';
import { renderStaticHtml } from './render-html.js';

const USAGE = `Usage: conflict-timeline check FILE...
       conflict-timeline render FILE [--locale en|fr]

  check FILE...   check data files; prints one line per problem as
                  FILE:LINE:COL  FIELD  what is wrong: how to fix it
                  and exits 1 when there is any problem.
  render FILE     write the timeline as script-free HTML (an ordered list with dates and
                  citations) to place inside <conflict-timeline> for readers without
                  JavaScript; problems go to standard error, the good events are written.`;

interface Output {
  write(text: string): unknown;
}

async function readData(file: string, stderr: Output): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    stderr.write(`conflict-timeline: cannot read ${file}: ${reason}\n`);
    return undefined;
  }
}

async function render(args: string[], stdout: Output, stderr: Output): Promise<number> {
  const localeAt = args.indexOf('--locale');
  const locale = localeAt === -1 ? 'en' : args[localeAt + 1] ?? 'en';
  const file = args.find((arg, index) => !arg.startsWith('--') && (localeAt === -1 || index !== localeAt + 1));
  if (!file) {
    stderr.write('conflict-timeline render: name the data file, e.g. data/events.json\n');
    return 2;
  }
  const text = await readData(file, stderr);
  if (text === undefined) return 2;
  const { timeline, problems } = checkTimelineText(text);
  for (const problem of problems) stderr.write(`${formatProblem(problem, file)}\n`);
  stdout.write(renderStaticHtml(timeline, locale));
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
    if (text === undefined) {
      exitCode = 2;
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
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  stderr.write(`conflict-timeline: unknown command "${command}"\n${USAGE}\n`);
  return 2;
}
