// `conflict-timeline check`: a data file's problems, one line each, with a summary.
import { formatEventDate, formatProblem } from '../model/index.js';
import { reviewTimelineText } from '../model/validate.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Checks the text of a data file and says so in lines a journalist can act on: one line of
 * summary when all is well, else one line per problem (`file:line:col  path  message: fix`)
 * and a count. `ok` is false when there is any problem.
 */
export function checkReport(text: string, fileName: string): { ok: boolean; lines: string[] } {
  const { problems, leftOut, kept, span } = reviewTimelineText(text);
  if (problems.length === 0) {
    const spanText = span ? `, ${formatEventDate(span, 'en')}` : '';
    return {
      ok: true,
      lines: [`${fileName}: ${plural(kept.events, 'event')}, ${plural(kept.sources, 'source')}${spanText}`],
    };
  }
  const lostParts = (['events', 'sources', 'eras'] as const)
    .filter((kind) => leftOut[kind] > 0)
    .map((kind) => plural(leftOut[kind], kind.slice(0, -1)));
  const lost = lostParts.length > 0 ? `${lostParts.join(', ')} left out; ` : '';
  return {
    ok: false,
    lines: [
      ...problems.map((problem) => formatProblem(problem, fileName)),
      `${plural(problems.length, 'problem')} in ${fileName}: ${lost}${plural(kept.events, 'event')} kept`,
    ],
  };
}
