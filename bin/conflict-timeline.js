#!/usr/bin/env node
// The command line is compiled with the rest of the package into dist/.
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  process.stderr.write('conflict-timeline: the command line is not built yet: run `npm run build` first.\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
