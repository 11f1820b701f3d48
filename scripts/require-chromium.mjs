// Says how to get a browser, instead of a stack trace, when the browser tests have none.
import { existsSync } from 'node:fs';
import { chromePath } from './chrome-path.mjs';

const path = chromePath();
if (!path || !existsSync(path)) {
  const asked = process.env.CHROME_PATH ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.\n` : '';
  process.stderr.write(`The browser tests need Chromium and none was found.
${asked}Install it (Debian or Ubuntu):   sudo apt-get install -y chromium
or point to a Chrome or Chromium:  CHROME_PATH=/path/to/chrome npm test
`);
  process.exit(1);
}
