import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, chromePath } from './scripts/chrome-path.mjs';

/** A Chromium whose clock runs in the given zone, so tests see what a reader there sees. */
const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromePath(),
      headless: true,
      args: CHROME_ARGS,
      env: timeZone ? { ...process.env, TZ: timeZone } : process.env,
    },
  });

/** Runs the date tests again in a far zone; the page learns which zone it should be in. */
const timeZoneGroup = (timeZone) => ({
  name: `time zone ${timeZone}`,
  files: ['test/model/format-date.test.ts', 'test/model/partial-date.test.ts'],
  browsers: [chromium(timeZone)],
  testRunnerHtml: (testFramework) =>
    `<html><head><script>window.expectedTimeZone = ${JSON.stringify(timeZone)};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
});

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [chromium()],
  groups: [
    timeZoneGroup('Pacific/Noumea'),
    timeZoneGroup('America/Los_Angeles'),
  ],
  testFramework: { config: { timeout: 10000 } },
};
