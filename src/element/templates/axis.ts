// The time axis under the lanes.
import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/**
 * The axis under the lanes, drawn as d3-axis's `axisBottom` draws it (a domain line, and a tick
 * and a label per value), but as a template keyed by tick: a pan moves the ticks and rewrites
 * only the labels that change, where d3-axis set every label's text, and so made new text to lay
 * out, at every step.
 */
export function renderAxis(values: readonly number[], x: (instant: number) => number, width: number, label: (value: number, index: number) => string): SVGTemplateResult {
  // Half a pixel puts a 1 px line on one row of pixels where a pixel is a CSS pixel, as d3 does.
  const offset = devicePixelRatio > 1 ? 0 : 0.5;
  return svg`<g fill="none" font-size="10" font-family="sans-serif" text-anchor="middle">
    <path class="domain" stroke="currentColor" d=${`M${offset},${offset}H${width + offset}`}></path>
    ${repeat(
      values,
      (value) => value,
      // No space between the parts: a tick's text is its label alone.
      (value, index) =>
        svg`<g class="tick" transform=${`translate(${x(value) + offset},0)`}><line stroke="currentColor" y2="6"></line><text fill="currentColor" y="9" dy="0.71em">${label(value, index)}</text></g>`,
    )}
  </g>`;
}
