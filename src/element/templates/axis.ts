// The time axis under the lanes.
import { svg, type SVGTemplateResult } from 'lit';

/**
 * The axis under the lanes, drawn as d3-axis's `axisBottom` draws it (a domain line, and a tick
 * and a label per value), its ticks reused by position: Lit writes only a label whose text
 * changed. Keyed by tick (lit's `repeat`), a pan rewrote fewer labels, but traced it saved less
 * layout (about 0.1 ms a step) than it cost in script (0.25 ms), and every reader its 0.7 KB.
 */
export function renderAxis(values: readonly number[], x: (instant: number) => number, width: number, label: (value: number, index: number) => string): SVGTemplateResult {
  // Half a pixel puts a 1 px line on one row of pixels where a pixel is a CSS pixel, as d3 does.
  const offset = devicePixelRatio > 1 ? 0 : 0.5;
  return svg`<g fill="none" font-size="10" font-family="sans-serif" text-anchor="middle">
    <path class="domain" stroke="currentColor" d=${`M${offset},${offset}H${width + offset}`}></path>
    ${values.map(
      // No space between the parts: a tick's text is its label alone.
      (value, index) =>
        svg`<g class="tick" transform=${`translate(${x(value) + offset},0)`}><line stroke="currentColor" y2="6"></line><text fill="currentColor" y="9" dy="0.71em">${label(value, index)}</text></g>`,
    )}
  </g>`;
}
