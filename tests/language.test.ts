import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../src/language.ts';

// Sentences written for these tests, not taken from any article.
const cases: Array<[string, string]> = [
  ['Премьер-министр заявил, что переговоры продолжатся на следующей неделе.', 'ru'],
  ['Прем’єр-міністр заявив, що переговори триватимуть наступного тижня.', 'uk'],
  ['Министры встретились в Париже и обсудили помощь', 'ru'],
  ['Міністри зустрілися в Парижі та обговорили допомогу', 'uk'],
  ['Он сказал, что это будет важная встреча', 'ru'],
  ['Він сказав, що це буде важлива зустріч', 'uk'],
  ['The leaders met in Paris to discuss security guarantees for Ukraine.', 'en'],
  ['Przywódcy spotkali się w Paryżu, aby omówić gwarancje bezpieczeństwa dla Ukrainy.', 'pl'],
  ['Les dirigeants se sont réunis à Paris pour discuter des garanties de sécurité.', 'fr'],
  ['Лідары сустрэліся ў Парыжы, каб абмеркаваць гарантыі бяспекі.', 'be'],
];

for (const [text, expected] of cases) {
  test(`${expected}: ${text.slice(0, 40)}`, () => {
    assert.equal(detectLanguage(text).language, expected);
  });
}

test('a Russian text quoting a Ukrainian name stays Russian', () => {
  assert.equal(detectLanguage('Встреча прошла в Киеве, сообщила пресс-служба «Київстар» и добавила подробности.').language, 'ru');
});

test('English that franc ranks as Scots, a language with no two-letter code, is English', () => {
  const text =
    'Putin: foreign troops in Ukraine would be "legitimate targets"\nVladimir Putin said on Friday that any Western troops deployed to Ukraine would be legitimate targets for Russian forces, a day after 26 countries pledged to join a reassurance force at a meeting in Paris.';
  assert.equal(detectLanguage(text).language, 'en');
});

test('text with no letters is undetermined', () => {
  assert.equal(detectLanguage('12:30 — 14:45').language, 'und');
});

test('a paragraph in another language gets its own lang, in plain text and Markdown', async () => {
  const { runPipeline } = await import('../src/pipeline.ts');
  const ukrainian = 'Президент Франції написав у соцмережі про зустріч лідерів коаліції у Парижі.';
  const french = 'Nous avons fait des progrès importants pour une paix durable en Ukraine.';
  const english = 'We are ready to deploy forces once the fighting stops, the minister said.';
  const russian = 'Министр заявил, что встреча будет продолжена в пятницу в Лондоне и Берлине.';
  const bytes = (text: string) => new TextEncoder().encode(text);
  const timeline = runPipeline([
    { file: 'a.txt', bytes: bytes(` date 2025-09-04 Заголовок статті про зустріч\n\n${ukrainian}\n\n${french}\n\n${english}\n\n${russian}\n\n${ukrainian}`) },
    { file: 'b.md', bytes: bytes(`---\ntitle: Заголовок\n---\n${ukrainian}\n\n> ${french}\n\n${ukrainian}\n`) },
  ]);
  const text = timeline.articles.find((a) => a.file === 'a.txt');
  assert.equal(text?.language, 'uk');
  assert.match(text?.bodyHtml ?? '', /<p lang="fr">Nous avons/);
  assert.match(text?.bodyHtml ?? '', /<p lang="en">We are ready/);
  assert.match(text?.bodyHtml ?? '', /<p lang="ru">Министр заявил/);
  assert.match(text?.bodyHtml ?? '', /<p>Президент Франції/);
  const markdown = timeline.articles.find((a) => a.file === 'b.md');
  assert.match(markdown?.bodyHtml ?? '', /<blockquote lang="fr">/);
});

test('without telling letters, eld decides (loaded the first time a text needs it)', () => {
  assert.deepEqual(detectLanguage('Посол каже, що угода готова'), { language: 'uk', basis: 'eld' });
  assert.deepEqual(detectLanguage('Канцлер провел встречу с премьером'), { language: 'ru', basis: 'eld' });
  assert.deepEqual(detectLanguage('Talks went well, he said.'), { language: 'en', basis: 'eld' });
});
