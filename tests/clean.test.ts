import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle, firstSentence, htmlToText, isHeadline, normaliseText, sameWords, splitSentences, summarise } from '../src/clean.ts';
import type { RawArticle } from '../src/model.ts';

function raw(body: string, format: 'text' | 'markdown' = 'text', title?: string): RawArticle {
  return { file: 'x.txt', format, meta: title ? { title } : {}, headerDate: null, body, warnings: [] };
}

test('site chrome is removed and each removal names its rule', () => {
  const cleaned = cleanArticle(
    raw(
      [
        'Министры обсудили поставки ПВО',
        'Главная / Новости / Мир',
        'Министры обороны встретились в Брюсселе и обсудили поставки систем ПВО.',
        'Реклама',
        'Читайте также: Что известно о новых санкциях',
        'Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости',
        '• 1 204 просмотра',
        'Автор: Иван Петров',
        'Укр | Рус | Eng',
        'Встреча продлилась четыре часа.',
      ].join('\n\n'),
    ),
  );
  assert.equal(cleaned.title, 'Министры обсудили поставки ПВО');
  assert.equal(cleaned.paragraphs.length, 2);
  assert.deepEqual(
    cleaned.removed.map((r) => r.rule),
    ['breadcrumbs', 'advert', 'read-also', 'social-promo', 'view-counter', 'byline', 'language-switcher'],
  );
  assert.ok(!cleaned.text.includes('Реклама'));
});

test('a headline printed two or three times is kept once', () => {
  const headline = 'Зеленський прибув до Парижа на зустріч коаліції';
  const cleaned = cleanArticle(raw(`${headline}\n\n${headline}\n\n${headline}\n\nПрезидент прибув уранці.`));
  assert.equal(cleaned.title, headline);
  assert.equal(cleaned.text, 'Президент прибув уранці.');
  assert.equal(cleaned.removed.length, 2);
});

test('sameWords compares words alone, not the case, punctuation or spacing between them', () => {
  assert.ok(sameWords('макрон: «коаліція готова»', 'макрон — коаліція готова!'));
  assert.ok(sameWords('Макрон: КОАЛІЦІЯ ҐОТОВА, Zelensky', 'макрон — коаліція ґотова zelENSKY'));
  assert.ok(!sameWords('Макрон: коаліція готова', 'Макрон: коаліція гатова'), 'a letter differs');
  assert.ok(!sameWords('a', '\u{10041}'), 'a letter outside the basic plane is itself, not its low 16 bits');
  assert.ok(sameWords('  ...', ''), 'no words on either side');
  assert.ok(sameWords('саміт 6 січня 𝔸б', '«саміт», 6 січня — 𝔸б'), 'digits and letters outside the basic plane are word characters');
  assert.ok(!sameWords('коаліція готова', 'коаліція готова діяти'), 'a word more at the end');
  assert.ok(!sameWords('коаліція готова діяти', 'коаліція готова'), 'a word fewer at the end');
  assert.ok(!sameWords('коаліція готова', 'коаліція гото ва'), 'a word split in two');
  assert.ok(!sameWords('мерц', 'мерца'), 'a longer word');
  assert.ok(!sameWords('мерца', 'мерц.'), 'a shorter word');
});

test('a block repeated with other punctuation and case is removed; the same words in another order are not', () => {
  const cleaned = cleanArticle(raw('Макрон: коаліція готова діяти. Так заявив президент.\n\nМАКРОН — КОАЛІЦІЯ ГОТОВА ДІЯТИ! Так заявив президент\n\nГотова діяти коаліція: Макрон. Так заявив президент.'));
  assert.deepEqual(cleaned.removed.map((removal) => removal.rule), ['repeated-block']);
  assert.equal(cleaned.paragraphs.length, 2);
});

test('a first sentence becomes the title when there is no headline, cut at a word boundary', () => {
  const long = 'Президент Франции заявил журналистам после многочасовой встречи в Елисейском дворце, что участники договорились о дальнейших шагах по гарантиям безопасности. Второе предложение.';
  const cleaned = cleanArticle(raw(long));
  assert.ok(cleaned.title.endsWith('…'));
  assert.ok(cleaned.title.length <= 141);
  assert.ok(long.startsWith(cleaned.title.slice(0, -1)), 'the cut ends on a whole word');
  assert.equal(cleaned.titleIsHeadline, false);
});

test('raw HTML in plain text becomes paragraphs', () => {
  assert.equal(htmlToText('<p style="color:red">Один.</p><p>Два &amp; три.</p>').trim().split(/\n+/).join('|'), 'Один.|Два & три.');
  const cleaned = cleanArticle(raw('<p>Первый абзац статьи.</p><p>Второй абзац статьи.</p>'));
  assert.deepEqual(cleaned.paragraphs.map((p) => p.text), ['Первый абзац статьи.', 'Второй абзац статьи.']);
});

test('scraping glitches are repaired', () => {
  assert.equal(normaliseText('прибув Макрон.Він сказав'), 'прибув Макрон. Він сказав');
  assert.equal(normaliseText('советником министра обороны по вопросамминистра обороны по вопросам безопасности'), 'советником министра обороны по вопросам безопасности');
  assert.equal(normaliseText('Tекст и Пaриж'), 'Текст и Париж', 'Latin look-alikes inside Cyrillic words');
  assert.equal(normaliseText('цена\u00a0вопроса'), 'цена вопроса');
  const cleaned = cleanArticle(raw('Заява глави держави\n\nЦе повідомила п ресслужба президента.'));
  assert.equal(cleaned.text, 'Це повідомила пресслужба президента.');
});

test('Markdown: the first heading is the title and blocks keep their source', () => {
  const cleaned = cleanArticle(raw('# Встреча в Париже\n\nПервый **важный** абзац.\n\n- пункт один\n- пункт два\n', 'markdown'));
  assert.equal(cleaned.title, 'Встреча в Париже');
  assert.equal(cleaned.paragraphs[0]?.text, 'Первый важный абзац.');
  assert.equal(cleaned.paragraphs[0]?.markdown, 'Первый **важный** абзац.');
  assert.equal(cleaned.paragraphs.length, 2);
  // A list's items and a quote's paragraphs keep a space between them.
  const listed = cleanArticle(raw('* Министры договорились о миссии.\n* Штаб будет в Париже.\n\n> Первый абзац цитаты.\n>\n> Второй абзац.', 'markdown'));
  assert.deepEqual(listed.paragraphs.map((p) => p.text), ['Министры договорились о миссии. Штаб будет в Париже.', 'Первый абзац цитаты. Второй абзац.']);
});

test('sentences, headlines and summaries', () => {
  assert.deepEqual(splitSentences('Об этом сообщил В. Зеленский. Встреча прошла 4 сент. 2025 г. в Париже. Всё.'), [
    'Об этом сообщил В. Зеленский.',
    'Встреча прошла 4 сент. 2025 г. в Париже.',
    'Всё.',
  ]);
  assert.equal(isHeadline('Лидеры обсудили гарантии безопасности'), true);
  assert.equal(isHeadline('Лидеры обсудили гарантии безопасности.'), false);
  assert.equal(firstSentence('Коротко. Дальше.'), 'Коротко');
  const summary = summarise(['Первое предложение достаточно длинное. Второе предложение тоже длинное. Третье не попадёт.']);
  assert.equal(summary, 'Первое предложение достаточно длинное. Второе предложение тоже длинное.');
});

test('the page’s timestamp line stays in the text but is neither title nor summary', () => {
  const stamped = cleanArticle(raw(['Опубликовано: 11.03.2026, 18:02 | Обновлено: 12.03.2026, 07:15', 'Министры обсудили поставки ПВО', 'Министры обороны встретились в Брюсселе и обсудили поставки систем ПВО.'].join('\n\n')));
  assert.equal(stamped.title, 'Министры обсудили поставки ПВО');
  assert.equal(stamped.summary, 'Министры обороны встретились в Брюсселе и обсудили поставки систем ПВО.');
  assert.match(stamped.text, /^Опубликовано: 11\.03\.2026/);
  // No headline: the title comes from the first sentence of prose, not from the timestamp.
  const bare = cleanArticle(raw(['18:02 11.03.2026', 'Министры обороны встретились в Брюсселе. Встреча продлилась четыре часа.'].join('\n\n')));
  assert.equal(bare.title, 'Министры обороны встретились в Брюсселе');
  assert.equal(bare.summary, 'Министры обороны встретились в Брюсселе. Встреча продлилась четыре часа.');
});

test('agency copy: the dateline is neither title nor summary, and the wire credit goes', () => {
  const cleaned = cleanArticle(
    raw(
      [
        'BRUSSELS, Feb 12 (Reuters) - NATO defence ministers discussed air defence for Ukraine on Thursday. The talks lasted five hours.',
        'Ministers also discussed training missions.',
        '(Reporting by Anna Kowalska; Editing by Tom Berger)',
      ].join('\n\n'),
    ),
  );
  assert.equal(cleaned.title, 'NATO defence ministers discussed air defence for Ukraine on Thursday');
  assert.equal(cleaned.summary, 'NATO defence ministers discussed air defence for Ukraine on Thursday. The talks lasted five hours.');
  assert.match(cleaned.text, /^BRUSSELS, Feb 12 \(Reuters\)/, 'the dateline stays in the text');
  assert.deepEqual(cleaned.removed.map((r) => r.rule), ['wire-credit']);
  assert.doesNotMatch(cleaned.text, /Kowalska/);
  const footer = cleanArticle(raw(['WARSAW (AP) — Poland’s president said on Monday that talks would continue.', '___', 'Associated Press writer Jan Nowak in Berlin contributed to this report.'].join('\n\n')));
  assert.deepEqual(footer.removed.map((r) => r.rule), ['separator', 'wire-credit']);
  assert.equal(footer.title, 'Poland’s president said on Monday that talks would continue');
  // AP's shorter close names no report.
  const short = cleanArticle(raw(['ROME (AP) — Italy’s premier said on Tuesday that talks would resume.', 'Associated Press writers Ada Rossi in London and Petro Kovalenko in Kyiv contributed.'].join('\n\n')));
  assert.deepEqual(short.removed.map((r) => r.rule), ['wire-credit']);
  // A story's sentence about a contribution stays.
  const story = cleanArticle(raw(['Japan pledged funds', 'Japan’s foreign minister said the country contributed.'].join('\n\n')));
  assert.deepEqual(story.removed, []);
});

test('a saved web page: head, menus and footer go with their text; the first heading is the title', () => {
  const page = [
    '<!DOCTYPE html><html><head><title>Туск: Польша не пошлёт войска | Новости</title><meta charset="utf-8"></head>',
    '<body><!-- counter --><nav><a href="/">Главная</a> | <a href="/world">Мир</a></nav>',
    '<article><h1>Туск: Польша не пошлёт войска</h1><p>Премьер Польши Дональд Туск заявил, что Варшава не направит солдат.</p>',
    '<p>Он выступил на пресс-конференции.</p></article><aside>Популярное сегодня</aside>',
    '<footer>© Новости. Все права защищены.</footer><script>track()</script></body></html>',
  ].join('\n');
  const cleaned = cleanArticle(raw(page));
  assert.equal(cleaned.title, 'Туск: Польша не пошлёт войска');
  assert.deepEqual(cleaned.paragraphs.map((p) => p.text), ['Премьер Польши Дональд Туск заявил, что Варшава не направит солдат.', 'Он выступил на пресс-конференции.']);
});

test('a channel post: tags, a handle with a call to subscribe and flag emoji are not the story', () => {
  const post = cleanArticle(
    raw(['🇵🇱🇺🇦 Туск і Зеленський зустрілися у Варшаві', 'Лідери обговорили логістичний хаб для місії.', '#Варшава #Туск #коаліція', '@example_news | Підписатися', '👉 Подписывайтесь на наш канал'].join('\n\n')),
  );
  assert.equal(post.title, 'Туск і Зеленський зустрілися у Варшаві');
  assert.equal(post.text, 'Лідери обговорили логістичний хаб для місії.');
  assert.deepEqual(post.removed.map((r) => r.rule), ['hashtags', 'social-promo', 'social-promo']);
  // A quoted call to sign is news, not a promo.
  const quoted = cleanArticle(raw('«Подпишитесь под декларацией», — призвал Макрон коллег. Лидеры согласились.'));
  assert.deepEqual(quoted.removed, []);
});

test('a live blog\'s clock times stay in the text but open neither the title nor the summary', () => {
  const cleaned = cleanArticle(
    raw(
      [
        '12:45 Зеленський прибув до Берлина на переговори з американською делегацією.',
        '13:20 — Переговори в Берлині тривають другий день, учасники обговорюють мирний план.',
        '16:40 Делегації залишили будівлю.',
      ].join('\n\n'),
    ),
  );
  assert.equal(cleaned.title, 'Зеленський прибув до Берлина на переговори з американською делегацією');
  assert.ok(cleaned.summary.startsWith('Зеленський прибув до Берлина'), cleaned.summary);
  assert.ok(cleaned.summary.includes(' Переговори в Берлині тривають'), cleaned.summary);
  assert.ok(!/\d\d:\d\d/.test(cleaned.summary), cleaned.summary);
  assert.ok(cleaned.text.startsWith('12:45 Зеленський'));
});

test('the furniture around a story: typo notices, tags, list headings, copyright, disclaimers, messenger promos', () => {
  const furniture = [
    'Помітили помилку? Виділіть її та натисніть Ctrl+Enter',
    'Теги: Франція, Україна, коаліція',
    'Популярне',
    'Новости по теме:',
    'Коментарі (12)',
    'Загрузка...',
    '© 2026 Усі права захищені',
    'Редакция может не разделять мнение автора.',
    'Більше новин — у нашому Telegram',
    'Поширити',
    'Viber | WhatsApp | Email',
    'Головна » Новини » Світ',
    'Михайло Ткач — Вівторок, 6 січня 2026, 22:47',
    'Note from the author: Hi, this is Jane Roe. Our reporters cover the talks every day; become a member to support us.',
    'Примечание редакции: материал обновлен после пресс-конференции.',
    // A label on a line of its own: the note is the block after it.
    'Editor’s note:',
    'Hi, this is John Doe. Thank you for reading.',
    'We’ve been working hard to bring you news from the front line. Support us today.',
    'Підтримайте нас на Patreon — це допоможе нам працювати далі.',
    'Поддержите независимую журналистику: каждый рубль важен.',
    'Підтримайте нас донатом на картку редакції.',
  ];
  const story = [
    'У Парижі відбулася зустріч лідерів коаліції охочих, які обговорили гарантії безпеки.',
    // Story sentences that begin like the furniture stay.
    'Популярність Макрона впала до 11 відсотків, показало опитування.',
    'Лідери обговорювали це в нашій присутності, сказало джерело.',
    'Telegram заблокував канали.',
    // Support the story tells of is story.
    'Лідери пообіцяли підтримати Україну і підтримати наших партнерів.',
    'Leaders pledged to support our partners and to become a guarantor of peace.',
    '«Прошу всех поддержать нас», — сказал президент.',
    'Страны готовы поддержать проект резолюции.',
    // A messenger next to "signed", "joined" or "our": news, not a call to subscribe.
    'Медведев в своем Telegram-канале ответил на подписанную в Париже декларацию.',
    'Міністр написав у Facebook, що Японія приєднується до коаліції.',
    'Посол заявил в Telegram, что нашей стране нужны гарантии.',
    // A closing quote followed by text is no breadcrumb separator.
    '«Медуза» рассказывает главное.',
    '«Це крок уперед», — сказав він.',
    // A name, a dash and more than a timestamp: a sentence.
    'Олена Коваль — 6 січня 2026 року стала послом у Франції.',
    // A note the story tells of is story.
    'В примечании редакции газета признала ошибку.',
    // "By" and words in lower case are no byline.
    'By Tuesday evening.',
  ];
  const cleaned = cleanArticle(raw(['Лідери зустрілися в Парижі', story[0], ...furniture, ...story.slice(1)].join('\n\n')));
  assert.deepEqual(cleaned.paragraphs.map((p) => p.text), story);
  assert.deepEqual(
    cleaned.removed.map((r) => r.rule),
    ['typo-notice', 'tags', 'widget-heading', 'widget-heading', 'widget-heading', 'widget-heading', 'copyright', 'disclaimer', 'social-promo', 'share-buttons', 'share-buttons', 'breadcrumbs', 'byline', 'page-note', 'page-note', 'page-note', 'page-note', 'support-appeal', 'support-appeal', 'support-appeal', 'support-appeal'],
  );
});

test('the headlines listed under a related-links heading go with it; the story after them stays', () => {
  const cleaned = cleanArticle(
    raw(
      [
        'Прем’єрка прийняла делегацію в Римі',
        'Прем’єрка у вівторок прийняла в Римі делегацію коаліції.',
        'Материалы по теме',
        'Посол: решение о миссии примут весной',
        'Министры обсудили финансирование сил поддержки',
        'Сторони домовилися про наступну зустріч у травні.',
        'Читайте також:',
        'Міністри обговорили фінансування місії',
      ].join('\n'),
    ),
  );
  assert.deepEqual(cleaned.paragraphs.map((p) => p.text), ['Прем’єрка у вівторок прийняла в Римі делегацію коаліції.', 'Сторони домовилися про наступну зустріч у травні.']);
  assert.deepEqual(cleaned.removed.map((r) => r.rule), ['widget-heading', 'related-links', 'related-links', 'read-also', 'related-links']);
});

test('a saved page: related links, tags and share bars go with their element, a caption leaves only its credit, a view counter leaves the date', () => {
  const page = [
    '<div class="meta"><span>2 апреля 2026, 21:15</span> <span>1 532 просмотра</span></div>',
    '<figure><img src="a.jpg"><figcaption>Эммануэль Макрон. Фото: Ludovic Marin / AFP</figcaption></figure>',
    '<div class="article-body"><p>Макрон и Стармер провели видеоконференцию лидеров коалиции.</p><p>Участники обсудили подготовку миссии.</p></div>',
    '<ul class="article-tags"><li>Франция</li><li>Великобритания</li></ul>',
    '<div class="share-bar"><div>Поделиться:</div><a>Telegram</a></div>',
    '<section id="related"><h3>Читайте также</h3><ul><li><a>Зеленский прибыл в Лондон</a></li></ul></section>',
    // Its class names comments, but it holds the story's paragraphs: it stays.
    '<div class="post has-comments"><p>Следующая встреча пройдет в апреле.</p><p>Место пока не названо.</p></div>',
  ].join('\n');
  const cleaned = cleanArticle({ file: 'a.html', format: 'text', meta: { title: 'Видеоконференция коалиции' }, headerDate: null, body: htmlToText(page), warnings: [] });
  assert.deepEqual(cleaned.paragraphs.map((p) => p.text), [
    '2 апреля 2026, 21:15',
    'Макрон и Стармер провели видеоконференцию лидеров коалиции.',
    'Участники обсудили подготовку миссии.',
    'Следующая встреча пройдет в апреле.',
    'Место пока не названо.',
  ]);
  assert.deepEqual(cleaned.removed.map((r) => [r.rule, r.text]), [
    ['view-counter', '1 532 просмотра'],
    ['photo-credit', 'Фото: Ludovic Marin / AFP'],
  ]);
  assert.ok(cleaned.summary.startsWith('Макрон и Стармер'), cleaned.summary);
});

test('a section’s name above the headline is not the title; a name standing there stays', () => {
  const headline = 'Радники безпеки обговорили моніторинг перемир’я у Брюсселі';
  for (const rubric of ['Аналітика', 'Мнение эксперта', 'World news']) {
    const cleaned = cleanArticle(raw(`${rubric}\n\n${headline}\n\nРадники зустрілися в середу.\n\nРозмова тривала дві години.`));
    assert.equal(cleaned.title, headline, rubric);
    assert.deepEqual(cleaned.removed.map((r) => r.rule), ['rubric'], rubric);
  }
  const byline = cleanArticle(raw(`Ірина Мельник\n\n${headline}\n\nРадники зустрілися в середу.\n\nРозмова тривала дві години.`));
  assert.ok(byline.text.startsWith('Ірина Мельник'), 'a byline above the headline is kept');
  // A short first line followed by prose, not by a headline, is left alone.
  const prose = cleanArticle(raw('Брюссель\n\nРадники зустрілися в середу й говорили дві години.\n\nДеталі не розголошують.'));
  assert.deepEqual(prose.removed, []);
});

test('a section’s name under the headline goes as a rubric; a city standing there stays', () => {
  const headline = 'Радники безпеки обговорили моніторинг перемир’я у Брюсселі';
  const lead = 'Радники з безпеки країн коаліції в середу обговорили в Брюсселі, як стежитимуть за перемир’ям.';
  for (const rubric of ['Аналітика', 'Opinion', 'У світі']) {
    const cleaned = cleanArticle(raw(`${headline}\n\n${rubric}\n\n${lead}\n\nРозмова тривала дві години.`));
    assert.equal(cleaned.title, headline, rubric);
    assert.ok(cleaned.text.startsWith('Радники з безпеки'), rubric);
    assert.deepEqual(cleaned.removed.map((r) => [r.rule, r.text]), [['rubric', rubric]]);
  }
  const city = cleanArticle(raw(`${headline}\n\nБрюссель\n\n${lead}`));
  assert.ok(city.text.startsWith('Брюссель'));
  assert.deepEqual(city.removed, []);
});

test('under the page’s timestamp lines: an English "by" line is a byline, and the headline follows', () => {
  const cleaned = cleanArticle(raw('March 11, 2026 6:02 PM\nby Jane Doe\n\nUpdated 19:40\n\nMinisters agree on monitoring mission\n\nMinisters agreed on Wednesday to set up a monitoring mission.\n\nThe talks lasted four hours.'));
  assert.equal(cleaned.title, 'Ministers agree on monitoring mission');
  assert.deepEqual(cleaned.removed.map((r) => [r.rule, r.text]), [['byline', 'by Jane Doe']]);
  assert.equal(cleaned.summary, 'Ministers agreed on Wednesday to set up a monitoring mission. The talks lasted four hours.');
});

test('a reporter’s signature closing the story is a byline; a closing line of other words stays', () => {
  const signed = cleanArticle(raw('Министры договорились о миссии\n\nМинистры в среду договорились о миссии.\n\nПереговоры длились четыре часа.\n\nАлексей Ковалев, Киев'));
  assert.deepEqual(signed.removed.map((r) => [r.rule, r.text]), [['byline', 'Алексей Ковалев, Киев']]);
  assert.ok(!signed.text.includes('Ковалев'));
  const english = cleanArticle(raw('Ministers agree\n\nMinisters agreed on Wednesday.\n\nThe talks lasted four hours.\n\nKateryna Hodunova (Kyiv)'));
  assert.deepEqual(english.removed.map((r) => r.rule), ['byline']);
  // Two capitalised words that are no name, and a name in another case, stay.
  const unsigned = cleanArticle(raw('Ministers agree\n\nMinisters agreed on Wednesday.\n\nThe talks lasted four hours.\n\nСлава Україні'));
  assert.deepEqual(unsigned.removed, []);
  const oblique = cleanArticle(raw('Министры договорились\n\nМинистры в среду договорились о миссии.\n\nПереговоры шли долго.\n\nАлексея Ковалева'));
  assert.deepEqual(oblique.removed, []);
  // Under the headline, before a paragraph of prose, the writer's name alone is a byline too; the story's lead follows.
  const column = cleanArticle(raw('Europe needs an army\n\nSimon Whitfield\n\nThe declaration agreed on Tuesday is welcome, but declarations deter no one; soldiers do.\n\nNo one can say how many troops there would be.'));
  assert.deepEqual(column.removed.map((r) => [r.rule, r.text]), [['byline', 'Simon Whitfield']]);
  assert.ok(column.text.startsWith('The declaration agreed on Tuesday'));
  const city = cleanArticle(raw('Europe needs an army\n\nNew Delhi\n\nThe declaration agreed on Tuesday is welcome, but declarations deter no one; soldiers do.\n\nNo one can say how many.'));
  assert.deepEqual(city.removed, [], 'two capitalised words with no first name');
});
