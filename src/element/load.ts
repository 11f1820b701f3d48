import { checkTimelineText, type CheckResult } from '../model/index.js';

/** Why data could not be had at all, as opposed to problems inside it. */
export type LoadFailure = { kind: 'network' } | { kind: 'http'; status: number } | { kind: 'not-json'; result: CheckResult };

export type LoadOutcome = { ok: true; result: CheckResult } | { ok: false; failure: LoadFailure };

/** Checks data file text: unreadable text is a failure, problems inside readable text are not. */
export function outcomeOfText(text: string): LoadOutcome {
  const result = checkTimelineText(text);
  return result.readable ? { ok: true, result } : { ok: false, failure: { kind: 'not-json', result } };
}

/**
 * Fetches and checks a data file. Rejects only when the signal aborts it, so that a caller
 * that moved on to other data never shows this one.
 */
export async function loadTimeline(url: string, signal: AbortSignal): Promise<LoadOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, failure: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, failure: { kind: 'network' } };
  }
  signal.throwIfAborted();
  return outcomeOfText(text);
}
