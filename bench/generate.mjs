// Seeded synthetic timelines: mixed day, month and year precision, ranges, tags and sources,
// spread over 30 years, written as data files for conflict-timeline and as items for vis-timeline.

/** mulberry32: a small, well-known seeded generator, so every run draws the same timeline. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['diplomacy', 'unrest', 'war', 'economy', 'elections', 'context'];
const WORDS = ['Talks', 'Protest', 'Summit', 'Ceasefire', 'Statement', 'Vote', 'Expulsion', 'Congress', 'Forum', 'Strike'];
const pad = (value, width = 2) => String(value).padStart(width, '0');

/** A partial date string of the given precision for a day offset from 1 January 1995. */
function partialDate(dayOffset, precision) {
  const date = new Date(Date.UTC(1995, 0, 1) + dayOffset * 86_400_000);
  const year = pad(date.getUTCFullYear(), 4);
  if (precision === 'year') return year;
  const month = `${year}-${pad(date.getUTCMonth() + 1)}`;
  return precision === 'month' ? month : `${month}-${pad(date.getUTCDate())}`;
}

/** A data file of `count` events, the same for the same count and seed. */
export function generateTimeline(count, seed = 20240720) {
  const next = random(seed + count);
  const span = 30 * 365;
  const events = [];
  for (let index = 0; index < count; index++) {
    const roll = next();
    const precision = roll < 0.6 ? 'day' : roll < 0.9 ? 'month' : 'year';
    const start = Math.floor(next() * span);
    const event = {
      id: `event-${index}`,
      title: `${WORDS[Math.floor(next() * WORDS.length)]} ${index}`,
      tags: [TAGS[Math.floor(next() * TAGS.length)]],
      citations: [{ source: `source-${index % 5}`, quote: `Words of the source about event ${index}.` }],
    };
    if (next() < 0.1) {
      event.start = partialDate(start, precision);
      event.end = partialDate(Math.min(span, start + 30 + Math.floor(next() * 400)), precision);
    } else {
      event.date = partialDate(start, precision);
    }
    events.push(event);
  }
  const sources = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`source-${index}`, { publisher: `Wire ${index}`, title: `Report ${index}` }]));
  return { title: `Synthetic timeline of ${count} events`, sources, events };
}

/** The same events as vis-timeline items: points for days, boxes spanning months and years. */
export function visItems(file) {
  const bounds = (text, edge) => {
    const [year, month, day] = text.split('-').map(Number);
    if (edge === 'start') return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
    if (day) return Date.UTC(year, month - 1, day + 1);
    if (month) return Date.UTC(year, month, 1);
    return Date.UTC(year + 1, 0, 1);
  };
  return file.events.map((event) => {
    const first = event.date ?? event.start;
    const last = event.date ?? event.end;
    const isDay = first.length === 10 && event.date;
    return isDay
      ? { id: event.id, content: event.title, start: bounds(first, 'start'), type: 'point' }
      : { id: event.id, content: event.title, start: bounds(first, 'start'), end: bounds(last, 'end'), type: 'range' };
  });
}
