// A fresh project with the packed package installed, as a newsroom would install it, made once
// per tarball and shared by the package tests; and a page server and browser to try it in.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The project's folder, with the tarball installed and the story's data file beside it. */
export async function installedProject(): Promise<string> {
  const packs = join(tmpdir(), 'conflict-timeline-packs');
  await mkdir(packs, { recursive: true });
  const tarball = join(packs, execFileSync(npm, ['pack', '--silent', '--pack-destination', packs], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!);
  const project = join(tmpdir(), `conflict-timeline-project-${createHash('sha256').update(await readFile(tarball)).digest('hex').slice(0, 12)}`);
  if (await stat(join(project, 'ready')).catch(() => undefined)) return project;
  await rm(project, { recursive: true, force: true });
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'newsroom-page', private: true, type: 'module' }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, stdio: 'ignore' });
  await copyFile(join(root, 'data/events.json'), join(project, 'events.json'));
  await writeFile(join(project, 'ready'), '');
  return project;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** How many marks `page` (a file of the project) draws once the element has loaded the story. */
export async function marksDrawn(project: string, page: string): Promise<number> {
  const server = createServer(async (request, response) => {
    try {
      const path = new URL(request.url!, 'http://localhost').pathname;
      const body = await readFile(join(project, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/${page}`);
    const marks = await tab.waitForFunction(() => document.querySelector('conflict-timeline')?.shadowRoot?.querySelectorAll('.mark').length, { timeout: 10000 });
    return Number(await marks.jsonValue());
  } finally {
    await browser.close();
    server.close();
  }
}

/** A page of the project that loads `script` as a module and holds one element showing the story. */
export async function storyPage(project: string, name: string, script: string): Promise<string> {
  await writeFile(
    join(project, name),
    `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="${script}"></script></head>\n<body><conflict-timeline src="events.json"></conflict-timeline></body></html>`,
  );
  return name;
}
