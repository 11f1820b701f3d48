// The loading message, the error that names what went wrong, or the note of events left out.
import { html, nothing, type TemplateResult } from 'lit';
import type { CheckResult } from '../../model/index.js';
import { failureMessage, type LoadOutcome } from '../load.js';
import type { UiStrings } from '../../i18n/strings.js';

function problemList(result: CheckResult): TemplateResult {
  return html`<ul>
    ${result.problems.map((problem) => {
      const where = problem.position ? ` (${problem.position.line}:${problem.position.column})` : '';
      return html`<li>${problem.path}${where}: ${problem.message}: ${problem.fix}</li>`;
    })}
  </ul>`;
}

/** The loading state, the error state, or the notice of events left out, whichever applies. */
export function renderStatus(loading: boolean, outcome: LoadOutcome | undefined, url: string, strings: UiStrings): TemplateResult | typeof nothing {
  if (loading) return html`<div class="loading" part="loading" role="status">${strings.loading}</div>`;
  if (!outcome) return nothing;
  if (!outcome.ok) {
    const { failure } = outcome;
    return html`<div class="error" part="error" role="alert">
      <strong>${strings.errorTitle}</strong> ${failureMessage(failure, url, strings)}
      ${failure.kind === 'unreadable' ? problemList(failure.result) : nothing}
    </div>`;
  }
  const { leftOut, timeline } = outcome.result;
  return html`${leftOut.events > 0
    ? html`<div class="notice" part="notice" role="status">${strings.leftOut(leftOut.events)} ${problemList(outcome.result)}</div>`
    : nothing}${timeline.events.length === 0 ? html`<div class="notice" part="notice">${strings.noEvents}</div>` : nothing}`;
}
