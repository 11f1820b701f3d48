// `conflict-timeline check`: a data file's problems, one line each, with a summary.
import { formatEventDate, formatProblem, type Problem } from '../model/index.js';
import { reviewTimelineText } from '../model/validate.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A problem as one JSON object, for machines: the same facts as its line. */
function problemJson(problem: Problem, file: string): string {
  const { position, severity = 'error', message, fix, path } = problem;
  return JSON.stringify({ file, line: position?.line ?? null, column: position?.column ?? null, severity, message, fix, path });
}

export interface CheckReport {
  /** False when there is any problem. */
  ok: boolean;
  /** For standard output: a good file's summary, or (`json`) each problem as an object. */
  out: string[];
  /** For standard error: each problem's line and a count (the count alone with `json`). */
  err: string[];
}

/**
 * Checks the text of a data file and says so in lines a journalist (or, with `json`, a
 * machine) can act on: one line of summary when all is well, else one line per problem
 * (`file:line:col: error: message: fix [path]`) and a count.
 */
export function checkReport(text: string, fileName: string, format: 'text' | 'json' = 'text'): CheckReport {
  const { problems, leftOut, kept, span } = reviewTimelineText(text);
  if (problems.length === 0) {
    const spanText = span ? `, ${formatEventDate(span, 'en')}` : '';
    const summary = `${fileName}: ${plural(kept.events, 'event')}, ${plural(kept.sources, 'source')}${spanText}`;
    return format === 'json' ? { ok: true, out: [], err: [summary] } : { ok: true, out: [summary], err: [] };
  }
  const lostParts = (['events', 'sources', 'eras'] as const)
    .filter((kind) => leftOut[kind] > 0)
    .map((kind) => plural(leftOut[kind], kind.slice(0, -1)));
  const lost = lostParts.length > 0 ? `${lostParts.join(', ')} left out; ` : '';
  const count = `${plural(problems.length, 'problem')} in ${fileName}: ${lost}${plural(kept.events, 'event')} kept`;
  if (format === 'json') return { ok: false, out: problems.map((problem) => problemJson(problem, fileName)), err: [count] };
  return { ok: false, out: [], err: [...problems.map((problem) => formatProblem(problem, fileName)), count] };
}
