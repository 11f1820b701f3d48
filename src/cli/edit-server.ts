// `conflict-timeline edit`'s local server: the editor page, and the one data file it may read and
// write, for the holder of the token only, on 127.0.0.1 only.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { access, copyFile, readFile, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { reviewTimelineText } from '../model/validate.js';
import { decodeDataFile } from './read-text.js';
import { replaceFile } from './output-file.js';

/** The editor page's policy: its own script only, Lit's Trusted Types policy, nothing framed. */
const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Editing a timeline</title>
<script type="module" src="/editor.js"></script>
</head>
<body>
<timeline-editor></timeline-editor>
</body>
</html>
`;

export interface EditServer {
  server: Server;
  port: number;
  token: string;
}

/** The version of a file's bytes: a change on disk since the editor loaded it shows as another. */
const versionOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What the file holds now: its text (or none), a version to detect changes by, whether it can be written. */
async function fileState(file: string) {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  // Marked read-only (no write bit), or not writable by this user: root may write anything, not a file its owner marked so.
  const marked = bytes !== undefined && ((await stat(file)).mode & 0o222) === 0;
  const writable = !marked && (await access(bytes === undefined ? dirname(file) : file, constants.W_OK).then(() => true, () => false));
  if (bytes === undefined) return { exists: false, text: '', version: 'none', writable };
  const decoded = decodeDataFile(bytes, file);
  return { exists: true, text: decoded.ok ? decoded.text : '', notText: decoded.ok ? undefined : decoded.message, version: versionOf(bytes), writable };
}

function send(response: ServerResponse, status: number, body: string, type = 'application/json'): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': POLICY });
  response.end(body);
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Saves `text` over the file when the file is still the version the editor loaded and the text
 * has no error (warnings do not block): the version before is kept as FILE.bak, and the new one
 * written whole (a temporary file beside it, renamed over it).
 */
async function save(file: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { text, baseVersion } = JSON.parse(await bodyOf(request)) as { text: string; baseVersion: string };
  const now = await fileState(file);
  if (now.version !== baseVersion) return send(response, 409, JSON.stringify({ reason: 'changed', message: `${file} changed on disk since it was loaded: reload it to see the change; nothing was saved` }));
  if (!now.writable) return send(response, 403, JSON.stringify({ reason: 'read-only', message: `${file} is read-only: nothing was saved` }));
  const errors = reviewTimelineText(text).problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0) return send(response, 422, JSON.stringify({ reason: 'problems', message: `${errors.length} problem${errors.length === 1 ? '' : 's'} to fix before saving`, problems: errors }));
  if (now.exists) await copyFile(file, `${file}.bak`);
  await replaceFile(file, text);
  send(response, 200, JSON.stringify({ version: versionOf(Buffer.from(text)) }));
}

/** Starts the server on 127.0.0.1 (`port` 0 for a free one); resolves once it listens. */
export async function startEditServer(file: string, assets: { script: string; schema: string }, port = 0): Promise<EditServer> {
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const server = createServer(async (request, response) => {
    const address = server.address() as { port: number };
    // A page from elsewhere can reach 127.0.0.1 through a name it controls (DNS rebinding): only our own names pass.
    if (![`127.0.0.1:${address.port}`, `localhost:${address.port}`].includes(request.headers.host ?? '')) return send(response, 403, '{"reason":"host"}');
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    try {
      if (request.method === 'GET' && path === '/') return send(response, 200, PAGE, 'text/html');
      if (request.method === 'GET' && path === '/editor.js') return send(response, 200, assets.script, 'text/javascript');
      if (request.method === 'GET' && path === '/events.schema.json') return send(response, 200, assets.schema);
      if (path !== '/api/file') return send(response, 404, '{"reason":"not found"}');
      const given = Buffer.from(String(request.headers['x-edit-token'] ?? ''));
      if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) return send(response, 403, '{"reason":"token"}');
      if (request.method === 'GET') return send(response, 200, JSON.stringify({ file, ...(await fileState(file)) }));
      if (request.method === 'PUT') return await save(file, request, response);
      return send(response, 405, '{"reason":"method"}');
    } catch (error) {
      send(response, 500, JSON.stringify({ reason: 'error', message: String((error as Error).message) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, token };
}
