import { readFile } from 'node:fs/promises';
import { checkReport } from './check.js';

const USAGE = `Usage: conflict-timeline check FILE...

  check FILE...   check data files; prints one line per problem as
                  FILE:LINE:COL  FIELD  what is wrong: how to fix it
                  and exits 1 when there is any problem.`;

interface Output {
  write(text: string): unknown;
}

async function check(files: string[], stdout: Output, stderr: Output): Promise<number> {
  if (files.length === 0) {
    stderr.write(`conflict-timeline check: name the data file to check, e.g. data/events.json\n`);
    return 2;
  }
  let exitCode = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
      stderr.write(`conflict-timeline: cannot read ${file}: ${reason}\n`);
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
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  stderr.write(`conflict-timeline: unknown command "${command}"\n${USAGE}\n`);
  return 2;
}
