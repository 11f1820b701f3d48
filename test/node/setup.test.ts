// A new machine without a browser gets told how to get one, not a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/require-chromium.mjs', import.meta.url));

test('without Chromium, the browser tests say how to install one or point CHROME_PATH at one', () => {
  const { status, stderr } = spawnSync(process.execPath, [script], { env: { ...process.env, CHROME_PATH: '/no/such/chromium' }, encoding: 'utf8' });
  assert.equal(status, 1);
  assert.match(stderr, /apt-get install -y chromium/);
  assert.match(stderr, /CHROME_PATH is set to \/no\/such\/chromium, but there is no file there/);
  assert.doesNotMatch(stderr, /\bat .*\(.*:\d+:\d+\)/, 'no stack trace');
});

test('with a browser, the check passes quietly', () => {
  const { status, stderr } = spawnSync(process.execPath, [script], { env: { ...process.env, CHROME_PATH: process.execPath }, encoding: 'utf8' });
  assert.equal(status, 0);
  assert.equal(stderr, '');
});
