// The editor's forms: one event (every field the schema has, citations included) and one source.
// Each field is a real <label>ed control, with the schema's description as its help and the
// checker's problems for it beside it.
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/index.js';
import { citing, knownTags, listOf, listText, precisionRead, type RawFile, type RawObject } from './edits.js';

/** What a form needs: the file, the help texts, the problems of the item, and what to do on input. */
export interface FormContext {
  file: RawFile;
  help: Record<string, Record<string, string>>;
  /** The problems of the item, by field (its first pointer segment after the item). */
  problems: Map<string, Problem[]>;
  /** Sets a field (removed when emptied), then redraws and checks again. */
  set: (field: string, value: unknown) => void;
}

const PRECISION_WORDS = { year: 'a year', month: 'a month', day: 'a day' } as const;
const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined ? '' : String(value));

function problemsOf(context: FormContext, field: string, id: string): TemplateResult | typeof nothing {
  const problems = context.problems.get(field);
  if (!problems?.length) return nothing;
  return html`<ul class="field-problems" id=${`${id}-problems`}>
    ${problems.map((problem) => html`<li class=${problem.severity === 'warning' ? 'warning' : 'error'}>${problem.message}: ${problem.fix}</li>`)}
  </ul>`;
}

/** A labelled text field (or text area), its help and its problems, all tied to it for screen readers. */
function field(context: FormContext, kind: string, name: string, label: string, value: string, options: { area?: boolean; hint?: string; list?: string; onInput?: (value: string) => void } = {}): TemplateResult {
  const id = `field-${name}`;
  const help = context.help[kind]?.[name] ?? '';
  const invalid = (context.problems.get(name)?.length ?? 0) > 0;
  const describedBy = [help ? `${id}-help` : '', invalid ? `${id}-problems` : '', options.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  const input = (event: Event) => (options.onInput ?? ((next: string) => context.set(name, next)))((event.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${options.area
      ? html`<textarea id=${id} .value=${value} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${input}></textarea>`
      : html`<input id=${id} .value=${value} list=${options.list ?? nothing} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${input} />`}
    ${options.hint ? html`<span class="hint" id=${`${id}-hint`}>${options.hint}</span>` : nothing}
    ${help ? html`<span class="help" id=${`${id}-help`}>${help}</span>` : nothing} ${problemsOf(context, name, id)}
  </div>`;
}

function checkbox(context: FormContext, name: string, label: string, checked: boolean): TemplateResult {
  const help = context.help.event?.[name] ?? '';
  return html`<div class="field checkbox">
    <input type="checkbox" id=${`field-${name}`} .checked=${checked} aria-describedby=${`field-${name}-help`} @change=${(event: Event) => context.set(name, (event.target as HTMLInputElement).checked)} />
    <label for=${`field-${name}`}>${label}</label>
    <span class="help" id=${`field-${name}-help`}>${help}</span>
  </div>`;
}

const dateHint = (value: string) => {
  const precision = precisionRead(value);
  return precision ? `Read as ${PRECISION_WORDS[precision]}.` : value.trim() ? 'Not a date yet: write YYYY, YYYY-MM or YYYY-MM-DD.' : '';
};

/** One citation: its source (or a new one) and the source's words. */
function citationFields(context: FormContext, citation: RawObject, index: number, actions: EventFormActions): TemplateResult {
  const id = `citation-${index}`;
  const sources = Object.entries(context.file.sources);
  return html`<fieldset class="citation">
    <legend>Citation ${index + 1}</legend>
    <label for=${`${id}-source`}>Source</label>
    <select
      id=${`${id}-source`}
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        if (value === '') actions.newSource(index);
        else actions.setCitation(index, 'source', value);
      }}
    >
      ${sources.map(([sourceId, source]) => html`<option value=${sourceId} ?selected=${citation.source === sourceId}>${text(source.publisher) || sourceId}: ${text(source.title)}</option>`)}
      <option value="" ?selected=${!sources.some(([sourceId]) => sourceId === citation.source)}>New source…</option>
    </select>
    <label for=${`${id}-quote`}>Quote</label>
    <textarea id=${`${id}-quote`} aria-describedby=${`${id}-help`} .value=${text(citation.quote)} @input=${(event: Event) => actions.setCitation(index, 'quote', (event.target as HTMLTextAreaElement).value)}></textarea>
    <span class="help" id=${`${id}-help`}>${context.help.citation?.quote ?? ''}</span>
    <button type="button" @click=${() => actions.removeCitation(index)}>Remove citation ${index + 1}</button>
  </fieldset>`;
}

export interface EventFormActions {
  setDates: (date: string, end: string) => void;
  setCitation: (index: number, field: 'source' | 'quote', value: string) => void;
  /** Cites a new source in this citation, and opens it in the sources form. */
  newSource: (index: number) => void;
  addCitation: () => void;
  removeCitation: (index: number) => void;
}

/** The form for one event: every field the schema has. */
export function eventForm(event: RawObject, context: FormContext, actions: EventFormActions): TemplateResult {
  const date = text(event.date ?? event.start);
  const end = text(event.end);
  const citations = Array.isArray(event.citations) ? (event.citations as RawObject[]) : [];
  return html`<form class="item-form" aria-label="Event" @submit=${(submit: Event) => submit.preventDefault()}>
    ${field(context, 'event', 'title', 'Title', text(event.title))}
    ${field(context, 'event', 'date', 'Date', date, { hint: dateHint(date), onInput: (value) => actions.setDates(value, end) })}
    ${field(context, 'event', 'end', 'End date (for something that lasted)', end, { hint: dateHint(end), onInput: (value) => actions.setDates(date, value) })}
    ${checkbox(context, 'approximate', 'Approximate (readers see “c.”)', event.approximate === true)}
    ${field(context, 'event', 'dateNote', 'Date note', text(event.dateNote), { area: true })}
    ${field(context, 'event', 'displayDate', 'Date as shown (instead of the date)', text(event.displayDate))}
    ${field(context, 'event', 'summary', 'Summary', text(event.summary), { area: true })}
    ${field(context, 'event', 'place', 'Place', text(event.place))}
    ${field(context, 'event', 'actors', 'Actors (separated by commas)', listText(event.actors), { onInput: (value) => context.set('actors', listOf(value)) })}
    ${field(context, 'event', 'tags', 'Tags (separated by commas)', listText(event.tags), { list: 'known-tags', onInput: (value) => context.set('tags', listOf(value)) })}
    <datalist id="known-tags">${knownTags(context.file).map((tag) => html`<option value=${tag}></option>`)}</datalist>
    ${checkbox(context, 'featured', 'Featured: a key event of the story', event.featured === true)}
    ${field(context, 'event', 'id', 'Id (used in links: change it before publishing, not after)', text(event.id))}
    <h3>Citations</h3>
    ${problemsOf(context, 'citations', 'field-citations')}
    ${citations.map((citation, index) => citationFields(context, citation, index, actions))}
    <button type="button" @click=${actions.addCitation}>Add a citation</button>
  </form>`;
}

/** The form for one source; its id renames every citation of it. */
export function sourceForm(id: string, source: RawObject, context: FormContext, rename: (to: string) => void): TemplateResult {
  const citedBy = citing(context.file, id);
  return html`<form class="item-form" aria-label="Source" @submit=${(submit: Event) => submit.preventDefault()}>
    ${field(context, 'source', 'id', 'Id', id, { onInput: rename })}
    ${field(context, 'source', 'publisher', 'Publisher', text(source.publisher))}
    ${field(context, 'source', 'title', 'Title', text(source.title))}
    ${field(context, 'source', 'byline', 'Byline', text(source.byline))}
    ${field(context, 'source', 'published', 'Published (YYYY, YYYY-MM or YYYY-MM-DD)', text(source.published), { hint: dateHint(text(source.published)) })}
    ${field(context, 'source', 'url', 'Web address', text(source.url))}
    ${field(context, 'source', 'note', 'Note', text(source.note), { area: true })}
    <p class="cited-by">${citedBy.length ? `Cited by: ${citedBy.join('; ')}` : 'Cited by no event yet.'}</p>
  </form>`;
}
