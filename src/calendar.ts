// Calendar days as `YYYY-MM-DD` strings. Arithmetic goes through a Date set to
// local noon and read back in local time, so no time zone (and no daylight
// saving jump, which happens near midnight) can move the day.
// Each function and locale from its own module: the package index would load every one of them.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { isExists } from 'date-fns/isExists';
import type { Locale } from 'date-fns/locale';
import { enGB } from 'date-fns/locale/en-GB';
import { ru } from 'date-fns/locale/ru';
import { uk } from 'date-fns/locale/uk';
import type { IsoDate, LanguageCode } from './model.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** Splits `YYYY-MM-DD`; null when the text is not that shape or not a real day ("2025-02-30"). */
export function parseIsoDate(text: string): DayParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isExists(parts.year, parts.month - 1, parts.day) ? parts : null;
}

/** Builds `YYYY-MM-DD` from parts; null when the day does not exist (never rolled over). */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!isExists(year, month - 1, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toNoon(date: IsoDate): Date {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a calendar day: ${date}`);
  return new Date(parts.year, parts.month - 1, parts.day, 12);
}

function fromLocal(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromLocal(addDays(toNoon(date), days));
}

/** 0 = Sunday … 6 = Saturday, as date-fns counts. */
export function weekdayOf(date: IsoDate): number {
  return getDay(toNoon(date));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toNoon(to).getTime() - toNoon(from).getTime()) / 86_400_000);
}

const LOCALES: Record<string, Locale> = { ru, uk, en: enGB };

/** Suffix that newspapers in these languages write after a year. */
const YEAR_SUFFIX: Record<string, string> = { ru: ' г.', uk: ' р.' };

/** "4 сентября 2025 г.", "4 вересня 2025 р.", "4 September 2025". Other languages get English. */
export function formatLongDate(date: IsoDate, language: LanguageCode): string {
  const key = `${date}|${language}`;
  let text = longDates.get(key);
  if (text === undefined) {
    text = format(toNoon(date), 'd MMMM yyyy', { locale: LOCALES[language] ?? enGB }) + (YEAR_SUFFIX[language] ?? '');
    longDates.set(key, text);
  }
  return text;
}

/** Memoised: a site shows the same few hundred days on thousands of cards. */
const longDates = new Map<string, string>();

/** "4 сентября", without the year, for lists inside one year. */
export function formatDayMonth(date: IsoDate, language: LanguageCode): string {
  return format(toNoon(date), 'd MMMM', { locale: LOCALES[language] ?? enGB });
}

/** Weekday name in the language ("четверг", "четвер", "Thursday"). */
export function formatWeekday(date: IsoDate, language: LanguageCode): string {
  return format(toNoon(date), 'EEEE', { locale: LOCALES[language] ?? enGB });
}

/** Short label for a chart axis: "4 Sep" for days and weeks, "Sep 2025" for months. */
export function formatAxisDate(date: IsoDate, language: LanguageCode, unit: 'day' | 'week' | 'month'): string {
  return format(toNoon(date), unit === 'month' ? 'LLL yyyy' : 'd MMM', { locale: LOCALES[language] ?? enGB });
}
