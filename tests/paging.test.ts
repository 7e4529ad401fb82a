import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagerLinks, pageUrl, paginate, runsBy } from '../src/paging.ts';

test('page 1 keeps the list address; later pages live under page/N/', () => {
  assert.equal(pageUrl('/ru/', 1), '/ru/');
  assert.equal(pageUrl('/ru/', 7), '/ru/page/7/');
});

test('paginate splits into pages of the given size and links neighbours', () => {
  const pages = paginate(Array.from({ length: 53 }, (_, i) => i), 25, '/people/x/');
  assert.deepEqual(pages.map((page) => page.items.length), [25, 25, 3]);
  assert.deepEqual(pages.map((page) => page.url), ['/people/x/', '/people/x/page/2/', '/people/x/page/3/']);
  assert.equal(pages[0]?.pager.previous, null);
  assert.equal(pages[1]?.pager.previous, '/people/x/');
  assert.equal(pages[1]?.pager.next, '/people/x/page/3/');
  assert.equal(pages[2]?.pager.next, null);
  assert.deepEqual(pages.flatMap((page) => page.items), Array.from({ length: 53 }, (_, i) => i), 'nothing lost, nothing repeated');
});

test('an empty list still has its first page, with no pager', () => {
  const pages = paginate([], 25, '/uk/');
  assert.equal(pages.length, 1);
  assert.deepEqual(pages[0]?.pager.links, []);
  assert.throws(() => paginate([1], 0, '/'), RangeError);
});

test('the pager shows first, last and two neighbours each side, with gaps', () => {
  const numbers = (links: ReturnType<typeof pagerLinks>) => links.map((link) => (link ? (link.current ? `[${link.number}]` : String(link.number)) : '…')).join(' ');
  assert.equal(numbers(pagerLinks('/', 10, 40)), '1 … 8 9 [10] 11 12 … 40');
  assert.equal(numbers(pagerLinks('/', 1, 40)), '[1] 2 3 … 40');
  assert.equal(numbers(pagerLinks('/', 4, 5)), '1 2 3 [4] 5');
});

test('runsBy groups consecutive items with the same key, keeping order', () => {
  const runs = runsBy(['a1', 'a2', 'b1', 'a3'], (item) => item[0]);
  assert.deepEqual(runs, [{ key: 'a', items: ['a1', 'a2'] }, { key: 'b', items: ['b1'] }, { key: 'a', items: ['a3'] }]);
});
