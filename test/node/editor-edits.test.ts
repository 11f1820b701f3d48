// The editor's changes to a data file, on their own: what they change, and what they leave be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addEvent, addSource, citing, deleteEvent, duplicateEvent, editable, fileText, firstShown, freeId, precisionRead, renameSource, setDates, setField } from '../../src/editor/edits.js';

const story = () =>
  editable({
    title: 'T',
    later: { kept: true },
    sources: { wire: { publisher: 'Wire', title: 'R' }, other: { publisher: 'O', title: 'S' } },
    events: [{ id: 'a', date: '2024', title: 'A', unknownField: 1, citations: [{ source: 'wire', quote: 'q' }] }],
  });

test('added and duplicated events get free ids; fields the editor does not know stay, in their order', () => {
  const file = story();
  const added = addEvent(file);
  assert.deepEqual(file.events[added], { id: 'new-event', date: '', title: '', citations: [{ source: 'wire', quote: '' }] });
  assert.equal(freeId(file, 'New event'), 'new-event-2');
  const copy = duplicateEvent(file, 0);
  assert.deepEqual(Object.keys(file.events[copy]!), ['id', 'date', 'title', 'unknownField', 'citations']);
  assert.equal(file.events[copy]!.id, 'a-2');
  deleteEvent(file, copy);
  assert.deepEqual(JSON.parse(fileText(file)).later, { kept: true });
  assert.ok(fileText(file).endsWith('}\n') && fileText(file).includes('\n  "title": "T"'), 'two spaces, a final newline');
});

test('dates: a date alone, or start and end once an end is given; an emptied field is removed', () => {
  const event: Record<string, unknown> = { id: 'a', date: '2024', title: 'A' };
  setDates(event, '2024-05', '2024-06');
  assert.deepEqual(event, { id: 'a', title: 'A', start: '2024-05', end: '2024-06' });
  setDates(event, '2024-05', '');
  assert.deepEqual(event, { id: 'a', title: 'A', date: '2024-05' });
  setField(event, 'place', 'Baku');
  setField(event, 'place', '');
  setField(event, 'featured', false);
  assert.deepEqual(event, { id: 'a', title: 'A', date: '2024-05' });
  assert.deepEqual(['2024', '2024-07', '2024-07-20', '2024-13', ''].map(precisionRead), ['year', 'month', 'day', undefined, undefined]);
});

test('a source renamed is renamed in every citation and keeps its place; citing names the events that cite it', () => {
  const file = story();
  renameSource(file, 'wire', 'reuters');
  assert.deepEqual(Object.keys(file.sources), ['reuters', 'other']);
  assert.equal((file.events[0]!.citations as { source: string }[])[0]!.source, 'reuters');
  renameSource(file, 'reuters', 'other');
  assert.deepEqual(Object.keys(file.sources), ['reuters', 'other'], 'an id already taken is not given twice');
  assert.deepEqual(citing(file, 'reuters'), ['A']);
  assert.deepEqual(citing(file, 'other'), []);
  assert.equal(addSource(file), 'new-source');
  assert.equal(addSource(file), 'new-source-2');
});

test('the editor opens on the first key event, else the first event, and on none in an empty file', () => {
  const file = editable({ events: [{ id: 'a' }, { id: 'b', featured: false }, { id: 'c', featured: true }, { id: 'd', featured: true }] });
  assert.equal(firstShown(file), 2);
  assert.equal(firstShown(editable({ events: [{ id: 'a' }, { id: 'b' }] })), 0);
  assert.equal(firstShown(editable({ events: [] })), undefined);
});
