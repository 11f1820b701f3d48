// The head of `render --page`: the page's title, its data for search engines and social cards, and the element's look.
import type { Timeline } from '../model/index.js';
import { escapeMarkup } from '../model/markup.js';
import { DEFAULT_COLOURS } from '../picture/picture.js';
import { structuredDataLines } from './structured-data.js';

/** The element's list look (its type scale, line, dots and colours by first tag), for the static list. */
function pageStyle(): string {
  const { text, muted, background, border, mark, tags } = DEFAULT_COLOURS;
  const tagRules = tags.map((colour, index) => `.conflict-timeline-fallback .c${index} { --mark: ${colour}; }`).join('\n');
  return `body { margin: 0; background: ${background}; color: ${text}; }
.conflict-timeline-fallback { --mark: ${mark}; max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem; font: 15px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.conflict-timeline-fallback h2 { margin: 0 0 0.25rem; font-size: 1.45em; line-height: 1.2; }
.conflict-timeline-fallback > p { margin: 0 0 1rem; color: ${muted}; }
.conflict-timeline-fallback ol { list-style: none; margin: 0; padding: 0; }
.conflict-timeline-fallback li { position: relative; margin-inline-start: 0.5rem; padding: 0 0 0.8rem 1.6rem; border-inline-start: 2px solid ${border}; }
.conflict-timeline-fallback li::before { content: ''; position: absolute; left: -0.45rem; top: 0.3rem; width: 0.8rem; height: 0.8rem; border-radius: 50%; background: var(--mark); border: 2px solid ${background}; }
.conflict-timeline-fallback li.featured::before { box-shadow: 0 0 0 2px var(--mark); }
.conflict-timeline-fallback time { font-size: 0.85em; font-weight: 600; color: ${muted}; }
.conflict-timeline-fallback .key-event { margin-inline-start: 0.4rem; padding: 0 0.4rem; border-radius: 999px; font-size: 0.75em; color: ${background}; background: ${text}; }
.conflict-timeline-fallback h3 { margin: 0.1rem 0 0.2rem; font-size: 1em; }
.conflict-timeline-fallback li p { margin: 0.1rem 0; }
.conflict-timeline-fallback .source-line { font-size: 0.85em; color: ${muted}; }
.conflict-timeline-fallback summary { min-height: 24px; cursor: pointer; color: ${muted}; }
.conflict-timeline-fallback blockquote { margin: 0.4rem 0 0; padding-inline-start: 0.6rem; border-inline-start: 3px solid var(--mark); }
.conflict-timeline-fallback dl { display: grid; grid-template-columns: auto 1fr; gap: 0 0.6rem; margin: 0.3rem 0; font-size: 0.9em; }
.conflict-timeline-fallback dt { color: ${muted}; }
.conflict-timeline-fallback dd { margin: 0; }
.conflict-timeline-fallback .key { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin: 0.5rem 0 0; padding: 0; font-size: 0.85em; }
.conflict-timeline-fallback .key li { padding: 0; border: 0; margin: 0; }
.conflict-timeline-fallback .key li::before { position: static; display: inline-block; vertical-align: -0.1em; margin-inline-end: 0.35rem; width: 0.7rem; height: 0.7rem; border: 0; }
${tagRules}`;
}

export function renderPageHead(timeline: Timeline): string {
  const lines = ['<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">', `<title>${escapeMarkup(timeline.title ?? 'Timeline')}</title>`];
  if (timeline.description) lines.push(`<meta name="description" content="${escapeMarkup(timeline.description)}">`);
  lines.push(...structuredDataLines(timeline));
  lines.push(`<style>\n${pageStyle()}\n</style>`, '</head>');
  return `${lines.join('\n')}\n`;
}
