// Interface text of the site in English, Russian and Ukrainian. Pages in any
// other language use English chrome.
import type { LanguageCode, PublishedBasis } from './model.ts';

const STRINGS = {
  en: {
    articles: 'Articles:',
    chartTitleDay: 'Articles per day, by language',
    chartTitleWeek: 'Articles per week, by language',
    chartTitleMonth: 'Articles per month, by language',
    chartEventsMarked: 'periods with reported events are marked with a triangle:',
    chartMost: 'The tallest bar counts',
    chartTable: 'The chart as a table',
    period: 'Period',
    eventCount: 'Events',
    pagination: 'Pages',
    pageLabel: 'Page',
    previousPage: 'Previous',
    nextPage: 'Next',
    pageOf: 'page {n} of {count}',
    moreOnDay: 'All articles of this day',
    moreEvents: 'more events',
    showingOf: 'Showing {shown} of {total}.',
    search: 'Search',
    searchLabel: 'Search the articles',
    searchIntro: 'Search every article, in Russian, Ukrainian and any other language of the collection.',
    searchNoScript: 'Search runs in your browser and needs JavaScript. Without it, browse by date, language, person or place.',
    feeds: 'Feeds',
    feedAll: 'All articles',
    feedIn: 'Articles in',
    languageSwitcher: 'Read in',
    claims: 'Figures reported',
    claim_countries: 'Countries taking part',
    'claim_troops': 'Troops',
    'claim_sanctions-package': 'Sanctions package',
    sourcesDisagree: 'sources disagree',
    figure: 'Figure',
    statedAs: 'As stated',
    qualifier_exactly: '',
    'qualifier_more-than': 'more than',
    qualifier_about: 'about',
    'qualifier_up-to': 'up to',
    copyOf: 'The same text was published earlier',
    translations: 'In other languages',
    date: 'Date',
    events: 'Events',
    kind: 'Kind',
    place: 'Place',
    participants: 'Participants',
    sources: 'Sources',
    coverage: 'Coverage',
    mentionedIn: 'Mentioned in',
    mentionedOnly: 'Mentioned in articles, not reported by any',
    otherArticles: 'Other articles',
    kind_summit: 'summit',
    kind_meeting: 'meeting',
    kind_call: 'call',
    kind_talks: 'talks',
    kind_visit: 'visit',
    kind_statement: 'statements',
    kind_sanctions: 'sanctions',
    places: 'Places',
    organisations: 'Organisations',
    outlets: 'Outlets',
    peopleIntro: 'Everyone the articles name, by number of articles.',
    placesIntro: 'Every place the articles name, by number of articles.',
    articlesNaming: 'Articles that name',
    basis: 'basis',
    buildReport: 'Build report',
    builtOn: 'Built on',
    reportIntro: 'What the build did with every input file.',
    rejectedFiles: 'Rejected files',
    warnings: 'Warnings',
    file: 'File',
    line: 'Line',
    reason: 'Reason',
    noneFound: 'None.',
    articlesPublished: 'Articles published',
    siteNavigation: 'Site',
    siteTitle: 'Coalition of the Willing: the Paris talks',
    siteTagline: 'Security guarantees for Ukraine, as reported in Russian, Ukrainian and other languages',
    skipToContent: 'Skip to content',
    home: 'Timeline',
    dates: 'Dates',
    languages: 'Languages',
    allDates: 'All dates',
    dateUnknown: 'Date unknown',
    dateUnknownNote: 'No publication date could be established for these articles.',
    published: 'Published',
    language: 'Language',
    sourceFile: 'Source file',
    source: 'Source',
    originalLink: 'Original',
    people: 'People',
    mentionedDates: 'Dates mentioned',
    inferredFrom: 'inferred',
    basis_header: 'the date line of the file',
    basis_frontMatter: 'the front matter',
    basis_metadata: 'the page’s metadata ({quote})',
    basis_timestamp: 'the timestamp “{quote}”',
    basis_dateline: 'the dateline “{quote}”',
    basis_today: 'the text says “{quote}”',
    yearFromText: 'in the year the text names',
    yearFromEvent: 'in the year of the event it reports',
    yearFromCollection: 'in the year the other articles’ dates point to',
    sameDay: 'Other articles of the same day',
    sameLanguage: 'More in this language',
    noOthers: 'None.',
    event: 'Event',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address. The timeline lists every article.',
    backHome: 'Back to the timeline',
    inLanguage: 'Articles in',
    datesIntro: 'Every day with published articles, newest first.',
    footer: 'Built from the articles in the repository. Texts belong to their publishers.',
  },
  ru: {
    articles: 'Статьи:',
    chartTitleDay: 'Статьи по дням и языкам',
    chartTitleWeek: 'Статьи по неделям и языкам',
    chartTitleMonth: 'Статьи по месяцам и языкам',
    chartEventsMarked: 'периоды с событиями отмечены треугольником:',
    chartMost: 'Самый высокий столбец:',
    chartTable: 'График в виде таблицы',
    period: 'Период',
    eventCount: 'События',
    pagination: 'Страницы',
    pageLabel: 'Страница',
    previousPage: 'Назад',
    nextPage: 'Далее',
    pageOf: 'страница {n} из {count}',
    moreOnDay: 'Все статьи этого дня',
    moreEvents: 'ещё событий',
    showingOf: 'Показано {shown} из {total}.',
    search: 'Поиск',
    searchLabel: 'Искать в статьях',
    searchIntro: 'Поиск по всем статьям на русском, украинском и других языках собрания.',
    searchNoScript: 'Поиск работает в браузере и требует JavaScript. Без него просматривайте статьи по датам, языкам, людям и местам.',
    feeds: 'Ленты',
    feedAll: 'Все статьи',
    feedIn: 'Статьи на языке',
    languageSwitcher: 'Читать на',
    claims: 'Приводимые цифры',
    claim_countries: 'Число стран',
    'claim_troops': 'Военные',
    'claim_sanctions-package': 'Пакет санкций',
    sourcesDisagree: 'источники расходятся',
    figure: 'Цифра',
    statedAs: 'Как сказано',
    qualifier_exactly: '',
    'qualifier_more-than': 'более',
    qualifier_about: 'около',
    'qualifier_up-to': 'до',
    copyOf: 'Тот же текст опубликован ранее',
    translations: 'На других языках',
    date: 'Дата',
    events: 'События',
    kind: 'Тип',
    place: 'Место',
    participants: 'Участники',
    sources: 'Источники',
    coverage: 'Публикации',
    mentionedIn: 'Упоминается в',
    mentionedOnly: 'Упоминается в статьях, но ни одна о нём не сообщает',
    otherArticles: 'Другие статьи',
    kind_summit: 'саммит',
    kind_meeting: 'встреча',
    kind_call: 'разговор',
    kind_talks: 'переговоры',
    kind_visit: 'визит',
    kind_statement: 'заявления',
    kind_sanctions: 'санкции',
    places: 'Места',
    organisations: 'Организации',
    outlets: 'Издания',
    peopleIntro: 'Все, кого называют статьи, по числу статей.',
    placesIntro: 'Все места, которые называют статьи, по числу статей.',
    articlesNaming: 'Статьи, где упоминается',
    basis: 'основание',
    buildReport: 'Отчёт о сборке',
    builtOn: 'Собрано',
    reportIntro: 'Что сборка сделала с каждым входным файлом.',
    rejectedFiles: 'Отклонённые файлы',
    warnings: 'Предупреждения',
    file: 'Файл',
    line: 'Строка',
    reason: 'Причина',
    noneFound: 'Нет.',
    articlesPublished: 'Опубликовано статей',
    siteNavigation: 'Разделы',
    siteTitle: 'Коалиция желающих: переговоры в Париже',
    siteTagline: 'Гарантии безопасности для Украины в публикациях на русском, украинском и других языках',
    skipToContent: 'Перейти к содержанию',
    home: 'Хроника',
    dates: 'Даты',
    languages: 'Языки',
    allDates: 'Все даты',
    dateUnknown: 'Дата неизвестна',
    dateUnknownNote: 'Для этих статей дату публикации установить не удалось.',
    published: 'Опубликовано',
    language: 'Язык',
    sourceFile: 'Исходный файл',
    source: 'Источник',
    originalLink: 'Оригинал',
    people: 'Люди',
    mentionedDates: 'Упомянутые даты',
    inferredFrom: 'выведено',
    basis_header: 'строка даты в файле',
    basis_frontMatter: 'метаданные статьи',
    basis_metadata: 'метаданные страницы ({quote})',
    basis_timestamp: 'отметка времени «{quote}»',
    basis_dateline: 'дата в начале заметки «{quote}»',
    basis_today: 'в тексте: «{quote}»',
    yearFromText: 'год — тот, что назван в тексте',
    yearFromEvent: 'год — по событию, о котором статья',
    yearFromCollection: 'год — по датам остальных статей',
    sameDay: 'Другие статьи этого дня',
    sameLanguage: 'Ещё на этом языке',
    noOthers: 'Нет.',
    event: 'Событие',
    notFoundTitle: 'Страница не найдена',
    notFoundText: 'По этому адресу страницы нет. Все статьи есть в хронике.',
    backHome: 'К хронике',
    inLanguage: 'Статьи на языке',
    datesIntro: 'Все дни с публикациями, начиная с последнего.',
    footer: 'Собрано из статей репозитория. Тексты принадлежат их издателям.',
  },
  uk: {
    articles: 'Статті:',
    chartTitleDay: 'Статті за днями і мовами',
    chartTitleWeek: 'Статті за тижнями і мовами',
    chartTitleMonth: 'Статті за місяцями і мовами',
    chartEventsMarked: 'періоди з подіями позначено трикутником:',
    chartMost: 'Найвищий стовпчик:',
    chartTable: 'Графік у вигляді таблиці',
    period: 'Період',
    eventCount: 'Події',
    pagination: 'Сторінки',
    pageLabel: 'Сторінка',
    previousPage: 'Назад',
    nextPage: 'Далі',
    pageOf: 'сторінка {n} з {count}',
    moreOnDay: 'Усі статті цього дня',
    moreEvents: 'ще подій',
    showingOf: 'Показано {shown} з {total}.',
    search: 'Пошук',
    searchLabel: 'Шукати в статтях',
    searchIntro: 'Пошук у всіх статтях українською, російською та іншими мовами збірки.',
    searchNoScript: 'Пошук працює в браузері й потребує JavaScript. Без нього переглядайте статті за датами, мовами, людьми та місцями.',
    feeds: 'Стрічки',
    feedAll: 'Усі статті',
    feedIn: 'Статті мовою',
    languageSwitcher: 'Читати',
    claims: 'Наведені цифри',
    claim_countries: 'Кількість країн',
    'claim_troops': 'Військові',
    'claim_sanctions-package': 'Пакет санкцій',
    sourcesDisagree: 'джерела розходяться',
    figure: 'Цифра',
    statedAs: 'Як сказано',
    qualifier_exactly: '',
    'qualifier_more-than': 'понад',
    qualifier_about: 'близько',
    'qualifier_up-to': 'до',
    copyOf: 'Той самий текст опубліковано раніше',
    translations: 'Іншими мовами',
    date: 'Дата',
    events: 'Події',
    kind: 'Тип',
    place: 'Місце',
    participants: 'Учасники',
    sources: 'Джерела',
    coverage: 'Публікації',
    mentionedIn: 'Згадується в',
    mentionedOnly: 'Згадується в статтях, але жодна про нього не повідомляє',
    otherArticles: 'Інші статті',
    kind_summit: 'саміт',
    kind_meeting: 'зустріч',
    kind_call: 'розмова',
    kind_talks: 'переговори',
    kind_visit: 'візит',
    kind_statement: 'заяви',
    kind_sanctions: 'санкції',
    places: 'Місця',
    organisations: 'Організації',
    outlets: 'Видання',
    peopleIntro: 'Усі, кого називають статті, за кількістю статей.',
    placesIntro: 'Усі місця, які називають статті, за кількістю статей.',
    articlesNaming: 'Статті, де згадується',
    basis: 'підстава',
    buildReport: 'Звіт про збірку',
    builtOn: 'Зібрано',
    reportIntro: 'Що збірка зробила з кожним вхідним файлом.',
    rejectedFiles: 'Відхилені файли',
    warnings: 'Попередження',
    file: 'Файл',
    line: 'Рядок',
    reason: 'Причина',
    noneFound: 'Немає.',
    articlesPublished: 'Опубліковано статей',
    siteNavigation: 'Розділи',
    siteTitle: 'Коаліція охочих: переговори в Парижі',
    siteTagline: 'Гарантії безпеки для України в публікаціях українською, російською та іншими мовами',
    skipToContent: 'Перейти до змісту',
    home: 'Хроніка',
    dates: 'Дати',
    languages: 'Мови',
    allDates: 'Усі дати',
    dateUnknown: 'Дата невідома',
    dateUnknownNote: 'Для цих статей дату публікації встановити не вдалося.',
    published: 'Опубліковано',
    language: 'Мова',
    sourceFile: 'Вихідний файл',
    source: 'Джерело',
    originalLink: 'Оригінал',
    people: 'Люди',
    mentionedDates: 'Згадані дати',
    inferredFrom: 'виведено',
    basis_header: 'рядок дати у файлі',
    basis_frontMatter: 'метадані статті',
    basis_metadata: 'метадані сторінки ({quote})',
    basis_timestamp: 'позначка часу «{quote}»',
    basis_dateline: 'дата на початку замітки «{quote}»',
    basis_today: 'у тексті: «{quote}»',
    yearFromText: 'рік — той, що названо в тексті',
    yearFromEvent: 'рік — за подією, про яку стаття',
    yearFromCollection: 'рік — за датами інших статей',
    sameDay: 'Інші статті цього дня',
    sameLanguage: 'Ще цією мовою',
    noOthers: 'Немає.',
    event: 'Подія',
    notFoundTitle: 'Сторінку не знайдено',
    notFoundText: 'За цією адресою сторінки немає. Усі статті є в хроніці.',
    backHome: 'До хроніки',
    inLanguage: 'Статті мовою',
    datesIntro: 'Усі дні з публікаціями, починаючи з останнього.',
    footer: 'Зібрано зі статей репозиторію. Тексти належать їхнім видавцям.',
  },
} as const;

export type MessageKey = keyof (typeof STRINGS)['en'];

/** Languages the interface is translated into. */
export const INTERFACE_LANGUAGES = Object.keys(STRINGS) as Array<keyof typeof STRINGS>;

/** The interface language used for pages in `language`. */
export function interfaceLanguage(language: LanguageCode): keyof typeof STRINGS {
  return language in STRINGS ? (language as keyof typeof STRINGS) : 'en';
}

export function translate(key: MessageKey, language: LanguageCode): string {
  return STRINGS[interfaceLanguage(language)][key];
}

/** A message with `{name}` slots filled: "page {n} of {count}". */
export function fillMessage(key: MessageKey, language: LanguageCode, values: Record<string, string | number>): string {
  return translate(key, language).replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

const languageNames = new Map<string, string>();

/** "Русский", "Українська", "English"; other languages by the runtime's own names. Memoised: templates ask thousands of times. */
export function languageName(code: LanguageCode, inLanguage: LanguageCode = code): string {
  const key = `${code}|${inLanguage}`;
  const known = languageNames.get(key);
  if (known !== undefined) return known;
  let name: string;
  if (code === 'und') name = inLanguage === 'ru' ? 'Язык не определён' : inLanguage === 'uk' ? 'Мову не визначено' : 'Undetermined';
  else {
    try {
      const found = new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(code) ?? code;
      name = found.charAt(0).toLocaleUpperCase(inLanguage) + found.slice(1);
    } catch {
      name = code;
    }
  }
  languageNames.set(key, name);
  return name;
}

const ARTICLE_FORMS: Record<string, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: 'article', other: 'articles' },
  ru: { one: 'статья', few: 'статьи', many: 'статей', other: 'статьи' },
  uk: { one: 'стаття', few: 'статті', many: 'статей', other: 'статті' },
};

const pluralRulesByLanguage = new Map<string, Intl.PluralRules>();

/** Memoised: building the rules costs more than using them, and templates count thousands of times. */
function pluralRules(language: string): Intl.PluralRules {
  let rules = pluralRulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRulesByLanguage.set(language, rules);
  }
  return rules;
}

/** "1 article", "3 статьи", "5 статей": the count with the noun in the form the number needs. */
export function countArticles(count: number, language: LanguageCode): string {
  const ui = interfaceLanguage(language);
  const forms = ARTICLE_FORMS[ui] ?? {};
  const rule = pluralRules(ui).select(count);
  return `${count} ${forms[rule] ?? forms.other ?? ''}`;
}

/** Search results show about this many characters of a page title. */
const TITLE_LENGTH = 70;

/** Length as written in HTML, where the template escapes & < > " ' into entities. */
function writtenLength(text: string): number {
  return text.length + [...text.matchAll(/[&<>"']/g)].reduce((sum, [char]) => sum + (char === '&' ? 4 : char === '"' ? 5 : 3), 0);
}

/**
 * The `<title>`: "Page · Site" when that fits in 70 characters, else the page's
 * own title, cut at a word boundary when even that is too long (headlines often are).
 */
export function documentTitle(title: string, language: LanguageCode): string {
  const full = `${title} · ${translate('siteTitle', language)}`;
  if (writtenLength(full) <= TITLE_LENGTH) return full;
  if (writtenLength(title) <= TITLE_LENGTH) return title;
  const words = title.split(/\s+/);
  while (words.length > 1 && writtenLength(`${words.join(' ')}…`) > TITLE_LENGTH) words.pop();
  const cut = words.join(' ').replace(/[\s,;:.–—-]+$/, '');
  if (writtenLength(`${cut}…`) <= TITLE_LENGTH) return `${cut}…`;
  // One word longer than the budget: cut inside it.
  let kept = '';
  for (const char of cut) {
    if (writtenLength(`${kept}${char}…`) > TITLE_LENGTH) break;
    kept += char;
  }
  return `${kept}…`;
}

const BASIS_MESSAGES = {
  header: 'basis_header',
  'front-matter': 'basis_frontMatter',
  metadata: 'basis_metadata',
  timestamp: 'basis_timestamp',
  dateline: 'basis_dateline',
  today: 'basis_today',
} as const satisfies Record<PublishedBasis['rule'], MessageKey>;

/** "дата в начале заметки «ПАРИЖ, 6 января», год — по событию, о котором статья": what a publication day was read from. */
export function describePublishedBasis(basis: PublishedBasis, language: LanguageCode): string {
  const what = fillMessage(BASIS_MESSAGES[basis.rule], language, { quote: basis.quote ?? '' });
  if (basis.yearFrom === null) return what;
  const key = basis.yearFrom === 'text' ? 'yearFromText' : basis.yearFrom === 'event' ? 'yearFromEvent' : 'yearFromCollection';
  return `${what}, ${translate(key, language)}`;
}
