// `conflict-timeline edit`, end to end in Chromium on a copy of the story: adding an event with a
// new source through the form and saving, a bad date refused, a file changed on disk never
// overwritten, the token and the Host checked, and axe in each state of the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';
import { root, runCli } from './run-cli.js';

const require = createRequire(import.meta.url);
let dir: string;
let server: ChildProcess;
/** Every editor started, stopped after the tests whatever happens. */
const started: ChildProcess[] = [];
let address: URL;
let browser: Browser;
let page: Page;
const original = await readFile(join(root, 'data/events.json'), 'utf8');

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conflict-timeline-edit-'));
  await copyFile(join(root, 'data/events.json'), join(dir, 'events.json'));
  server = spawn(process.execPath, [join(root, 'bin/conflict-timeline.js'), 'edit', 'events.json', '--no-open'], { cwd: dir });
  started.push(server);
  const line = await new Promise<string>((resolve) => server.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString())));
  assert.match(line, /^Editing events\.json at http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}\n$/);
  address = new URL(line.split(' at ')[1]!.trim());
  browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(address.href);
  await found(page, 'timeline-editor >>> .save');
});

after(async () => {
  await browser?.close();
  for (const child of started) child.kill();
});

const inEditor = (selector: string) => `timeline-editor >>> ${selector}`;

/**
 * Polls from here, through the protocol: puppeteer's own waits poll inside the page on
 * animation frames, and now and then, under this page's policy, never see what is there.
 */
async function polled<T>(what: string, attempt: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + 15000;
  for (;;) {
    const result = await attempt();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`waited 15 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The element `selector` finds in `tab`, once it is there. */
const found = (tab: Page, selector: string) => polled(selector, () => tab.$(selector));

/** Resolves once `check(...args)`, run in `tab`, is true. */
const until = <A extends unknown[]>(tab: Page, check: (...args: A) => unknown, ...args: A) =>
  polled(String(check), async () => (await tab.evaluate(check as (...args: unknown[]) => unknown, ...args)) === true);

/** Resolves once the editor's status line starts with `start`. */
const statusSays = (tab: Page, start: string) => until(tab, (text) => document.querySelector('timeline-editor')?.shadowRoot?.querySelector('.status')?.textContent?.startsWith(text), start);

async function fill(selector: string, value: string): Promise<void> {
  const input = await found(page, inEditor(selector));
  await input.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await input.type(value);
}

/** axe in the page as it is; evaluated through the DevTools protocol, which the page's policy does not govern. */
async function axe(state: string): Promise<void> {
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })).violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, [], state);
}

const status = () => page.$eval(inEditor('.status'), (element) => element.textContent ?? '');
const onDisk = () => readFile(join(dir, 'events.json'), 'utf8');

test('the page loads the file under a strict policy with Trusted Types, and axe finds nothing in the list and form', async () => {
  await found(page, inEditor('#field-title'));
  const refused = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>markup</b>';
      return false;
    } catch {
      return true;
    }
  });
  assert.equal(refused, true, 'markup from a string is refused: Trusted Types are enforced');
  await axe('list and form');
});

test('the editor opens on the story\'s lead, and the preview shows the story as a reader first sees it', async () => {
  assert.equal(await page.$eval(inEditor('#field-title'), (input) => (input as HTMLInputElement).value), 'Deadly unrest in New Caledonia over an electoral reform');
  // Not the 30 years of the context event that opens the file: the story fills the preview.
  const start = await polled('the preview laid out', () => page.$eval(inEditor('conflict-timeline'), (preview) => (preview as unknown as { view: { start: Date } | null }).view?.start.toISOString()));
  assert.ok(start >= '2023-01-01', `the preview starts at ${start}`);
});

test('an event added with a new source through the form is saved, the rest of the file unchanged, the old one kept as .bak', async () => {
  await (await found(page, inEditor('button::-p-text(Add event)'))).click();
  await fill('#field-title', 'AFP reports a new statement');
  await fill('#field-date', '2024-08');
  assert.match(await page.$eval(inEditor('#field-date-hint'), (element) => element.textContent ?? ''), /Read as a month/);
  await (await found(page, inEditor('#citation-0-source'))).select('');
  await found(page, inEditor('form[aria-label="Source"]'));
  await axe('new source');
  await fill('#field-id', 'afp-august');
  await fill('#field-publisher', 'AFP');
  await fill('#field-title', 'A statement in August');
  await (await found(page, inEditor('button::-p-text("Events (15)")'))).click();
  await fill('#citation-0-quote', 'the words of the statement');
  // The preview is the real element, redrawn with the event being edited, and selected.
  const preview = await page.$eval(inEditor('conflict-timeline'), (element) => [element.getAttribute('selected'), (element as any).data.events.length]);
  assert.deepEqual(preview, ['new-event', 15]);
  await page.keyboard.down('Control');
  await page.keyboard.press('s');
  await page.keyboard.up('Control');
  await statusSays(page, 'Saved');
  const saved = JSON.parse(await onDisk());
  const added = saved.events.find((event: { title: string }) => event.title === 'AFP reports a new statement');
  assert.deepEqual({ date: added.date, citations: added.citations }, { date: '2024-08', citations: [{ source: 'afp-august', quote: 'the words of the statement' }] });
  assert.deepEqual(saved.sources['afp-august'], { publisher: 'AFP', title: 'A statement in August' });
  // Take the addition out again, and what is left is the file as it was, byte for byte.
  saved.events = saved.events.filter((event: unknown) => event !== added);
  delete saved.sources['afp-august'];
  assert.equal(`${JSON.stringify(saved, null, 2)}\n`, original);
  assert.equal(await readFile(join(dir, 'events.json.bak'), 'utf8'), original);
  assert.equal((await runCli(['check', 'events.json'], dir)).code, 0);
});

test('Delete can be undone, and a source that events cite cannot be deleted without saying which', async () => {
  const count = () => page.$$eval(inEditor('.items .item'), (items) => items.length);
  const before = await count();
  await (await found(page, inEditor('button::-p-text(Delete)'))).click();
  assert.equal(await count(), before - 1);
  await (await found(page, inEditor('button::-p-text(Undo)'))).click();
  assert.equal(await count(), before);
  await (await found(page, inEditor('button::-p-text("Sources (3)")'))).click();
  await (await found(page, inEditor('.items .item'))).click();
  await (await found(page, inEditor('button::-p-text(Delete)'))).click();
  assert.match(await status(), /is cited by .*: change those citations first/);
  assert.equal(await page.$$eval(inEditor('.items .item'), (items) => items.length), 3);
  await (await found(page, inEditor('button::-p-text("Events (15)")'))).click();
  await (await found(page, inEditor('button::-p-text(AFP reports a new statement)'))).click();
});

test('a date of 2024-13 is shown beside the Date field, and saving is refused', async () => {
  const before = await onDisk();
  await fill('#field-date', '2024-13');
  await found(page, inEditor('#field-date-problems'));
  assert.match(await page.$eval(inEditor('#field-date-problems'), (element) => element.textContent ?? ''), /"2024-13" is not a date/);
  await axe('errors');
  await (await found(page, inEditor('.save'))).click();
  await statusSays(page, 'Not saved');
  assert.match(await status(), /problem/);
  assert.equal(await onDisk(), before);
  await fill('#field-date', '2024-08');
  // Fixed, the problem leaves the summary at once: the refusal is not kept as a stale list.
  await found(page, inEditor('.clean'));
});

test('a file changed on disk since it was loaded is never overwritten, and Reload is offered', async () => {
  const theirs = (await onDisk()).replace('"title": "Azerbaijan', '"title": "Their change: Azerbaijan');
  await writeFile(join(dir, 'events.json'), theirs);
  await fill('#field-title', 'A change of ours');
  await (await found(page, inEditor('.save'))).click();
  await statusSays(page, 'Not saved');
  assert.match(await status(), /changed on disk/);
  assert.equal(await onDisk(), theirs);
  // Reload is offered, and brings their change in.
  await (await found(page, inEditor('button::-p-text(Reload from disk)'))).click();
  await until(page, () => (document.querySelector('timeline-editor')?.shadowRoot?.querySelector('conflict-timeline') as any)?.data?.title?.startsWith('Their change'));
});

/** A raw request to the server, with the headers given. */
function ask(path: string, headers: Record<string, string>, method = 'GET', body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port: address.port, path, method, headers }, (response) => (response.resume(), resolve(response.statusCode!)));
    sent.on('error', reject);
    sent.end(body);
  });
}

test('without the token, with a wrong one, or with another Host, the file cannot be read or written', async () => {
  const token = new URLSearchParams(address.hash.slice(1)).get('token')!;
  const host = `127.0.0.1:${address.port}`;
  const before = await onDisk();
  assert.equal(await ask('/api/file', { host, 'x-edit-token': token }), 200);
  assert.equal(await ask('/api/file', { host }), 403);
  // One character off: a random token may itself end in x.
  const offByOne = `${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}`;
  assert.equal(await ask('/api/file', { host, 'x-edit-token': offByOne }), 403);
  assert.equal(await ask('/api/file', { host: 'evil.example', 'x-edit-token': token }), 403);
  assert.equal(await ask('/api/file', { host, 'x-edit-token': 'wrong' }, 'PUT', JSON.stringify({ text: '{}', baseVersion: 'x' })), 403);
  assert.equal(await onDisk(), before);
});

test('a save killed between writing and renaming leaves the old file or the new one, whole', async () => {
  const target = join(dir, 'atom.json');
  const size = 20_000_000;
  const script = `import { replaceFile } from ${JSON.stringify(join(root, 'src/cli/output-file.ts'))};
    process.stdout.write('ready\\n');
    for (;;) await replaceFile(${JSON.stringify(target)}, Buffer.alloc(${size}, 'B'));`;
  for (let attempt = 0; attempt < 6; attempt++) {
    await writeFile(target, Buffer.alloc(size, 'A'));
    const saving = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root });
    await new Promise((resolve) => saving.stdout.once('data', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20 + attempt * 37));
    saving.kill('SIGKILL');
    await new Promise((resolve) => saving.once('exit', resolve));
    const left = await readFile(target);
    assert.equal(left.length, size, `attempt ${attempt}: the file is whole`);
    assert.ok(left.every((byte) => byte === left[0]), `attempt ${attempt}: one version, not a mix`);
  }
});

/** The editor on another file, its page's heading once loaded, and the page itself. */
async function editorOn(name: string, content?: string): Promise<{ heading: string; tab: Page; stop: () => void }> {
  if (content !== undefined) await writeFile(join(dir, name), content);
  const other = spawn(process.execPath, [join(root, 'bin/conflict-timeline.js'), 'edit', name, '--no-open'], { cwd: dir });
  started.push(other);
  const line = await new Promise<string>((resolve) => other.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString())));
  const tab = await browser.newPage();
  await tab.goto(line.split(' at ')[1]!.trim());
  const heading = await (await found(tab, 'timeline-editor >>> h1')).evaluate((element) => element.textContent ?? '');
  return { heading, tab, stop: () => (other.kill(), void tab.close()) };
}

test('a file that is not JSON opens "fix this first" with the checker’s line and column; a missing one offers a new timeline', async () => {
  const broken = await editorOn('broken.json', '{\n  "title": "T",\n  "events": [\n}');
  assert.match(broken.heading, /^Fix this first: broken\.json is not JSON/);
  assert.match(await broken.tab.$eval('timeline-editor >>> .problems', (element) => element.textContent ?? ''), /4:1 not JSON: unexpected "}" where a value should be/);
  broken.stop();
  const missing = await editorOn('new.json');
  assert.match(missing.heading, /new\.json does not exist yet/);
  await (await found(missing.tab, 'timeline-editor >>> #new-title')).type('A new story');
  await (await found(missing.tab, 'timeline-editor >>> button::-p-text(Create the timeline)')).click();
  await (await found(missing.tab, 'timeline-editor >>> .save')).click();
  await statusSays(missing.tab, 'Saved');
  assert.deepEqual(JSON.parse(await readFile(join(dir, 'new.json'), 'utf8')), { $schema: './events.schema.json', title: 'A new story', sources: {}, events: [] });
  missing.stop();
});

test('a read-only file says so before any edit, and cannot be saved; leaving with changes not saved asks first', async () => {
  await copyFile(join(root, 'data/events.json'), join(dir, 'locked.json'));
  await chmod(join(dir, 'locked.json'), 0o444);
  const locked = await editorOn('locked.json');
  assert.match(await locked.tab.$eval('timeline-editor >>> .read-only', (element) => element.textContent ?? ''), /locked\.json is read-only/);
  assert.equal(await locked.tab.$eval('timeline-editor >>> .save', (element) => (element as HTMLButtonElement).disabled), true);
  // An edit not saved: closing the page asks first.
  const title = (await found(locked.tab, 'timeline-editor >>> #field-title'));
  await title.type(' changed');
  const asked = new Promise<string>((resolve) => locked.tab.once('dialog', (dialog) => (resolve(dialog.type()), void dialog.dismiss())));
  await locked.tab.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  locked.stop();
});
