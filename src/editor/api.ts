// The editor page's calls to its local server, each carrying the token from the page's address.
export interface LoadedFile {
  file: string;
  exists: boolean;
  text: string;
  /** Why the bytes are not text, when they are not UTF-8. */
  notText?: string;
  version: string;
  writable: boolean;
}

/** A save refused says why; the problems it names are the ones the page already shows. */
export type SaveOutcome = { ok: true; version: string } | { ok: false; reason: 'changed' | 'problems' | 'read-only' | 'error'; message: string };

/** The token is in the fragment (#token=…), which the browser never sends, and so never logs. */
const token = () => new URLSearchParams(location.hash.slice(1)).get('token') ?? '';

export async function loadFile(): Promise<LoadedFile> {
  const response = await fetch('/api/file', { headers: { 'x-edit-token': token() }, cache: 'no-store' });
  if (!response.ok) throw new Error(response.status === 403 ? 'This page has no valid token: open the address the edit command printed.' : `The server answered ${response.status}.`);
  return (await response.json()) as LoadedFile;
}

export async function saveFile(text: string, baseVersion: string): Promise<SaveOutcome> {
  const response = await fetch('/api/file', { method: 'PUT', headers: { 'x-edit-token': token(), 'content-type': 'application/json' }, body: JSON.stringify({ text, baseVersion }) });
  const answer = (await response.json()) as { version?: string; reason?: string; message?: string };
  if (response.ok) return { ok: true, version: answer.version! };
  return { ok: false, reason: (answer.reason as 'changed') ?? 'error', message: answer.message ?? `The server answered ${response.status}.` };
}

/** The schema's description of each field, by definition and field: the form's help texts. */
export async function fieldHelp(): Promise<Record<string, Record<string, string>>> {
  const schema = (await (await fetch('/events.schema.json')).json()) as { $defs: Record<string, { properties?: Record<string, { description?: string }> }> };
  return Object.fromEntries(Object.entries(schema.$defs).map(([name, definition]) => [name, Object.fromEntries(Object.entries(definition.properties ?? {}).map(([field, { description }]) => [field, description ?? '']))]));
}
