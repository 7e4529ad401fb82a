import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_MAX_BYTES, isRejection, listInputFiles, parseArticleFile } from '../src/ingest.ts';
import type { RawArticle, Rejection } from '../src/model.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function article(file: string, content: string | Uint8Array): RawArticle {
  const result = parseArticleFile({ file, bytes: typeof content === 'string' ? bytes(content) : content });
  assert.ok(!isRejection(result), `expected an article, got: ${JSON.stringify(result)}`);
  return result;
}

function rejection(file: string, content: string | Uint8Array): Rejection {
  const result = parseArticleFile({ file, bytes: typeof content === 'string' ? bytes(content) : content });
  assert.ok(isRejection(result), 'expected a rejection');
  return result;
}

test('the date header is read and the text on the same line kept', () => {
  const raw = article('a.txt', ' date 2025-09-04 Лидеры встретились в Париже.\n\nВторой абзац.');
  assert.equal(raw.headerDate, '2025-09-04');
  assert.equal(raw.body, 'Лидеры встретились в Париже.\n\nВторой абзац.');
  assert.equal(raw.format, 'text');
});

test('plain text without a header has no date', () => {
  const raw = article('b.txt', 'Текст без даты.\r\nВторая строка.\r\n');
  assert.equal(raw.headerDate, null);
  assert.equal(raw.body, 'Текст без даты.\nВторая строка.\n', 'CRLF becomes LF');
});

test('an impossible header date is an error on line 1', () => {
  const result = rejection('c.txt', ' date 2025-02-30 Текст.');
  assert.equal(result.line, 1);
  assert.match(result.reason, /2025-02-30/);
});

test('Markdown front matter keeps its date as a calendar day', () => {
  const raw = article('d.md', '---\ntitle: "Заголовок"\ndate: 2026-01-06\nlang: UK\nsource: Главком\n---\nТекст статті.\n');
  assert.deepEqual(raw.meta, { title: 'Заголовок', date: '2026-01-06', lang: 'uk', source: 'Главком' });
  assert.equal(raw.body.trim(), 'Текст статті.');
});

test('front matter under the names blog engines give its fields: publishDate, published, language, a locale, link, publisher', () => {
  const raw = article('p.md', '---\ntitle: Заголовок\npublishDate: 2026-01-06T18:40:00+02:00\nlocale: uk_UA\nlink: https://example.org/a\npublisher: Укрінформ\n---\nТекст статті.\n');
  assert.deepEqual(raw.meta, { title: 'Заголовок', date: '2026-01-06', lang: 'uk', source: 'Укрінформ', url: 'https://example.org/a' });
  // The message names the key as written, on its line.
  const wrong = rejection('q.md', '---\ntitle: x\npublished: 2026-02-30\n---\nText');
  assert.equal(wrong.line, 3);
  assert.match(wrong.reason, /front matter published "2026-02-30" is not a calendar day/);
  // The field's own name wins over another name for it.
  assert.equal(article('r.md', '---\ndate: 2026-01-07\npublished: 2026-01-06\n---\nText\n').meta.date, '2026-01-07');
});

test('a front-matter timestamp or written date gives the day as written, whatever its offset', () => {
  const dayOf = (value: string): string | undefined => article('t.md', `---\ndate: ${value}\n---\nТекст.\n`).meta.date;
  // 23:30 five hours behind UTC is already the 7th in UTC; the page was dated the 6th.
  assert.equal(dayOf('2026-01-06T23:30:00-05:00'), '2026-01-06');
  assert.equal(dayOf('2026-01-06T01:30:00+03:00'), '2026-01-06');
  assert.equal(dayOf('2026-01-06 23:30'), '2026-01-06');
  assert.equal(dayOf('"6 січня 2026"'), '2026-01-06');
  assert.equal(dayOf('"06.01.2026"'), '2026-01-06');
  const unclear = rejection('u.md', '---\ntitle: x\ndate: 2026-1-6\n---\nText');
  assert.equal(unclear.line, 3);
  assert.match(unclear.reason, /front matter date "2026-1-6" is not a calendar day/);
});

test('broken front matter is rejected with its line', () => {
  const result = rejection('e.md', '---\ntitle: ok\ndate: [2025\n---\nText\n');
  assert.match(result.reason, /not valid YAML/);
  assert.ok(result.line !== undefined && result.line >= 3, `line ${result.line}`);
  const unterminated = rejection('f.md', '---\ntitle: never closed\n\nText');
  assert.equal(unterminated.line, 1);
  assert.match(unterminated.reason, /never closed/);
  const badDate = rejection('g.md', '---\ntitle: x\ndate: 2025-13-45\n---\nText');
  assert.equal(badDate.line, 3);
});

test('a colon inside an unquoted front-matter value is read as one text, with a warning on its line', () => {
  const read = article('c.md', '---\ndate: 2026-02-05\ntitle: Стармер: Лондон готов возглавить миссию\nsource: РБК-Україна\n---\nТекст статьи.\n');
  assert.equal(read.meta.title, 'Стармер: Лондон готов возглавить миссию');
  assert.equal(read.meta.date, '2026-02-05');
  assert.equal(read.meta.source, 'РБК-Україна');
  assert.deepEqual(read.warnings.map((warning) => warning.line), [3]);
  // Quoted, it is valid YAML and needs no warning.
  assert.equal(article('d.md', '---\ntitle: "Стармер: Лондон готов"\n---\nТекст.\n').warnings.length, 0);
  // Another mistake on the same front matter is still a rejection.
  assert.match(rejection('h.md', '---\ntitle: Стармер: Лондон\ndate: [2025\n---\nТекст.\n').reason, /not valid YAML/);
});

test('empty and binary files are rejected', () => {
  assert.match(rejection('h.txt', '  \n\n ').reason, /empty/);
  assert.match(rejection('i.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])).reason, /binary/);
});

test('UTF-16 and Windows-1251 text is decoded, with a warning for the legacy page', () => {
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Привет, мир'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
  assert.equal(article('j.txt', utf16).body, 'Привет, мир');
  // "Встреча в Париже" in Windows-1251.
  const cp1251 = new Uint8Array([0xc2, 0xf1, 0xf2, 0xf0, 0xe5, 0xf7, 0xe0, 0x20, 0xe2, 0x20, 0xcf, 0xe0, 0xf0, 0xe8, 0xe6, 0xe5]);
  const raw = article('k.txt', cp1251);
  assert.equal(raw.body, 'Встреча в Париже');
  assert.match(raw.warnings[0]?.message ?? '', /Windows-1251/);
});

test('saved web pages are read as articles; other file types are listed as rejected', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ingest-'));
  await writeFile(path.join(dir, 'page.html'), '<p>Текст.</p>');
  await writeFile(path.join(dir, 'old.HTM'), '<p>Текст.</p>');
  await writeFile(path.join(dir, 'sheet.csv'), 'a,b');
  const listing = listInputFiles(dir, { maxBytes: DEFAULT_MAX_BYTES });
  assert.deepEqual(listing.files.map((f) => f.file).sort(), ['old.HTM', 'page.html']);
  assert.deepEqual(listing.rejected.map((r) => r.file), ['sheet.csv']);
  const page = parseArticleFile({ file: 'page.html', bytes: new TextEncoder().encode('<p>Текст.</p>') });
  assert.ok(!isRejection(page) && page.format === 'text');
});
