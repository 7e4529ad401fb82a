// `npm run evaluate` on a small labelled folder written here.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { surnameKey } from '../src/evaluate.ts';
import { ROOT, tempDir } from './helpers.ts';

test('surnames match across transliterations', () => {
  assert.equal(surnameKey('Steve Witkoff'), surnameKey('Стив Уиткофф'.replace('Уиткофф', 'Vitkoff')));
  assert.equal(surnameKey('Diana Davitian'), surnameKey('Diana Davityan'));
  assert.equal(surnameKey('Andrii Sybiha'), surnameKey('Andriy Sibiga'));
  assert.notEqual(surnameKey('Keir Starmer'), surnameKey('Donald Trump'));
});

test('evaluate builds a folder and scores it against its labels', async () => {
  const dir = await tempDir('labelled');
  await mkdir(path.join(dir, 'articles'));
  const articles: Record<string, string> = {
    'a.txt': ' date 2025-09-04 Лидеры встретились в Париже\n\nСегодня в Париже Макрон и Стармер провели встречу коалиции. Участвовали лидеры 30 стран.',
    'b.txt': ' date 2025-09-04 Лідери зустрілися в Парижі\n\nСьогодні у Парижі Макрон і Стармер провели зустріч коаліції охочих.',
    'c.txt': ' date 2025-11-23 Переговоры в Женеве\n\nВ Женеве сегодня начались консультации, сообщил Ермак.',
  };
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, 'articles', name), text);
  const gold = [
    { file: 'a.txt', language: 'ru', published: '2025-09-04', published_basis: 'date-prefix', event: 'paris', people: ['Emmanuel Macron', 'Keir Starmer'], mentioned_dates: [{ text: 'Сегодня', date: '2025-09-04' }] },
    { file: 'b.txt', language: 'uk', published: '2025-09-04', published_basis: 'date-prefix', event: 'paris', people: ['Emmanuel Macron', 'Keir Starmer'], mentioned_dates: [{ text: 'Сьогодні', date: '2025-09-04' }] },
    // Deliberately one label the pipeline cannot meet: a person the text does not name.
    { file: 'c.txt', language: 'ru', published: '2025-11-23', published_basis: 'date-prefix', event: 'geneva', people: ['Andriy Yermak', 'Rustem Umerov'], mentioned_dates: [{ text: 'сегодня', date: '2025-11-23' }] },
  ];
  await writeFile(path.join(dir, 'gold.json'), JSON.stringify(gold));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/evaluate.ts'), '--input', path.join(dir, 'articles'), '--gold', path.join(dir, 'gold.json'), '--verbose'], { cwd: ROOT });
  assert.match(stdout, /^language {10}3\/3 = 100\.0 %$/m);
  assert.match(stdout, /^publication date {2}3\/3 = 100\.0 %; where the article states it: 3\/3 = 100\.0 %$/m);
  assert.match(stdout, /^people {12}P 1\.000 {2}R 0\.833 {2}F1 0\.909$/m);
  assert.match(stdout, /c\.txt: person missing Rustem Umerov/);
  assert.match(stdout, /^mentioned dates {3}P 1\.000 {2}R 1\.000 {2}F1 1\.000$/m);
  assert.match(stdout, /^event pairs {7}P 1\.000 {2}R 1\.000 {2}F1 1\.000$/m);
});

test('evaluate answers bad arguments with a message and its usage, never a stack trace', async () => {
  const run = async (args: string[]): Promise<{ code: number; stderr: string }> => {
    try {
      await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/evaluate.ts'), ...args], { cwd: ROOT });
      return { code: 0, stderr: '' };
    } catch (error) {
      const failure = error as { code?: number; stderr?: string };
      return { code: failure.code ?? 1, stderr: failure.stderr ?? '' };
    }
  };
  const dir = await tempDir('evaluate-arguments');
  await writeFile(path.join(dir, 'gold.json'), '{"not": "a list"}');
  for (const [args, message] of [
    [['--verbos'], /^error: Unknown option '--verbos'/m],
    [['--input', path.join(dir, 'missing'), '--gold', path.join(dir, 'gold.json')], /^error: gold file .* must hold a JSON array/m],
    [['--input', path.join(dir, 'missing'), '--gold', path.join(dir, 'absent.json')], /^error: cannot read gold file/m],
  ] as const) {
    const result = await run([...args]);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
  }
  await writeFile(path.join(dir, 'gold.json'), '[]');
  const missingInput = await run(['--input', path.join(dir, 'missing'), '--gold', path.join(dir, 'gold.json')]);
  assert.match(missingInput.stderr, /^error: input folder .*missing does not exist or is not a folder$/m);
});
