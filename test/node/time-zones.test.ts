// A calendar date reads the same for every reader: run the formatting in Node under far zones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

const script = `
import { formatEventDate, parseEventDate } from './src/model/index.ts';
const format = (start, end, locale) => formatEventDate(parseEventDate(start, end, false).value, locale);
console.log(JSON.stringify({
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  offset: new Date(Date.UTC(2024, 6, 20)).getTimezoneOffset(),
  dates: [format('2024-07-20', '2024-07-20', 'en'), format('2024-01-01', '2024-01-01', 'fr'), format('2023-07', '2023-07', 'en'), format('2024-05', '2024-06', 'en')],
}));
`;

for (const zone of ['Pacific/Noumea', 'America/Los_Angeles']) {
  test(`dates read the same under TZ=${zone}`, () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    const { zone: seen, offset, dates } = JSON.parse(output) as { zone: string; offset: number; dates: string[] };
    assert.equal(seen, zone);
    assert.notEqual(offset, 0);
    assert.deepEqual(dates, ['20 July 2024', '1 janvier 2024', 'July 2023', 'May – June 2024']);
  });
}
