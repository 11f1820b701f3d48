// Where the element's data comes from (`data`, `src`, or an inline JSON script, watched for
// changes), loaded one at a time, and announced with `timeline-load` or `timeline-error`.
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { validateTimeline } from '../../model/index.js';
import { uiStrings } from '../../i18n/strings.js';
import { failureMessage, loadTimeline, outcomeOfText, type LoadOutcome } from '../load.js';
import { emit } from '../events.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  timeout: number;
  data?: unknown;
  locale: string;
}

export class DataController implements ReactiveController {
  /** True while a file is being fetched. */
  loading = false;
  private readonly inlineDataObserver = new MutationObserver(() => this.readInlineData());
  private loadController?: AbortController;

  /** `onOutcome` takes each outcome, and `undefined` when a fetch starts: nothing to show yet. */
  constructor(
    private readonly host: DataHost,
    private readonly onOutcome: (outcome: LoadOutcome | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.inlineDataObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (!this.host.src && this.host.data === undefined) this.readInlineData();
  }

  hostDisconnected(): void {
    this.inlineDataObserver.disconnect();
    this.loadController?.abort();
    this.loadController = undefined;
    this.loading = false;
  }

  /** Reads new data when `data` or `src` changed; called from the host's `willUpdate`. */
  update(changed: PropertyValues): void {
    const { data, src } = this.host;
    if (changed.has('data') && data !== undefined) this.useData(data);
    else if (changed.has('src') && src) void this.fetchData(src);
  }

  /** Data given as an object is always readable: only its content can have problems. */
  private useData(data: unknown): void {
    this.loadController?.abort();
    this.loading = false;
    this.show({ ok: true, result: validateTimeline(data) });
  }

  private async fetchData(url: string): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.loading = true;
    this.onOutcome(undefined);
    try {
      const outcome = await loadTimeline(url, controller.signal, this.host.timeout);
      if (this.loadController !== controller) return;
      this.loading = false;
      this.show(outcome);
    } catch (error) {
      // Aborted: newer data, or the element was removed. Nothing of this load may show.
      if (!controller.signal.aborted) throw error;
    }
  }

  private readInlineData(): void {
    if (this.host.src || this.host.data !== undefined) return;
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (script?.textContent) this.show(outcomeOfText(script.textContent));
  }

  private show(outcome: LoadOutcome): void {
    this.onOutcome(outcome);
    if (outcome.ok) {
      const { timeline, leftOut, problems } = outcome.result;
      emit(this.host, 'timeline-load', { events: timeline.events.length, leftOut, problems });
    } else {
      const problems = outcome.failure.kind === 'unreadable' ? outcome.failure.result.problems : [];
      const message = failureMessage(outcome.failure, this.host.src ?? 'data', uiStrings(this.host.locale));
      emit(this.host, 'timeline-error', { kind: outcome.failure.kind, message, problems });
    }
  }
}
