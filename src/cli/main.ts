// The `conflict-timeline` command: reads the arguments (node:util's parseArgs, strict), runs a
// command, and sets the exit code: 0 all is well, 1 problems in the data, 2 usage or I/O.
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { check, edit, exportFile, image, importFile, render, UsageError, type Options } from './commands.js';
import { COMMAND_HELP, USAGE } from './usage.js';
import type { Io } from './io.js';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

const HELP: OptionSpecs = { help: { type: 'boolean', short: 'h' } };
const LOCALE: OptionSpecs = { locale: { type: 'string' } };

const COMMANDS: Record<string, { options: OptionSpecs; run: (files: string[], options: Options, io: Io) => Promise<number> }> = {
  check: { options: { ...HELP, format: { type: 'string' } }, run: check },
  render: { options: { ...HELP, ...LOCALE, page: { type: 'boolean' }, out: { type: 'string' } }, run: render },
  import: { options: { ...HELP, from: { type: 'string' }, title: { type: 'string' } }, run: importFile },
  export: { options: { ...HELP }, run: exportFile },
  edit: { options: { ...HELP, port: { type: 'string' }, 'no-open': { type: 'boolean' } }, run: edit },
  image: {
    options: { ...HELP, ...LOCALE, out: { type: 'string' }, format: { type: 'string' }, width: { type: 'string' }, start: { type: 'string' }, end: { type: 'string' } },
    run: image,
  },
};

/** The package's version, from the package.json beside dist/. */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const PROCESS_IO: Io = { stdout: process.stdout, stderr: process.stderr, stdin: readStdin };

/** Runs the command line with its arguments; resolves to the exit code. */
export async function main(args: string[], io: Io = PROCESS_IO): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-V') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const spec = command === undefined ? undefined : COMMANDS[command];
  if (!spec) {
    io.stderr.write(`${command === undefined ? '' : `conflict-timeline: unknown command ${JSON.stringify(command)}\n\n`}${USAGE}\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true });
    if (values.help) {
      io.stdout.write(`${COMMAND_HELP[command!]}\n`);
      return 0;
    }
    return await spec.run(positionals, values, io);
  } catch (error) {
    // parseArgs's own errors (an unknown option, a value missing) carry a code; ours are UsageErrors.
    if (!(error instanceof UsageError) && !String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw error;
    const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'(-[^']*)'/.exec((error as Error).message)?.[1];
    io.stderr.write(`conflict-timeline ${command}: ${unknown ? `unknown option ${unknown}` : (error as Error).message}\n\n${COMMAND_HELP[command!]}\n`);
    return 2;
  }
}
