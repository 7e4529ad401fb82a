import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from '../src/clean.ts';
import { dateArticle } from '../src/dates.ts';
import { datelineAgency, datelinePlace, extractEntities, findOutlets, findPeople } from '../src/entities.ts';
import { compileGazetteer, findMatches } from '../src/gazetteer.ts';
import { tagLanguage } from '../src/language.ts';
import { findCreditedPeople, findNamedPeople, surnameNominative, transliterateName } from '../src/names.ts';

// Sentences written for these tests, not taken from any article.
const names = (text: string, language = 'ru'): string[] => [...new Set(findPeople(text, language).map((p) => p.name))];

test('listed people in every grammatical case map to one English name', () => {
  assert.deepEqual(names('Зеленский встретился с Макроном.'), ['Volodymyr Zelensky', 'Emmanuel Macron']);
  assert.deepEqual(names('Президент Зеленського привітав Стармера', 'uk'), ['Volodymyr Zelensky', 'Keir Starmer']);
  assert.deepEqual(names('Zelensky and Rutte spoke.', 'en'), ['Volodymyr Zelensky', 'Mark Rutte']);
  assert.deepEqual(names('разговор с Уиткоффом и Віткоффу'), ['Steve Witkoff']);
  assert.deepEqual(names('Брижит Макрон приехала'), ['Brigitte Macron'], 'the longer name wins');
});

test('people around the talks named by surname alone, and a short surname only with its first name', () => {
  assert.deepEqual(names('Зампред Совбеза Медведев пригрозил Европе, Захаровой вторит Небензя.'), ['Dmitry Medvedev', 'Maria Zakharova', 'Vasily Nebenzya']);
  assert.deepEqual(names('Головнокомандувач Сирський доповів, за словами Захарової.', 'uk'), ['Oleksandr Syrskyi', 'Maria Zakharova']);
  // "Дан" alone would be "Дания"; the Romanian president is found with his first name, in its cases.
  assert.deepEqual(names('Президент Нікушора Дана привітав Данію.', 'uk'), ['Nicușor Dan']);
  assert.deepEqual(names('Дания и Дан не совпадают.'), []);
  assert.deepEqual(names('Подоляк заявив, що Арахамія і Стефанчук підтримали позицію Лубінця.', 'uk'), ['Mykhailo Podolyak', 'Davyd Arakhamia', 'Ruslan Stefanchuk', 'Dmytro Lubinets']);
  // "Качка" is a duck as well: Taras Kachka is found with his first name.
  assert.deepEqual(names('За словами Тараса Качки, качка плавала.', 'uk'), ['Taras Kachka']);
});

test('EU commissioners, the US chiefs of staff and more leaders of the coalition are listed', () => {
  assert.deepEqual(names('Переговоры с еврокомиссаром Андрюсом Кубилюсом и Мартой Кос прошли в Киеве.'), ['Andrius Kubilius', 'Marta Kos']);
  assert.deepEqual(names('Генерал Ден Кейн зустрівся з Роб Єттеном, а Санду — з Еді Рамою.', 'uk'), ['Dan Caine', 'Rob Jetten', 'Maia Sandu', 'Edi Rama']);
  // Ukrainian outlets write the Dutch «Схооф» as well as «Схоф».
  assert.deepEqual(names('Зустріч із прем’єром Нідерландів Діком Схоофом тривала годину.', 'uk'), ['Dick Schoof']);
  // A short surname goes only with its first name: "Кос" is no one in "Косово".
  assert.deepEqual(names('Косово и Кос не совпадают.'), []);
});

test('foreign ministers, chiefs of staff and negotiators of the coalition and of the talks around it are listed', () => {
  assert.deepEqual(names('Сийярто и Альбарес поспорили, а Валтонен промолчала.'), ['Péter Szijjártó', 'José Manuel Albares', 'Elina Valtonen']);
  assert.deepEqual(names('Міністр Такесі Івая поговорив із Сійярто, Мотегі — з Ларсом Льокке Расмуссеном.', 'uk'), ['Takeshi Iwaya', 'Péter Szijjártó', 'Toshimitsu Motegi', 'Lars Løkke Rasmussen']);
  assert.deepEqual(names('Делегацию возглавил Игорь Костюков, принимал ее шейх Мухаммед бен Заид.'), ['Igor Kostyukov', 'Mohamed bin Zayed']);
  assert.deepEqual(names('Генералы Мандон, Радакин и Буркхард; Ричард Найтон сменил Радакина.'), ['Fabien Mandon', 'Tony Radakin', 'Thierry Burkhard', 'Richard Knighton']);
  assert.deepEqual(names('Szijjarto met Brekelmans and Theo Francken.', 'en'), ['Péter Szijjártó', 'Ruben Brekelmans', 'Theo Francken']);
  // "Иван" is no form of Iwaya: the Japanese minister's forms are whole words.
  assert.deepEqual(names('Иван Ивая'), ['Takeshi Iwaya']);
});

test('a form followed by a word that makes it something else is not the person: «Тихий океан»', () => {
  assert.deepEqual(names('Корабли вышли в Тихий океан, а флот Тихого океана усилен.'), []);
  assert.deepEqual(names('Кораблі у Тихому океані', 'uk'), []);
  assert.deepEqual(names('Речник МЗС Тихий заявив, що Георгія Тихого поінформували.', 'uk'), ['Heorhii Tykhyi']);
});

test('a stem does not match inside another word', () => {
  const compiled = compileGazetteer([{ id: 'x', name: 'X', forms: ['Туск'] }]);
  assert.equal(findMatches('Тусклый свет', compiled).length, 0);
  assert.equal(findMatches('Туска', compiled).length, 1);
});

test('the quick look at a form\'s third letter turns no true match away', () => {
  const compiled = compileGazetteer([
    { id: 'a', name: 'A', forms: ["Ба'ас"] },
    { id: 'b', name: 'B', forms: ['Си Цзиньпин'] },
    { id: 'c', name: 'C', forms: ['Праг', 'Празі='] },
  ]);
  const ids = (text: string): string[] => findMatches(text, compiled).map((m) => m.entry.id);
  // Any of the four apostrophes stands third.
  assert.deepEqual(ids('Ба’аса и Баʼас'), ['a', 'a']);
  assert.deepEqual(ids('Сию Цзиньпина'), ['b'], 'a first word of two letters may take an ending at the third');
  assert.deepEqual(ids('В Праге и в Празі, но не Президент.'), ['c', 'c']);
});

test('unlisted people: first name and surname, brought to the nominative and transliterated', () => {
  assert.deepEqual(names('Об этом рассказал советник Олега Кравченко.'), ['Oleh Kravchenko']);
  // A first name is romanised as its form is written: Russian "Ирина" is Irina, Ukrainian "Ірина" Iryna.
  assert.deepEqual(names('Встреча с Ириной Смирновой прошла в Риме.'), ['Irina Smirnova']);
  assert.deepEqual(names('Зустріч з Іриною Смирновою пройшла в Римі.', 'uk'), ['Iryna Smyrnova']);
  assert.deepEqual(names('Корреспондент Андрей Петров и Олександр Коваль.'), ['Andrei Petrov', 'Oleksandr Koval']);
  assert.deepEqual(names('Заяву зробила речниця Оксани… Діана Гордієнко.', 'uk'), ['Diana Hordiienko']);
  assert.deepEqual(names('за словами журналіста Барака Коена', 'uk'), ['Barak Koen']);
  assert.deepEqual(names('поговорил с Сергеем Волковым', 'ru'), ['Sergei Volkov']);
  assert.deepEqual(names('поговорив із Сергієм Волковим', 'uk'), ['Serhiy Volkov']);
  assert.deepEqual(names('The call was confirmed by Pierre Dupont on Monday.', 'en'), ['Pierre Dupont']);
  // Common first names of officials and reporters, in their cases.
  assert.deepEqual(names('повідомив голова КМВА Тимур Бондар.', 'uk'), ['Timur Bondar']);
  assert.deepEqual(names('Встреча с Ксенией Лебедевой и Глебом Орловым.'), ['Ksenia Lebedeva', 'Gleb Orlov']);
  assert.deepEqual(names('Зустріч з Уляною Мельник і Єгором Шевчуком.', 'uk'), ['Uliana Melnyk', 'Yehor Shevchuk']);
  // A listed surname after a first name keeps the gazetteer identity.
  assert.deepEqual(names('Владимир Зеленский заявил'), ['Volodymyr Zelensky']);
});

test('an unlisted person keeps the name as written, in the nominative, for the pages in its language', () => {
  const natives = (text: string, language: string) => findPeople(text, language).map((person) => [person.name, person.native?.language, person.native?.name]);
  assert.deepEqual(natives('Встреча с Ириной Смирновой и Гвидо Крозетто.', 'ru'), [['Guido Crosetto', undefined, undefined], ['Irina Smirnova', 'ru', 'Ирина Смирнова']]);
  assert.deepEqual(natives('За словами речниці Олени Коваль.', 'uk'), [['Olena Koval', 'uk', 'Олена Коваль']]);
  assert.deepEqual(natives('Встреча с министром обороны Финляндии Антти Хяккяненом.', 'ru'), [['Antti Khyakkyanen', 'ru', 'Антти Хяккянен']]);
});

test('"глава" and "голова" are nominatives: the name after them is one too', () => {
  assert.deepEqual(names('Об этом сообщила глава МИД Латвии Байба Браже.'), ['Bayba Brazhe']);
  assert.deepEqual(names('Встреча с главой МИД Латвии Байбой Браже.'), ['Bayba Brazhe']);
  assert.deepEqual(names('Голова МЗС Латвії Байба Браже заявила.', 'uk'), ['Baiba Brazhe']);
  assert.deepEqual(names('По словам главы делегации Анны-Марии Шмидт, встреча прошла.'), ['Anna-Mariya Shmidt'], 'each part of a double first name declines');
});

test('role words introduce people whose first name is not known', () => {
  assert.deepEqual(names('Об этом заявил спецпосланник Фабиано Рикарди в понедельник.'), ['Fabiano Rikardi']);
  assert.deepEqual(names('Встреча с министром обороны Финляндии Антти Хяккяненом прошла в Риме.'), ['Antti Khyakkyanen']);
  assert.deepEqual(names('министр обороны Великобритании Джон Доу заявил'), ['John Dou'], 'not "Великобритании Джон"');
  // A woman's title: the first name after it is a nominative, not a genitive to cut back ("Ілзе", not "Ілз").
  assert.deepEqual(names('Міністерка фінансів Латвії Ілзе Кравале заявила.', 'uk'), ['Ilze Kravale']);
  assert.deepEqual(names('Речниця уряду Естонії Лійна Тамм заявила.', 'uk'), ['Liina Tamm']);
  assert.deepEqual(names('Прем’єр-міністерка Норвегії Сігне Вольд виступила.', 'uk'), ['Sihne Vold']);
  assert.deepEqual(names('Заместитель госсекретаря США Роланд Бакстер прилетел.'), ['Roland Bakster'], 'a deputy secretary of state');
  assert.deepEqual(names('слова генсека НАТО Марка Рютте'), ['Mark Rutte'], '"генсека" is still a genitive');
  // A genitive role after another is its complement: the name takes the first one's case.
  assert.deepEqual(names('Переговори з помічником прем’єра Норвегії Гуннаром Ліндбергом тривали годину.', 'uk'), ['Hunnar Lindberh']);
  assert.deepEqual(names('Встреча с представителем президента Чехии Радимом Новаком прошла вчера.'), ['Radim Novak']);
  // Spellings of first names that outlets use for Western names.
  assert.deepEqual(names('За словами Штефана Майера та Еманюеля Дюпона, угоди немає.', 'uk'), ['Stefan Maier', 'Emmanuel Diupon']);
  // Two roles in one case: the nearer one introduces the name.
  assert.deepEqual(names('Встреча президента с премьером Исландии Бьярни Эйнарссоном прошла вчера.'), ['Byarni Eynarsson']);
  // English: a title right before two capitalised words, the first name unknown; not a body, a day, or a title itself.
  const english = (text: string): string[] => findNamedPeople(text, 'en').map((person) => person.name);
  assert.deepEqual(english('Vice President Okan Demirel represented Turkey.'), ['Okan Demirel']);
  assert.deepEqual(english('The French ambassador Gaëlle Varin said so.'), ['Gaëlle Varin']);
  assert.deepEqual(english('Staff of the minister Foreign Office met.'), []);
  assert.deepEqual(english('Reporters asked President Varin Tuesday.'), []);
  assert.deepEqual(english('Secretary General Okan Demirel, a diplomat, spoke.'), ['Okan Demirel'], 'not "General Okan"');
  // A prefix with a capital of its own: "Mc", "Mac", "O’", "De".
  assert.deepEqual(english('Pat McFadden and Ian MacLeod told Sean O’Connor that Ron DeLuca had left.'), ['Pat McFadden', 'Ian MacLeod', 'Sean O’Connor', 'Ron DeLuca']);
  assert.deepEqual(english('The McKinsey Global report and the MacBook Pro.'), [], 'no first name, no title: no person');
});

test('surnames return to the nominative by case and gender', () => {
  assert.equal(surnameNominative('Волкова', 'gen', 'm'), 'Волков');
  assert.equal(surnameNominative('Волковой', 'ins', 'f'), 'Волкова');
  assert.equal(surnameNominative('Вишневського', 'gen', 'm'), 'Вишневський');
  assert.equal(surnameNominative('Шевченко', 'gen', 'm'), 'Шевченко', 'Ukrainian -ко does not decline');
  assert.equal(surnameNominative('Коена', 'gen', 'm'), 'Коен');
  // Declined in Ukrainian, -енко and -йко come back whole: no nominative ends in -енк or -йк.
  assert.equal(surnameNominative('Романенка', 'gen', 'm', 'uk'), 'Романенко');
  assert.equal(surnameNominative('Гордієнкові', 'dat', 'm', 'uk'), 'Гордієнко');
  assert.equal(surnameNominative('Бойком', 'ins', 'm', 'uk'), 'Бойко');
  assert.equal(surnameNominative('Сердюка', 'gen', 'm', 'uk'), 'Сердюк', 'a surname in -к keeps it');
  assert.deepEqual(names('Ми запитали генерал-лейтенанта Ігоря Романенка.', 'uk'), ['Ihor Romanenko']);
  // Surnames declined as adjectives: -ий in Ukrainian and after к/г/х in Russian, -ый elsewhere in Russian, -ий when soft.
  assert.equal(surnameNominative('Тихого', 'gen', 'm', 'uk'), 'Тихий');
  assert.equal(surnameNominative('Чорним', 'ins', 'm', 'uk'), 'Чорний');
  assert.equal(surnameNominative('Белому', 'dat', 'm', 'ru'), 'Белый');
  assert.equal(surnameNominative('Крайнего', 'gen', 'm', 'ru'), 'Крайний');
  assert.equal(surnameNominative('Лавровым', 'ins', 'm', 'ru'), 'Лавров', 'a surname in -ов is no adjective');
  assert.deepEqual(names('Зустріч з Олександром Чорним.', 'uk'), ['Oleksandr Chornyi']);
  assert.deepEqual(names('Заступник голови ГУР Вадим Скібіцький і Сергій Кислиця.', 'uk'), ['Vadym Skibitskyi', 'Sergiy Kyslytsya']);
  // A listed adjectival surname is found alone, in any case.
  assert.deepEqual(names('По словам Тихого, эксперты начнут работу. Тихому задали вопрос.'), ['Heorhii Tykhyi']);
});

test('transliteration follows the language of the name', () => {
  assert.equal(transliterateName('Дегтярев', 'ru'), 'Degtyarev');
  assert.equal(transliterateName('Давітян', 'uk'), 'Davitian');
  assert.equal(transliterateName('Згурський', 'uk'), 'Zghursky');
  assert.equal(transliterateName('Ященко', 'uk'), 'Yashchenko');
});

test('bylines and photo credits name people', () => {
  assert.deepEqual(names('Фото: Jean Martin / AFP'), ['Jean Martin']);
  assert.deepEqual(names('Текст: Алексей Смирнов'), ['Alexei Smirnov']);
  const cleaned = cleanArticle({ file: 'a.txt', format: 'text', meta: {}, headerDate: null, warnings: [], body: 'Министры встретились в Риме\n\nАвтор: Петр Соколов\n\nМинистры обсудили поставки.' });
  const article = extractEntities(dateArticle(tagLanguage(cleaned)));
  assert.deepEqual(article.removed.map((r) => r.rule), ['byline']);
  const person = article.people.find((p) => p.name === 'Pyotr Sokolov');
  assert.ok(person, JSON.stringify(article.people));
  assert.deepEqual(person.mentions, [], 'named outside the text: no offsets');
  // An agency's staff credit leaves the story but still names its reporters and editors.
  const wire = cleanArticle({ file: 'b.txt', format: 'text', meta: {}, headerDate: null, warnings: [], body: 'ROME, March 3 (Reuters) - Ministers met in Rome on Tuesday.\n\n(Reporting by Laura Bianchi and Paul Martin; Editing by Anna Weber)' });
  const wired = extractEntities(dateArticle(tagLanguage(wire)));
  assert.deepEqual(wired.removed.map((r) => r.rule), ['wire-credit']);
  assert.deepEqual(wired.people.map((p) => p.name).sort(), ['Anna Weber', 'Laura Bianchi', 'Paul Martin']);
  // An interview's credit under the story: a line of its own, the story's people stay news people.
  const interview = cleanArticle({ file: 'c.md', format: 'text', meta: {}, headerDate: null, warnings: [], body: 'Посол про місію\n\n— Коли почнеться місія?\n\n— Навесні, після рішення Ради.\n\nРозмову вела Марта Лисенко' });
  const interviewed = extractEntities(dateArticle(tagLanguage(interview)));
  assert.deepEqual(interviewed.removed.map((r) => [r.rule, r.text]), [['byline', 'Розмову вела Марта Лисенко']]);
  assert.deepEqual(interviewed.people.map((p) => [p.name, p.credit ?? false]), [['Marta Lysenko', true]]);
  const credited = (text: string, language = 'ru'): string[] => findCreditedPeople(text, language).map((p) => p.name);
  assert.deepEqual(credited('Беседовал Павел Громов'), ['Pavel Gromov']);
  assert.deepEqual(credited('Interview by Clara Weiss.', 'en'), ['Clara Weiss']);
  // Inside a sentence the verb credits no one: «подготовил» is what the person did.
  assert.deepEqual(credited('Встречу подготовил Павел Громов, советник министра.'), []);
  assert.deepEqual(names('Встречу подготовил Павел Громов, советник министра.'), ['Pavel Gromov']);
});

test('a credit to an institution, a picture library or a screenshot names no person', () => {
  assert.deepEqual(names('Фото: Офіс Президента', 'uk'), [], 'a listed organisation');
  assert.deepEqual(names('Фото: Пресс-служба Министерства обороны'), []);
  assert.deepEqual(names('Фото: Міністерство Юстиції', 'uk'), []);
  assert.deepEqual(names('Фото: Getty Images'), []);
  assert.deepEqual(names('Фото: Скриншот Видео'), []);
  assert.deepEqual(names('Автор: Ирина Радова'), ['Irina Radova'], 'a surname that begins like "рада" is still a name');
  assert.deepEqual(names('Photo: Lucie Marchand / Reuters'), ['Lucie Marchand']);
});

test('story people whose first names are foreign to Russian and Ukrainian', () => {
  assert.deepEqual(names('Министр иностранных дел Германии Иоганн Вадефуль прилетел в Киев.'), ['Johann Wadephul']);
  assert.equal(findPeople('Министр Иоганн Вадефуль прилетел.', 'ru')[0]?.text, 'Иоганн Вадефуль', 'the first name is part of the mention');
  assert.deepEqual(names('Колишня очільниця МЗС Анналена Бербок виступила в ООН.', 'uk'), ['Annalena Baerbock']);
  assert.deepEqual(names('Слова Анналены Бербок процитировали в Брюсселе.'), ['Annalena Baerbock']);
  assert.deepEqual(names('Прем’єр Люксембургу Люк Фріден підтримав заяву.', 'uk'), ['Luc Frieden']);
  // Bylines of English-language pages: Ukrainian and Polish first names in Latin script.
  assert.deepEqual(names('Kateryna Hodunova\nJanuary 6, 2026', 'en'), ['Kateryna Hodunova']);
  assert.deepEqual(names('By Serhii Romanenko and Piotr Nowak', 'en'), ['Serhii Romanenko', 'Piotr Nowak']);
});

test('outlets: listed ones and those an attribution names', () => {
  const outlets = (text: string): string[] => findOutlets(text, findPeople(text, 'ru')).map((o) => o.name);
  assert.deepEqual(outlets('Об этом сообщает Reuters со ссылкой на источники.'), ['Reuters']);
  assert.deepEqual(outlets('Про це повідомляє «Вечірній Київ».'), ['Вечірній Київ']);
  assert.deepEqual(outlets('Об этом сообщил Ермак.'), [], 'a person is not an outlet');
  assert.deepEqual(outlets('Источник: ТАСС'), ['TASS']);
  assert.deepEqual(outlets('Про це повідомляє УНІАН з посиланням на Офіс президента.'), ['UNIAN'], 'the start of a listed organisation is not an outlet');
  assert.deepEqual(outlets('Про це повідомило Міністерство збройних сил Франції.'), [], 'an unlisted institution is not an outlet');
  assert.deepEqual(outlets('Об этом сообщает Пресс-служба Елисейского дворца, пишет Sky News.'), ['Sky News']);
  // The sentence's full stop is not part of the name; the press in general is no outlet.
  assert.deepEqual(outlets('Про це повідомляє Вісник Полісся.'), ['Вісник Полісся']);
  assert.deepEqual(outlets('Лідери зберуться в Лондоні, повідомляють ЗМІ. Об этом же пишут СМИ.'), []);
});

test('the agency of a dateline: listed ones also in capitals, others as written', () => {
  const agency = (text: string): [string, string] | null => {
    const found = datelineAgency(text);
    return found && [found.name, text.slice(found.start, found.end)];
  };
  assert.deepEqual(agency('Херсон. 2 червня. ІНТЕРФАКС-УКРАЇНА - Голова ОВА повідомив про обстріл.'), ['Interfax-Ukraine', 'ІНТЕРФАКС-УКРАЇНА']);
  assert.deepEqual(agency('ТБИЛИСИ, 2 июня. /ТАСС/. Премьер Грузии заявил.'), ['TASS', 'ТАСС']);
  assert.deepEqual(agency('VILNIUS, June 2 (Baltic Wire) - Lithuania said.'), ['Baltic Wire', 'Baltic Wire']);
  assert.equal(agency('Премьер Грузии заявил во вторник.'), null);
});

test('the city of a dateline, written in capitals, is a place where the list has it', () => {
  const place = (text: string): [string, string] | null => {
    const found = datelinePlace(text);
    return found && [found.name, text.slice(found.start, found.end)];
  };
  assert.deepEqual(place('ВАРШАВА, 2 июня. /ТАСС/. Премьер Польши заявил.'), ['Warsaw', 'ВАРШАВА']);
  assert.deepEqual(place('VILNIUS, June 2 (Baltic Wire) - Lithuania said.'), ['Vilnius', 'VILNIUS']);
  // A town the list does not have names no place.
  assert.equal(place('Ґрунтове. 2 червня. ІНТЕРФАКС-УКРАЇНА - Голова громади повідомив про ремонт.'), null);
  assert.equal(place('Варшава готова направить инструкторов, заявил премьер.'), null);
});

test('places and organisations, with every mention in its sentence', () => {
  const text = 'Лидеры встретились в Париже. Генсек НАТО прибыл из Брюсселя. Еврокомиссия поддержала решение.';
  const cleaned = cleanArticle({ file: 'a.txt', format: 'text', meta: {}, headerDate: null, warnings: [], body: `Заголовок статьи о встрече\n\n${text}` });
  const article = extractEntities(dateArticle(tagLanguage(cleaned)));
  assert.deepEqual(article.places.map((p) => p.name), ['Paris', 'Brussels']);
  assert.deepEqual(article.organisations.map((o) => o.name), ['NATO', 'European Commission']);
  const nato = article.organisations[0]?.mentions[0];
  assert.ok(nato);
  assert.equal(article.text.slice(nato.start, nato.end), 'НАТО');
  assert.equal(article.text.slice(nato.sentence.start, nato.sentence.end), 'Генсек НАТО прибыл из Брюсселя.');
});

test('parliaments and governments in their cases', () => {
  const text = 'Законопроєкт внесли до Верховної Ради, Кабмін його підтримав. Бундестаг и Европарламент проголосуют позже, а Конгресс США ждёт.';
  const cleaned = cleanArticle({ file: 'a.txt', format: 'text', meta: {}, headerDate: null, warnings: [], body: `Заголовок статьи о голосовании\n\n${text}` });
  const article = extractEntities(dateArticle(tagLanguage(cleaned)));
  assert.deepEqual(article.organisations.map((o) => o.name), ['Verkhovna Rada', 'Cabinet of Ministers of Ukraine', 'Bundestag', 'European Parliament', 'US Congress']);
});

test('security bodies by abbreviation and in full; the venues of the coalition’s meetings', () => {
  const entitiesOf = (body: string) => {
    const cleaned = cleanArticle({ file: 'a.txt', format: 'text', meta: {}, headerDate: null, warnings: [], body: `Заголовок статьи о встрече\n\n${body}` });
    return extractEntities(dateArticle(tagLanguage(cleaned)));
  };
  const article = entitiesOf('Представники ГУР і Служби безпеки України доповіли Раді безпеки ООН, а голова Євроради взяв слово.');
  assert.deepEqual(article.organisations.map((o) => o.name), ['Defence Intelligence of Ukraine', 'Security Service of Ukraine', 'UN Security Council', 'European Council']);
  // "Гурт" (a band) is another word.
  assert.deepEqual(entitiesOf('Гурт виступив у Києві.').organisations, []);
  assert.deepEqual(entitiesOf('Лидеры собрались в Ланкастер-хаусе, затем в Нортвуде и в Ватикане.').places.map((p) => p.name), ['Lancaster House', 'Northwood', 'Vatican City']);
  // People whose names begin with a particle or end in a letter no case ending has.
  assert.deepEqual(names('Премьер Бельгии Барт де Вевер и президент Латвии Эдгарс Ринкевичс.'), ['Bart De Wever', 'Edgars Rinkēvičs']);
  assert.deepEqual(names('Генерал Алексус Ґринкевич доповів.', 'uk'), ['Alexus Grynkewich']);
});

test('places of the wider region in their cases, and none inside an outlet\'s name', () => {
  const placesOf = (body: string): string[] => {
    const cleaned = cleanArticle({ file: 'a.txt', format: 'text', meta: {}, headerDate: null, warnings: [], body: `Заголовок статьи о встрече\n\n${body}` });
    return extractEntities(dateArticle(tagLanguage(cleaned))).places.map((p) => p.name);
  };
  assert.deepEqual(placesOf('Міністри зустрілися у Вільнюсі, а наступна зустріч буде в Празі чи у Відні.'), ['Vilnius', 'Prague', 'Vienna']);
  assert.deepEqual(placesOf('Путин выступил во Владивостоке, затем вылетел в Пекин; в Одессе и Харькове объявили тревогу.'), ['Vladivostok', 'Beijing', 'Odesa', 'Kharkiv']);
  assert.deepEqual(placesOf('Прем’єр прилетів до Жешува, потім був в Ужгороді, а у Страсбурзі та Чернігові чекали.'), ['Rzeszów', 'Uzhhorod', 'Strasbourg', 'Chernihiv']);
  // A capital named by its country's adjective, in any case; the adjective alone does not name it.
  assert.deepEqual(placesOf('Переговоры продолжились в немецкой столице, затем делегация вылетела в британскую столицу.'), ['Berlin', 'London']);
  assert.deepEqual(placesOf('Делегації прибули до французької столиці. Talks moved to the Italian capital.'), ['Paris', 'Rome']);
  assert.deepEqual(placesOf('Немецкий канцлер говорил о столичных пробках.'), []);
  // "Вена" is matched only as written: "Венера" and "венчурный" are not Vienna.
  assert.deepEqual(placesOf('Венера видна с Земли, а венчурный фонд вложил средства.'), []);
  assert.deepEqual(placesOf('Об этом сообщает The New York Times и РБК-Украина.'), []);
  assert.deepEqual(placesOf('Переговоры прошли в Нью-Йорке, сообщает The Washington Post.'), ['New York']);
});

test('unknown people are not found in ordinary capitalised phrases', () => {
  assert.deepEqual(findNamedPeople('Министерство Обороны Украины и Генеральный Штаб', 'ru'), []);
});

test('unknown people: a first name and a surname with one space between them, offsets into the text', () => {
  const found = (text: string): string[][] => findNamedPeople(text, 'ru').map((person) => [person.name, text.slice(person.start, person.end)]);
  assert.deepEqual(found('Вчера Ирина Ковальчук и Олег  Петренко выступили.'), [['Irina Kovalchuk', 'Ирина Ковальчук']], 'two spaces part the words');
  assert.deepEqual(found('Заявила Ирина\u00a0Ковальчук.'), [['Irina Kovalchuk', 'Ирина\u00a0Ковальчук']]);
  assert.deepEqual(found('Советник министра обороны Великобритании Джон Доу заявил.'), [['John Dou', 'Джон Доу']], 'a role word four words back');
  assert.deepEqual(found('Ирина'), []);
  // Георгій and Юрій are two names, not spellings of one.
  assert.deepEqual(findNamedPeople('Речник Георгій Тихий і депутат Юрій Мельник.', 'uk').map((person) => person.name), ['Heorhiy Tykhyi', 'Yuriy Melnyk']);
});

test('a listed person’s mention takes in the first names before the surname, and only those', () => {
  const mentions = (text: string, language = 'uk'): string[][] => findPeople(text, language).map((person) => [person.name, text.slice(person.start, person.end)]);
  assert.deepEqual(mentions('Генсек НАТО Марк Рютте прибув. Рютте сказав коротко.'), [
    ['Mark Rutte', 'Марк Рютте'],
    ['Mark Rutte', 'Рютте'],
  ]);
  // A first name that is not the surname's own would make two people of one: "Йонас Гар" is part of Støre's name.
  assert.deepEqual(mentions('Прем’єр Норвегії Йонас Гар Стьоре заявив.'), [['Jonas Gahr Støre', 'Йонас Гар Стьоре']]);
  // Coalition leaders whose surnames look like case forms ("Цахкна") or start with a particle ("Де Вевер").
  assert.deepEqual(mentions('Глава МИД Эстонии Маргус Цахкна и премьер Бельгии Барт Де Вевер.', 'ru'), [
    ['Margus Tsahkna', 'Маргус Цахкна'],
    ['Bart De Wever', 'Барт Де Вевер'],
  ]);
  assert.deepEqual(mentions('Разом з Кіром Стармером і Емманюелем Макроном.'), [
    ['Keir Starmer', 'Кіром Стармером'],
    ['Emmanuel Macron', 'Емманюелем Макроном'],
  ]);
  // A role phrase is no first name: the country in front stays out of the mention.
  assert.deepEqual(mentions('Премьер Британии Стармер заявил.', 'ru'), [['Keir Starmer', 'Стармер']]);
});

test('hyphenated names: double surnames and double first names, each part declined', () => {
  const mentions = (text: string, language = 'ru'): string[][] => findPeople(text, language).map((person) => [person.name, text.slice(person.start, person.end)]);
  // Before, the country and the first name made a pair ("Польши Владислав") and the surname stood alone.
  assert.deepEqual(mentions('Министр обороны Польши Владислав Косиняк-Камыш заявил.'), [['Władysław Kosiniak-Kamysz', 'Владислав Косиняк-Камыш']]);
  assert.deepEqual(mentions('Встреча с Владиславом Косиняком-Камышом прошла в Риме.'), [['Władysław Kosiniak-Kamysz', 'Владиславом Косиняком-Камышом']]);
  assert.deepEqual(mentions('Раніше Жан-Ноель Барро прибув до Парижа.', 'uk'), [['Jean-Noël Barrot', 'Жан-Ноель Барро']]);
  assert.deepEqual(mentions('Встреча с Анной Римской-Корсаковой прошла в Берлине.'), [['Anna Rimskaya-Korsakova', 'Анной Римской-Корсаковой']]);
  assert.deepEqual(mentions('Об этом сообщила Анна-Мария Шмидт-Келлер.'), [['Anna-Mariya Shmidt-Keller', 'Анна-Мария Шмидт-Келлер']]);
  assert.deepEqual(mentions('Глава Санкт-Петербурга и редактор Нью-Йорк Таймс.'), [], 'hyphenated places and titles are no people');
});
