// The gazetteers in `src/data/` as data: what an editor adding an entry must keep true.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import organisationData from '../src/data/organisations.json' with { type: 'json' };
import outletData from '../src/data/outlets.json' with { type: 'json' };
import peopleData from '../src/data/people.json' with { type: 'json' };
import placeData from '../src/data/places.json' with { type: 'json' };
import { runPipeline } from '../src/pipeline.ts';
import { inputFile } from './helpers.ts';

const GAZETTEERS = { organisations: organisationData.entries, outlets: outletData.entries, people: peopleData.entries, places: placeData.entries };

/** Values that occur more than once. */
const repeated = (values: readonly string[]): string[] => [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];

test('each entry of a gazetteer has its own id and its own forms: a second entry with the same form is never found', () => {
  for (const [name, entries] of Object.entries(GAZETTEERS)) {
    assert.deepEqual(repeated(entries.map((entry) => entry.id)), [], `${name}: ids used twice`);
    assert.deepEqual(repeated(entries.flatMap((entry) => [...new Set(entry.forms)])), [], `${name}: forms of two entries`);
  }
});

test('every person, place and organisation has a Russian and a Ukrainian name, and an id no other gazetteer uses', () => {
  const named = [...peopleData.entries, ...placeData.entries, ...organisationData.entries];
  for (const entry of named) {
    assert.ok(/\p{Script=Cyrillic}/u.test(entry.ru) && /\p{Script=Cyrillic}/u.test(entry.uk), entry.id);
    assert.ok(!/\s{2}|^\s|\s$/.test(entry.ru + entry.uk), entry.id);
  }
  assert.deepEqual(repeated(named.map((entry) => entry.id)), []);
});

test('every city and venue, where events are placed, has its "in" and "to" phrases in both languages', () => {
  for (const place of placeData.entries.filter((entry) => entry.kind === 'city' || entry.kind === 'venue')) {
    const { in: at, to } = place;
    if (!at || !to) assert.fail(`${place.id} has no "in" or "to"`);
    assert.match(at.ru, /^(?:в|во|на) \p{Lu}/u, place.id);
    assert.match(at.uk, /^(?:у|в|на) \p{Lu}/u, place.id);
    assert.match(to.ru, /^(?:в|во|на) \p{Lu}/u, place.id);
    assert.match(to.uk, /^(?:до|на) \p{Lu}/u, place.id);
  }
});

test('a meeting in the Vatican is placed there: it is a city, where events take place', () => {
  const timeline = runPipeline(
    [inputFile('v.txt', ' date 2025-07-09 Министры коалиции встретились в Ватикане\n\nСегодня в Ватикане прошла встреча министров стран коалиции желающих.')],
    [],
    '2025-12-01',
  );
  assert.deepEqual(timeline.events.map((event) => event.place?.id), ['vatican']);
  assert.equal(timeline.events[0]?.title, 'Coalition of the Willing meeting in Vatican City, 9 July 2025');
});
