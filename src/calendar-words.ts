// Month and weekday names of Russian, Ukrainian and English in every case the
// news uses them, shared by the dates stage and the reading of timestamp lines.

/** Month patterns by month index (0 = January): every case form and the usual abbreviations. */
export const MONTHS: readonly string[] = [
  'январ[ьяею]|янв\\.?|січ(?:ень|ня|ні|\\.)|january|jan\\.?',
  'феврал[ьяею]|фев\\.?|февр\\.?|лют(?:ий|ого|ому|\\.)|february|feb\\.?',
  'март[аеу]?|мар\\.|берез(?:ень|ня|ні)|бер\\.|march|mar\\.?',
  'апрел[ьяею]|апр\\.?|квіт(?:ень|ня|ні|\\.)|april|apr\\.?',
  'ма[йяею]|трав(?:ень|ня|ні|\\.)|may',
  'июн[ьяею]|июн\\.|черв(?:ень|ня|ні|\\.)|june|jun\\.?',
  'июл[ьяею]|июл\\.|лип(?:ень|ня|ні|\\.)|july|jul\\.?',
  'август[аеу]?|авг\\.?|серп(?:ень|ня|ні|\\.)|august|aug\\.?',
  'сентябр[ьяею]|сент?\\.?|верес(?:ень|ня|ні)|вер\\.|september|sept?\\.?',
  'октябр[ьяею]|окт\\.?|жовт(?:ень|ня|ні|\\.)|october|oct\\.?',
  'ноябр[ьяею]|нояб?\\.?|листопад[аіу]?|лист\\.|november|nov\\.?',
  'декабр[ьяею]|дек\\.?|груд(?:ень|ня|ні|\\.)|december|dec\\.?',
];

export const MONTH_ALTERNATION = MONTHS.map((pattern) => `(?:${pattern})`).join('|');
const monthRegexes = MONTHS.map((pattern) => new RegExp(`^(?:${pattern})$`, 'iu'));

/** 0 for January … 11 for December; -1 for a word that names no month. */
export function monthIndex(word: string): number {
  return monthRegexes.findIndex((regex) => regex.test(word));
}

/** Weekday words in every case they take after a preposition, indexed 0 = Sunday as date-fns counts. */
export const WEEKDAYS: readonly string[] = [
  'воскресенье|воскресенья|неділю|неділя|неділі|sunday',
  'понедельник|понедельника|понеділок|понеділка|monday',
  'вторник|вторника|вівторок|вівторка|tuesday',
  'среду|среда|среды|середу|середа|середи|wednesday',
  'четверг|четверга|четвер|четверга|thursday',
  "пятницу|пятница|пятницы|п['’ʼ`]ятниц[юяі]|friday",
  'субботу|суббота|субботы|суботу|субота|суботи|saturday',
];

export const WEEKDAY_ALTERNATION = WEEKDAYS.join('|');
const weekdayRegexes = WEEKDAYS.map((pattern) => new RegExp(`^(?:${pattern})$`, 'iu'));

/** 0 for Sunday … 6 for Saturday; -1 for a word that names no weekday. */
export function weekdayIndex(word: string): number {
  return weekdayRegexes.findIndex((regex) => regex.test(word));
}
