// The dateline that opens agency copy: where and when it was filed, and by whom.
//   "ПАРИЖ, 6 января. /ТАСС/. Лидеры …"
//   "Київ. 7 січня. ІНТЕРФАКС-УКРАЇНА - Міністр …"
//   "ВАРШАВА, 6 янв - РИА Новости. Премьер …"
//   "PARIS, Jan 6 (Reuters) - European leaders …"
//   "LONDON (AP) — Britain's …"
// The cleaning stage keeps it out of the title and summary, the dates stage
// takes the day it was filed as the publication day, and the entities stage
// the agency as an outlet.
import { MONTH_ALTERNATION, monthIndex } from './calendar-words.ts';
import { extend } from './extend.ts';

export interface Dateline {
  /** The city as written ("ПАРИЖ", "Київ"). */
  city: string;
  /** 1–12 and 1–31, when the dateline gives a day. */
  month: number | null;
  day: number | null;
  year: number | null;
  /** The agency as written, without its brackets or slashes ("ТАСС", "ІНТЕРФАКС-УКРАЇНА"). */
  agency: string | null;
  /** Where the story proper begins. */
  end: number;
}

const CITY = /[\p{Lu}][\p{L}’'-]*(?:[ -][\p{Lu}][\p{L}’'-]*){0,2}/uy;
/** "KYIV, Ukraine (AP)": the country after the city, in datelines without a day. */
const COUNTRY = /,\s+[\p{Lu}][\p{L}]+/uy;
const YEAR = '(?:,?\\s+(\\d{4})(?:\\s*(?:года|г\\.|року|р\\.))?)?';
const DATE = new RegExp(`[,.]?\\s+(?:(\\d{1,2})\\s+(${MONTH_ALTERNATION})|(${MONTH_ALTERNATION})\\s+(\\d{1,2}))(?![\\p{L}\\p{N}])${YEAR}`, 'iuy');
/** "(Reuters)", "/ТАСС/" */
const BRACKETED_AGENCY = /[.,]?\s*(?:\(([^()\n]{2,40})\)|\/([^/\n]{2,40})\/)/uy;
/** "ІНТЕРФАКС-УКРАЇНА", "INTERFAX.RU": capitals only. */
const CAPITALS_AGENCY = /[.,]\s+([\p{Lu}][\p{Lu}\p{N}.’'-]+(?: [\p{Lu}\p{N}][\p{Lu}\p{N}.’'-]*){0,2})(?![\p{L}\p{N}])/uy;
/** "- РИА Новости." after the date. */
const DASHED_AGENCY = /\s+[-–—]\s+([\p{Lu}][^.\n]{1,39})\.\s+/uy;
const DASH = /\s*[.,]?\s*[-–—]\s+/uy;
const FULL_STOP = /\.\s+/uy;
const STORY_START = /["«„“(]?[\p{Lu}\p{N}]/uy;

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

// Capitalised words that open a sentence as its subject: "NATO — the alliance …".
const ACRONYMS = new Set(['NATO', 'OSCE', 'IAEA', 'UNESCO', 'UNICEF', 'OPEC', 'NASA', 'USAID', 'BREAKING', 'UPDATE', 'EXCLUSIVE', 'ANALYSIS', 'OPINION']);

const isAllCapitals = (text: string): boolean => /\p{L}.*\p{L}/u.test(text) && text === text.toUpperCase();

/** The dateline at the start of a paragraph, or null when the paragraph opens otherwise. */
export function readDateline(paragraph: string): Dateline | null {
  // Every dateline has a digit, a bracket, a slash or a dash within its first words.
  if (!/[\d(/–—-]/.test(paragraph.slice(0, 60))) return null;
  const cityMatch = stickyAt(CITY, paragraph, 0);
  if (!cityMatch) return null;
  const city = cityMatch[0];
  if (city.length > 30) return null;
  let position = cityMatch[0].length;

  let month: number | null = null;
  let day: number | null = null;
  let year: number | null = null;
  const date = stickyAt(DATE, paragraph, position);
  if (date) {
    month = monthIndex(date[2] ?? date[3] ?? '') + 1;
    day = Number(date[1] ?? date[4]);
    year = date[5] === undefined ? null : Number(date[5]);
    if (month === 0 || day < 1 || day > 31) return null;
    position += date[0].length;
  } else {
    position += stickyAt(COUNTRY, paragraph, position)?.[0].length ?? 0;
  }

  let agency: string | null = null;
  let separated = false;
  const bracketed = stickyAt(BRACKETED_AGENCY, paragraph, position);
  const capitals = date ? stickyAt(CAPITALS_AGENCY, paragraph, position) : null;
  const dashed = date ? stickyAt(DASHED_AGENCY, paragraph, position) : null;
  if (bracketed) {
    agency = bracketed[1] ?? bracketed[2] ?? null;
    position += bracketed[0].length;
  } else if (capitals && isAllCapitals(capitals[1] ?? '')) {
    agency = capitals[1] ?? null;
    position += capitals[0].length;
  } else if (dashed) {
    agency = dashed[1] ?? null;
    position += dashed[0].length;
    separated = true;
  }
  // Without a day it takes an agency and a city in capitals: "НАТО — …" and "Макрон (Франция) — …" open ordinary sentences.
  // An English paper's "WARSAW — …" has neither: a Latin city in capitals before a long dash will do, when it is no acronym.
  const bareEnglish = !date && agency === null && isAllCapitals(city) && /^[A-Z][A-Z .’'-]{3,}$/.test(city) && !ACRONYMS.has(city) && /^\s*[–—]\s/.test(paragraph.slice(position));
  if (!date && !bareEnglish && !(agency !== null && isAllCapitals(city) && city.replace(/[^\p{L}]/gu, '').length >= 3)) return null;

  if (!separated) {
    const separator = stickyAt(DASH, paragraph, position) ?? (agency !== null ? stickyAt(FULL_STOP, paragraph, position) : null);
    if (!separator) return null;
    position += separator[0].length;
  }
  if (!stickyAt(STORY_START, paragraph, position)) return null;
  return { city, month, day, year, agency: agency?.trim() ?? null, end: position };
}

/** A paragraph without its agency dateline, when one leads it. */
export function withoutDateline(paragraph: string): string {
  const dateline = readDateline(paragraph);
  return dateline ? paragraph.slice(dateline.end) : paragraph;
}

/** The first `count` paragraphs of an article's text, each with its offset: where datelines and opening dates stand. */
export function leadingParagraphs(text: string, count: number): Array<{ start: number; text: string }> {
  const found: Array<{ start: number; text: string }> = [];
  let from = 0;
  while (found.length < count) {
    const next = text.indexOf('\n\n', from);
    found.push({ start: from, text: text.slice(from, next === -1 ? text.length : next) });
    if (next === -1) break;
    from = next + 2;
  }
  return found;
}

/** The dateline opening one of a text's first two paragraphs, with the offset of that paragraph. */
export function findDateline(text: string): (Dateline & { start: number }) | null {
  for (const paragraph of leadingParagraphs(text, 2)) {
    const dateline = readDateline(paragraph.text);
    if (dateline) return extend(dateline, { start: paragraph.start });
  }
  return null;
}
