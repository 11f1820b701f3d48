// The events the element fires, and the shape of each one's `detail`.
import type { CheckResult, Problem, TimelineEvent } from '../model/index.js';
import type { LoadFailure } from './load.js';

/** `timeline-load`: data was read. */
export interface TimelineLoadDetail {
  /** How many events are shown. */
  events: number;
  leftOut: CheckResult['leftOut'];
  problems: Problem[];
}

/** `timeline-select`: an event was selected. */
export interface TimelineSelectDetail {
  /** The event as checked: dates parsed, citations joined with their sources. */
  event: TimelineEvent;
}

/** `timeline-error`: data could not be read. */
export interface TimelineErrorDetail {
  kind: LoadFailure['kind'];
  message: string;
  problems: Problem[];
}

export interface TimelineEventDetails {
  'timeline-load': TimelineLoadDetail;
  'timeline-select': TimelineSelectDetail;
  'timeline-error': TimelineErrorDetail;
}

/** Fires one of the element's events, seen outside its shadow root and by the page. */
export function emit<Type extends keyof TimelineEventDetails>(host: HTMLElement, type: Type, detail: TimelineEventDetails[Type]): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
