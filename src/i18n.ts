// Interface text of the site in English, Russian and Ukrainian. Pages in any
// other language use English chrome.
import type { LanguageCode } from './model.ts';

const STRINGS = {
  en: {
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

/** "Русский", "Українська", "English"; other languages by the runtime's own names. */
export function languageName(code: LanguageCode, inLanguage: LanguageCode = code): string {
  if (code === 'und') return inLanguage === 'ru' ? 'Язык не определён' : inLanguage === 'uk' ? 'Мову не визначено' : 'Undetermined';
  try {
    const name = new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
  } catch {
    return code;
  }
}

const ARTICLE_FORMS: Record<string, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: 'article', other: 'articles' },
  ru: { one: 'статья', few: 'статьи', many: 'статей', other: 'статьи' },
  uk: { one: 'стаття', few: 'статті', many: 'статей', other: 'статті' },
};

/** "1 article", "3 статьи", "5 статей": the count with the noun in the form the number needs. */
export function countArticles(count: number, language: LanguageCode): string {
  const ui = interfaceLanguage(language);
  const forms = ARTICLE_FORMS[ui] ?? {};
  const rule = new Intl.PluralRules(ui).select(count);
  return `${count} ${forms[rule] ?? forms.other ?? ''}`;
}
