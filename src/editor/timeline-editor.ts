// <timeline-editor>: the page `conflict-timeline edit` serves. The events and sources as lists,
// a form for the one chosen, the checker's problems beside their fields, the real element as a
// live preview, and Save, which the server refuses where the file changed on disk or has errors.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { checkTimelineText, type Problem } from '../model/index.js';
import { reviewTimelineText } from '../model/validate.js';
import { pointerKeys } from '../model/problem.js';
import { fieldHelp, loadFile, saveFile, type LoadedFile } from './api.js';
import { addEvent, addSource, citing, dateOf, deleteEvent, duplicateEvent, editable, fieldOf, fileText, firstShown, newFile, renameSource, setDates, setField, type RawFile, type RawObject } from './edits.js';
import { eventForm, sourceForm, type FormContext } from './forms.js';
import { editorStyles } from './editor.styles.js';

type Phase = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'not-json'; problems: Problem[] } | { kind: 'missing' } | { kind: 'editing' };

export class TimelineEditor extends LitElement {
  static override styles = editorStyles;
  static override properties = { phase: { state: true }, tab: { state: true }, selectedEvent: { state: true }, selectedSource: { state: true }, search: { state: true }, status: { state: true }, changedOnDisk: { state: true } };

  phase: Phase = { kind: 'loading' };
  tab: 'events' | 'sources' = 'events';
  selectedEvent?: number;
  selectedSource?: string;
  search = '';
  /** What the last action did, said politely to screen readers. */
  status = '';
  /** The file changed on disk since it was loaded: Save was refused, Reload is offered. */
  changedOnDisk = false;
  private loaded?: LoadedFile;
  private file: RawFile = newFile('');
  private version = 'none';
  private dirty = false;
  private undoStack: string[] = [];
  private help: Record<string, Record<string, string>> = {};
  /** The checker's problems of the file as it would be written: the server refuses a save on the same. */
  private problems: Problem[] = [];
  /** The file as the preview draws it: a copy made once per change, not at each redraw. */
  private preview: RawFile = newFile('');
  /** The events (by place in the file) that have a problem, for the list's flags. */
  private eventsWithProblems = new Set<number>();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('keydown', this.onKey);
    addEventListener('beforeunload', this.onLeave);
    void this.load();
  }

  override disconnectedCallback(): void {
    removeEventListener('keydown', this.onKey);
    removeEventListener('beforeunload', this.onLeave);
    super.disconnectedCallback();
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void this.save();
    }
  };

  private readonly onLeave = (event: BeforeUnloadEvent) => {
    if (this.dirty) event.preventDefault();
  };

  /** Reads the file; text that is not JSON opens the "fix this first" view, a missing file the new-timeline one. */
  async load(): Promise<void> {
    this.phase = { kind: 'loading' };
    try {
      [this.loaded, this.help] = await Promise.all([loadFile(), fieldHelp()]);
    } catch (error) {
      this.phase = { kind: 'failed', message: (error as Error).message };
      return;
    }
    const { exists, text, notText, version } = this.loaded;
    this.version = version;
    this.dirty = false;
    if (notText) return void (this.phase = { kind: 'failed', message: notText });
    if (!exists) return void (this.phase = { kind: 'missing' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return void (this.phase = { kind: 'not-json', problems: checkTimelineText(text).problems });
    }
    this.file = editable(parsed);
    this.selectedEvent = firstShown(this.file);
    this.changed(false);
    this.phase = { kind: 'editing' };
  }

  /** Checks the file as it would be written, as `check` does (its warnings too), and redraws; `edit` marks it unsaved. */
  private changed(edit = true): void {
    if (edit) this.dirty = true;
    this.problems = reviewTimelineText(fileText(this.file)).problems;
    this.eventsWithProblems = new Set(this.problems.map((problem) => pointerKeys(problem.pointer)).filter(([list]) => list === 'events').map(([, index]) => Number(index)));
    this.preview = structuredClone(this.file);
    this.requestUpdate();
  }

  /** Keeps the file as it was before a change that removes or adds, for Undo. */
  private remember(what: string): void {
    this.undoStack.push(fileText(this.file));
    this.status = what;
  }

  private undo(): void {
    const before = this.undoStack.pop();
    if (before === undefined) return;
    this.file = editable(JSON.parse(before));
    this.selectedEvent = Math.min(this.selectedEvent ?? 0, this.file.events.length - 1);
    this.status = 'Undone.';
    this.changed();
  }

  async save(): Promise<void> {
    if (this.phase.kind !== 'editing' || !this.loaded?.writable) return;
    this.status = 'Saving…';
    const outcome = await saveFile(fileText(this.file), this.version);
    if (outcome.ok) {
      this.version = outcome.version;
      this.dirty = false;
      this.status = `Saved ${this.loaded.file}.`;
      return;
    }
    this.changedOnDisk = outcome.reason === 'changed';
    this.status = `Not saved: ${outcome.message}`;
  }

  private create(title: string): void {
    this.file = newFile(title);
    this.loaded = { ...this.loaded!, exists: true };
    this.changed();
    this.phase = { kind: 'editing' };
  }

  /** The problems of one item, by field, for its form. */
  private problemsAt(prefix: string): Map<string, Problem[]> {
    const found = new Map<string, Problem[]>();
    for (const problem of this.problems) {
      if (problem.pointer !== prefix && !problem.pointer.startsWith(`${prefix}/`)) continue;
      const field = fieldOf(problem);
      found.set(field, [...(found.get(field) ?? []), problem]);
    }
    return found;
  }

  private context(prefix: string, target: RawObject): FormContext {
    return { file: this.file, help: this.help, problems: this.problemsAt(prefix), set: (field, value) => (setField(target, field, value), this.changed()) };
  }

  /** Brings a problem's field into view and focus: its item chosen, then the field. */
  private async goTo(problem: Problem): Promise<void> {
    const [list, key] = pointerKeys(problem.pointer);
    if (list === 'events') [this.tab, this.selectedEvent] = ['events', Number(key)];
    if (list === 'sources') [this.tab, this.selectedSource] = ['sources', key];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#field-${fieldOf(problem)}`)?.focus();
  }

  override render(): TemplateResult {
    const { phase } = this;
    if (phase.kind === 'loading') return html`<p role="status">Loading the file…</p>`;
    if (phase.kind === 'failed') return html`<main><h1>The file cannot be edited</h1><p role="alert">${phase.message}</p><button @click=${() => this.load()}>Reload</button></main>`;
    if (phase.kind === 'not-json') return this.renderNotJson(phase.problems);
    if (phase.kind === 'missing') return this.renderMissing();
    return this.renderEditing();
  }

  private renderNotJson(problems: Problem[]): TemplateResult {
    return html`<main>
      <h1>Fix this first: ${this.loaded?.file} is not JSON</h1>
      <p>Open it in a text editor, fix the place below, save, then reload.</p>
      <ul class="problems">${problems.map((problem) => html`<li>${problem.position ? `${problem.position.line}:${problem.position.column}` : ''} ${problem.message}: ${problem.fix}</li>`)}</ul>
      <button @click=${() => this.load()}>Reload</button>
    </main>`;
  }

  private renderMissing(): TemplateResult {
    const submit = (event: Event) => {
      event.preventDefault();
      this.create(this.renderRoot.querySelector<HTMLInputElement>('#new-title')!.value);
    };
    return html`<main>
      <h1>${this.loaded?.file} does not exist yet</h1>
      <form @submit=${submit}>
        <label for="new-title">Title of the new timeline</label>
        <input id="new-title" required />
        <button>Create the timeline</button>
      </form>
    </main>`;
  }

  private renderEditing(): TemplateResult {
    const errors = this.problems.filter((problem) => problem.severity !== 'warning').length;
    return html`<header>
        <h1>Editing ${this.loaded?.file}</h1>
        <button class="save" @click=${() => this.save()} ?disabled=${!this.loaded?.writable}>Save</button>
        <button @click=${() => this.undo()} ?disabled=${this.undoStack.length === 0}>Undo</button>
        ${this.changedOnDisk ? html`<button @click=${() => ((this.changedOnDisk = false), this.load())}>Reload from disk (drops the changes here)</button>` : nothing}
        <p class="status" role="status">${this.status}</p>
      </header>
      ${this.loaded?.writable ? nothing : html`<p class="read-only" role="alert">${this.loaded?.file} is read-only: you can look, but not save.</p>`}
      <section class="preview" aria-label="Preview">
        <conflict-timeline .data=${this.preview} selected=${this.tab === 'events' ? String(this.file.events[this.selectedEvent ?? -1]?.id ?? '') : ''}></conflict-timeline>
      </section>
      ${this.renderProblemSummary(errors)}
      <div class="work">
        <nav aria-label="Items">${this.renderTabs()} ${this.tab === 'events' ? this.renderEventList() : this.renderSourceList()}</nav>
        <section class="form" aria-label=${this.tab === 'events' ? 'The event' : 'The source'}>${this.tab === 'events' ? this.renderEventForm() : this.renderSourceForm()}</section>
      </div>`;
  }

  private renderProblemSummary(errors: number): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return html`<p class="clean">The checker finds nothing wrong.</p>`;
    return html`<section class="summary" aria-label="Problems">
      <h2>${this.problems.length} problem${this.problems.length === 1 ? '' : 's'} (${errors} that block saving)</h2>
      <ul class="problems">
        ${this.problems.slice(0, 50).map((problem) => html`<li><button class="link" @click=${() => this.goTo(problem)}>${problem.position ? `${problem.position.line}:${problem.position.column} ` : ''}${problem.path}: ${problem.message}</button></li>`)}
      </ul>
    </section>`;
  }

  private renderTabs(): TemplateResult {
    const tab = (name: 'events' | 'sources', label: string) => html`<button class="tab" aria-pressed=${this.tab === name ? 'true' : 'false'} @click=${() => (this.tab = name)}>${label}</button>`;
    return html`<div class="tabs">${tab('events', `Events (${this.file.events.length})`)} ${tab('sources', `Sources (${Object.keys(this.file.sources).length})`)}</div>`;
  }

  private renderEventList(): TemplateResult {
    const query = this.search.toLowerCase();
    const choose = (index: number) => (this.selectedEvent = index);
    return html`<label for="search">Search the events</label>
      <input id="search" type="search" .value=${this.search} @input=${(event: Event) => (this.search = (event.target as HTMLInputElement).value)} />
      <div class="actions">
        <button @click=${() => (this.remember('Event added.'), (this.selectedEvent = addEvent(this.file)), this.changed())}>Add event</button>
        <button ?disabled=${this.selectedEvent === undefined} @click=${() => (this.remember('Event duplicated.'), (this.selectedEvent = duplicateEvent(this.file, this.selectedEvent!)), this.changed())}>Duplicate</button>
        <button ?disabled=${this.selectedEvent === undefined} @click=${() => (this.remember('Event deleted: Undo brings it back.'), deleteEvent(this.file, this.selectedEvent!), (this.selectedEvent = this.file.events.length ? Math.max(0, this.selectedEvent! - 1) : undefined), this.changed())}>Delete</button>
      </div>
      <ol class="items">
        ${this.eventsInDateOrder().map(({ event, index }) =>
          `${event.title ?? ''} ${dateOf(event)}`.toLowerCase().includes(query)
            ? html`<li><button class="item" aria-current=${index === this.selectedEvent ? 'true' : 'false'} @click=${() => choose(index)}>${dateOf(event)} ${String(event.title || '(no title)')}${this.eventsWithProblems.has(index) ? html` <span class="flag">(problems)</span>` : nothing}</button></li>`
            : nothing,
        )}
      </ol>`;
  }

  /** The events with their places in the file, by date as written (a partial date sorts by its text). */
  private eventsInDateOrder(): { event: RawObject; index: number }[] {
    return this.file.events.map((event, index) => ({ event, index })).sort((a, b) => (dateOf(a.event) < dateOf(b.event) ? -1 : dateOf(a.event) > dateOf(b.event) ? 1 : a.index - b.index));
  }

  private renderSourceList(): TemplateResult {
    const remove = (id: string) => {
      const citedBy = citing(this.file, id);
      if (citedBy.length > 0) return void (this.status = `“${id}” is cited by ${citedBy.join('; ')}: change those citations first.`);
      this.remember(`Source ${id} deleted: Undo brings it back.`);
      delete this.file.sources[id];
      this.selectedSource = undefined;
      this.changed();
    };
    return html`<div class="actions">
        <button @click=${() => (this.remember('Source added.'), (this.selectedSource = addSource(this.file)), this.changed())}>Add source</button>
        <button ?disabled=${this.selectedSource === undefined} @click=${() => remove(this.selectedSource!)}>Delete</button>
      </div>
      <ul class="items">
        ${Object.entries(this.file.sources).map(([id, source]) => html`<li><button class="item" aria-current=${id === this.selectedSource ? 'true' : 'false'} @click=${() => (this.selectedSource = id)}>${String(source.publisher || id)}: ${String(source.title ?? '')}</button></li>`)}
      </ul>`;
  }

  private renderEventForm(): TemplateResult {
    const index = this.selectedEvent;
    const event = index === undefined ? undefined : this.file.events[index];
    if (!event) return html`<p>No event chosen: add one, or choose one in the list.</p>`;
    const citations = () => (Array.isArray(event.citations) ? (event.citations as RawObject[]) : (event.citations = []) as RawObject[]);
    return eventForm(event, this.context(`/events/${index}`, event), {
      setDates: (date, end) => (setDates(event, date, end), this.changed()),
      setCitation: (at, field, value) => ((citations()[at]![field] = value), this.changed()),
      newSource: (at) => {
        const id = addSource(this.file);
        citations()[at]!.source = id;
        [this.tab, this.selectedSource, this.status] = ['sources', id, `New source ${id}: fill it in, then go back to Events.`];
        this.changed();
      },
      addCitation: () => (citations().push({ source: Object.keys(this.file.sources)[0] ?? '', quote: '' }), this.changed()),
      removeCitation: (at) => (this.remember('Citation removed.'), citations().splice(at, 1), this.changed()),
    });
  }

  private renderSourceForm(): TemplateResult {
    const id = this.selectedSource;
    const source = id === undefined ? undefined : this.file.sources[id];
    if (id === undefined || !source) return html`<p>No source chosen: add one, or choose one in the list.</p>`;
    return sourceForm(id, source, this.context(`/sources/${id}`, source), (to) => {
      if (!to || to in this.file.sources) return;
      renameSource(this.file, id, to);
      this.selectedSource = to;
      this.changed();
    });
  }
}
