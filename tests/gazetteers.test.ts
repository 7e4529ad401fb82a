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

test('a meeting in the Vatican is placed there: it is a city, where events take place', () => {
  const timeline = runPipeline(
    [inputFile('v.txt', ' date 2025-07-09 Министры коалиции встретились в Ватикане\n\nСегодня в Ватикане прошла встреча министров стран коалиции желающих.')],
    [],
    '2025-12-01',
  );
  assert.deepEqual(timeline.events.map((event) => event.place?.id), ['vatican']);
  assert.equal(timeline.events[0]?.title, 'Coalition of the Willing meeting in Vatican City, 9 July 2025');
});
