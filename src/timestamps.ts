// A page's own timestamp line: nothing but dates and times, each perhaps with
// a label ("Опубликовано: 05.01.2026, 09:12 | Обновлено: 05.01.2026, 11:40",
// "17:51 18.08.2025", "6 января 2026 г., 21:15", "Published 2026-01-06T21:15:00+02:00").
// The cleaning stage shows such a line as a dateline and keeps it out of the
// summary; the dates stage takes the publication day from it.
import { isoDate, numericDate } from './calendar.ts';
import { MONTH_ALTERNATION, monthIndex, WEEKDAY_ALTERNATION } from './calendar-words.ts';
import type { IsoDate, Span } from './model.ts';

type Label = 'published' | 'updated';

const PUBLISHED_LABEL = 'опубликовано|опубліковано|дата публикации|дата публікації|публикация|публікація|размещено|розміщено|добавлено|додано|first published|published|posted|дата|date';
const UPDATED_LABEL = 'обновлено|оновлено|изменено|змінено|последнее обновление|останнє оновлення|last updated|updated|modified';
const LABEL = new RegExp(`(?:(${UPDATED_LABEL})|(${PUBLISHED_LABEL}))(?:\\s+(?:в|о|on|at))?\\s*:?\\s*`, 'iuy');

/** A clock time, "9:30", "21:15:04": a pattern source for the patterns here and a live blog's entries. */
export const TIME = '(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?';
const TIME_FIRST = new RegExp(`${TIME}[,\\s]+`, 'uy');
// Pages abbreviate the weekday before a date ("Tue 6 Jan 2026", "Вт, 06.01.2026").
const WEEKDAY_SHORT = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|пн|вт|ср|чт|пт|сб|вс|нд';
const WEEKDAY_FIRST = new RegExp(`(?:${WEEKDAY_ALTERNATION}|${WEEKDAY_SHORT}),?\\s+`, 'iuy');
// After a date, a clock time may take a dot, a 12-hour suffix and a zone:
// "05.01.2026, 09:12", "05.01.2026 в 09:12", "08.01.2026 | 09:30", "6 Jan 2026 18.02 GMT", "January 6, 2026 at 6:02 p.m. EST".
const ZONE = '(?:gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|pst|pdt|cst|cdt|mst|mdt|et|pt|ct)(?:[+-]\\d{1,2}(?::?\\d{2})?)?';
const TIME_AFTER = new RegExp(`(?:\\s*[|•·,]\\s*|\\s+)(?:(?:в|о|at)\\s*)?(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?::[0-5]\\d)?(?:\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}]))?(?:\\s+${ZONE}(?![\\p{L}]))?`, 'iuy');
/** The calendar day as written: an offset after an ISO time says where, not which day. */
const ISO_DATE = new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]${TIME}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`, 'uy');
const NUMERIC_DATE = /(\d{1,2})([./])(\d{1,2})\2(\d{4})/uy;
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})\\s+(${MONTH_ALTERNATION})\\s*,?\\s*(\\d{4})(?:\\s*(?:года|г\\.|року|р\\.))?`, 'iuy');
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_ALTERNATION})\\s+(\\d{1,2}),?\\s*(\\d{4})`, 'iuy');
const LABELLED_TIME_ONLY = new RegExp(`^(?:(?:в|о|at)\\s*)?${TIME}(?:\\s+${ZONE})?\\s*$`, 'iu');
const SEPARATORS = /[\s|•·/;,—–-]*/uy;
// A rubric may stand before the time: "Политика / 07.01.2026, 00:12", "Світ | 6 січня 2026, 21:05".
const RUBRIC_FIRST = /\p{L}[\p{L} -]{0,30}?\s*[/|•·]\s*/uy;
// And after it, once the separators are passed, as may a count of views or comments, with a word or a pictograph:
// "6 января 2026, 18:45 • Политика", "06.01.2026 | 18:45 | 1 234 просмотра", "| 👁 1 204", "• 💬 12".
const LAST_ITEM =
  /(?:\p{L}[\p{L} -]{0,30}|(?:\p{Extended_Pictographic}\uFE0F?\s*)?\d[\d\s.,]*[kк]?(?:\s*(?:просмотр\p{L}*|перегляд\p{L}*|views?|коммент\p{L}*|комент\p{L}*|comments?))?)$/uy;

/** Runs a sticky pattern at `at`; the match or null. */
function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function dateAt(line: string, at: number): { date: IsoDate | null; end: number } | null {
  let match = stickyAt(ISO_DATE, line, at);
  if (match) return { date: isoDate(Number(match[1]), Number(match[2]), Number(match[3])), end: at + match[0].length };
  match = stickyAt(NUMERIC_DATE, line, at);
  if (match) return { date: numericDate(Number(match[1]), Number(match[3]), Number(match[4]), match[2] === '/'), end: at + match[0].length };
  match = stickyAt(DAY_MONTH_YEAR, line, at);
  if (match) return { date: isoDate(Number(match[3]), monthIndex(match[2] ?? '') + 1, Number(match[1])), end: at + match[0].length };
  match = stickyAt(MONTH_DAY_YEAR, line, at);
  if (match) return { date: isoDate(Number(match[3]), monthIndex(match[1] ?? '') + 1, Number(match[2])), end: at + match[0].length };
  return null;
}

/** One "[label] [time] [weekday] date [time]" at `at`, or null. */
function segmentAt(line: string, at: number): { label: Label | null; date: IsoDate | null; end: number } | null {
  let position = at;
  let label: Label | null = null;
  const labelled = stickyAt(LABEL, line, position);
  if (labelled) {
    label = labelled[1] !== undefined ? 'updated' : 'published';
    position += labelled[0].length;
  }
  const afterLabel = position;
  position += stickyAt(TIME_FIRST, line, position)?.[0].length ?? 0;
  position += stickyAt(WEEKDAY_FIRST, line, position)?.[0].length ?? 0;
  const found = dateAt(line, position);
  if (!found) {
    // "Оновлено о 19:40", "Updated 21:05": a labelled time alone states no day but is a timestamp all the same.
    return label !== null && LABELLED_TIME_ONLY.test(line.slice(afterLabel)) ? { label, date: null, end: line.length } : null;
  }
  position = found.end;
  position += stickyAt(TIME_AFTER, line, position)?.[0].length ?? 0;
  // A letter or digit right after the date means it was only the start of something longer.
  if (position < line.length && /[\p{L}\p{N}]/u.test(line[position] ?? '')) return null;
  return { label, date: found.date, end: position };
}

export interface TimestampLine {
  /** The publication day it states: the first day not labelled as an update; null when it gives only updates. */
  published: IsoDate | null;
}

/** The line read as a timestamp line, or null when it is anything else. */
export function readTimestampLine(text: string): TimestampLine | null {
  const line = text.trim();
  if (line.length === 0 || line.length > 120) return null;
  // Every timestamp holds a digit within its first few words; most lines are turned down here.
  if (!/\d/.test(line.slice(0, 40))) return null;
  let position = segmentAt(line, 0) ? 0 : (stickyAt(RUBRIC_FIRST, line, 0)?.[0].length ?? 0);
  let published: IsoDate | null = null;
  let segments = 0;
  while (position < line.length) {
    const segment = segmentAt(line, position);
    if (!segment) {
      // Only after a separator: "6 января 2026 Политика" runs a date into other words.
      const separated = segments > 0 && /[|•·/]\s*$/u.test(line.slice(0, position));
      if (separated && stickyAt(LAST_ITEM, line, position)) break;
      return null;
    }
    segments++;
    if (published === null && segment.label !== 'updated') published = segment.date;
    position = segment.end + (stickyAt(SEPARATORS, line, segment.end)?.[0].length ?? 0);
  }
  return segments > 0 ? { published } : null;
}

export function isTimestampLine(text: string): boolean {
  return readTimestampLine(text) !== null;
}

// A saved page states its publication time in its metadata: Open Graph's
// article:published_time, schema.org's datePublished (as an attribute or in JSON-LD).
const META_NAME = '(?:article:published_time|datePublished|pubdate|publish[_-]date|dc\\.date\\.issued)';
const META_TAG = new RegExp(`<meta\\b[^>]*?(?:(?:property|name|itemprop)\\s*=\\s*["']${META_NAME}["'][^>]*?content\\s*=\\s*["']([^"']+)["']|content\\s*=\\s*["']([^"']+)["'][^>]*?(?:property|name|itemprop)\\s*=\\s*["']${META_NAME}["'])`, 'i');
const META_NAME_OF = new RegExp(`["'](${META_NAME})["']`, 'i');
const JSON_LD_DATE = /"datePublished"\s*:\s*"([^"]+)"/;

/** The publication day a saved web page's metadata states, as written in its own time zone, and the name it is stated under. */
export function readPageMetadataDate(body: string): { date: IsoDate; name: string } | null {
  if (!body.includes('<')) return null;
  const meta = META_TAG.exec(body);
  const jsonLd = meta ? null : JSON_LD_DATE.exec(body);
  const value = meta?.[1] ?? meta?.[2] ?? jsonLd?.[1];
  if (value === undefined) return null;
  const found = dateAt(value.trim(), 0);
  return found?.date ? { date: found.date, name: meta ? (META_NAME_OF.exec(meta[0])?.[1] ?? 'meta') : 'datePublished' } : null;
}

/** The first paragraph after the page's timestamp lines ("Середа, 07 січня 2026 10:15", "Оновлено о 10:40"), if the text opens with any. */
export function leadSpan(text: string): Span {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n\n', start);
    if (end === -1) return { start, end: text.length };
    if (!isTimestampLine(text.slice(start, end))) return { start, end };
    start = end + 2;
  }
}
