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

test('text with no letters is undetermined', () => {
  assert.equal(detectLanguage('12:30 — 14:45').language, 'und');
});
