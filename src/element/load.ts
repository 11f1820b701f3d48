// Reading a data file from a URL or from text: the checked result, or why nothing could be read.
import { checkTimelineText, validateTimeline, type CheckResult, type Problem } from '../model/index.js';
import { importCsvText } from '../model/csv.js';
import type { UiStrings } from '../i18n/strings.js';

/** Why data could not be had at all, as opposed to problems inside it. */
export type LoadFailure = { kind: 'network' } | { kind: 'timeout'; seconds: number } | { kind: 'http'; status: number } | { kind: 'unreadable'; result: CheckResult };

export type LoadOutcome = { ok: true; result: CheckResult } | { ok: false; failure: LoadFailure };

/** Checks data file text: unreadable text is a failure, problems inside readable text are not. */
export function outcomeOfText(text: string): LoadOutcome {
  return outcomeOf(checkTimelineText(text));
}

function outcomeOf(result: CheckResult): LoadOutcome {
  return result.readable ? { ok: true, result } : { ok: false, failure: { kind: 'unreadable', result } };
}

/**
 * Checks a spreadsheet in the template (docs/adding-events.md), events and sources in one
 * file: the rows left out for their cells count as events left out, named by row and column.
 */
function outcomeOfCsv(text: string, fileName: string): LoadOutcome {
  const imported = importCsvText(text, fileName, fileName.replace(/\.[^.]*$/, ''));
  const checked = validateTimeline(imported.file);
  const rowProblems = imported.problems.map(
    (problem): Problem => ({ path: `row ${problem.row}, column ${problem.column}`, pointer: '', at: 'value', message: problem.message, fix: problem.fix }),
  );
  return outcomeOf({
    ...checked,
    readable: imported.readable,
    problems: [...rowProblems, ...checked.problems],
    leftOut: { ...checked.leftOut, events: checked.leftOut.events + imported.rowsLeftOut },
  });
}

/** A spreadsheet by its name (`.csv`) or by what the server says it is (`text/csv`). */
const isCsv = (url: URL, contentType: string | null) => /\.csv$/i.test(url.pathname) || /^text\/csv\b/i.test(contentType ?? '');

/**
 * Fetches and checks a data file, JSON or CSV, giving up after `timeoutSeconds` (a response that
 * never ends would otherwise keep "Loading…" for ever). Rejects only when the signal aborts it,
 * so that a caller that moved on to other data never shows this one.
 */
export async function loadTimeline(url: string, signal: AbortSignal, timeoutSeconds = 30): Promise<LoadOutcome> {
  const fetching = new AbortController();
  const stopFetching = () => fetching.abort();
  signal.addEventListener('abort', stopFetching);
  const timer = setTimeout(stopFetching, timeoutSeconds * 1000);
  const failed = (error: unknown, failure: LoadFailure): LoadOutcome => {
    if (signal.aborted) throw error;
    return { ok: false, failure: fetching.signal.aborted ? { kind: 'timeout', seconds: timeoutSeconds } : failure };
  };
  let response: Response;
  let text: string;
  try {
    try {
      response = await fetch(url, { signal: fetching.signal, credentials: 'same-origin' });
    } catch (error) {
      return failed(error, { kind: 'network' });
    }
    if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
    try {
      text = await response.text();
    } catch (error) {
      return failed(error, { kind: 'network' });
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stopFetching);
  }
  signal.throwIfAborted();
  const address = new URL(response.url || url, location.href);
  if (!isCsv(address, response.headers.get('content-type'))) return outcomeOfText(text);
  return outcomeOfCsv(text, fileNameOf(address));
}

function fileNameOf(address: URL): string {
  const name = address.pathname.split('/').pop() || 'data.csv';
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** What went wrong when data could not be had, in the reader's language. */
export function failureMessage(failure: LoadFailure, url: string, strings: UiStrings): string {
  switch (failure.kind) {
    case 'network':
      return strings.networkError(url);
    case 'timeout':
      return strings.timedOut(url, failure.seconds);
    case 'http':
      return strings.httpError(url, failure.status);
    case 'unreadable':
      return strings.notJson(url);
  }
}
