// `conflict-timeline render`: a data file as static HTML, the timeline for readers without JavaScript.
import { formatEventDate, isWebLink, partialDateText, type Source, type Timeline, type TimelineEvent } from '../model/index.js';
import { escapeMarkup } from '../model/markup.js';

function renderSource(source: Source, localeId: string): string {
  const parts = [source.publisher, source.byline, source.published && formatEventDate(source.published, localeId)].filter(Boolean) as string[];
  const title = source.url && isWebLink(source.url) ? `<a href="${escapeMarkup(source.url)}">${escapeMarkup(source.title)}</a>` : escapeMarkup(source.title);
  return `<cite>${title}</cite>${parts.map((part) => `, ${escapeMarkup(part)}`).join('')}`;
}

function renderEvent(event: TimelineEvent, localeId: string): string {
  const date = formatEventDate(event.when, localeId);
  const shown = event.displayDate ? `${escapeMarkup(event.displayDate)} (${escapeMarkup(date)})` : escapeMarkup(date);
  const lines = [
    `  <li id="${escapeMarkup(event.id)}">`,
    `    <time datetime="${partialDateText(event.when.first)}">${shown}</time>`,
    `    <h3>${escapeMarkup(event.title)}</h3>`,
  ];
  if (event.summary) lines.push(`    <p>${escapeMarkup(event.summary)}</p>`);
  if (event.dateNote) lines.push(`    <p><small>${escapeMarkup(event.dateNote)}</small></p>`);
  for (const { source, quote } of event.citations) {
    lines.push(`    <blockquote>${escapeMarkup(quote)}</blockquote>`, `    <p>— ${renderSource(source, localeId)}</p>`);
  }
  lines.push('  </li>');
  return lines.join('\n');
}

/**
 * The timeline as script-free HTML: an ordered list of events with their dates, as precise as
 * their sources, and their citations. Placed inside `<conflict-timeline>` it is what readers
 * without JavaScript, feed readers, print and search engines see; the element replaces it
 * when it starts.
 */
export function renderStaticHtml(timeline: Timeline, localeId = 'en'): string {
  const lines = [`<section class="conflict-timeline-fallback" lang="${escapeMarkup(localeId)}">`];
  if (timeline.title) lines.push(`<h2>${escapeMarkup(timeline.title)}</h2>`);
  if (timeline.description) lines.push(`<p>${escapeMarkup(timeline.description)}</p>`);
  lines.push('<ol>', ...timeline.events.map((event) => renderEvent(event, localeId)), '</ol>', '</section>');
  return `${lines.join('\n')}\n`;
}
