// The story's checked data as a plain list.
import { checkTimelineText, formatEventDate, formatProblem } from '../src/index.js';

const dataUrl = new URL('../data/events.json', import.meta.url);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

const response = await fetch(dataUrl);
const { timeline, problems } = checkTimelineText(await response.text());
document.querySelector('#title')!.textContent = timeline.title;
document.querySelector('#description')!.textContent = timeline.description ?? '';
document.querySelector('#status')!.textContent = problems.map((problem) => formatProblem(problem, 'data/events.json')).join('\n');
document.querySelector('#events')!.append(
  ...timeline.events.map((event) =>
    element('li', undefined, [
      element('time', event.displayDate ?? formatEventDate(event.when, 'en')),
      element('strong', event.title),
      element('p', event.summary ?? ''),
      ...event.citations.map((citation) => element('blockquote', `“${citation.quote}” — ${citation.source.publisher ?? citation.source.title}`)),
    ]),
  ),
);
