// People who are not in the gazetteer: a known first name followed by a
// capitalised surname ("Діана Давітян", "Барака Равіда", "Pierre Albouy"), or a
// role word followed by two capitalised words ("спецпосланник Джон Доу").
// The case of the first name tells the case of the surname, which is brought
// back to the nominative and transliterated into English.
import firstNameData from './data/first-names.json' with { type: 'json' };
import { isLetterCodePoint, spansOf, type WordSpan } from './letters.ts';
import type { LanguageCode, Span } from './model.ts';
import { slugify } from './slug.ts';

export type Grammatical = 'nom' | 'gen' | 'dat' | 'ins' | 'loc';

interface FirstName {
  forms: string[];
  en: string;
  /** A form's own English spelling where Russian and Ukrainian romanise apart ("Андрей": "Andrei"). */
  spellings?: Partial<Record<string, string>>;
  gender: string;
}

export interface NameFound extends Span {
  text: string;
  id: string;
  name: string;
  /** Found by a known first name, or only by a role word in front ("министр Великобритании Джон Доу"). */
  basis: 'first-name' | 'role' | 'credit';
  /** The name in the nominative as the text writes it ("Олена Коваль" of "Олени Коваль"), when written in Cyrillic. */
  native?: NativeName;
}

export interface NativeName {
  language: 'ru' | 'uk';
  name: string;
}

// ---- transliteration -------------------------------------------------------

const RUSSIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};
// Ukrainian: the national standard of 2010 (as in passports): є, ї, й, ю, я are
// written ye, yi, y, yu, ya at the start of a word and ie, i, i, iu, ia inside it.
const UKRAINIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ь: '', ю: 'iu', я: 'ia', '’': '', "'": '', ʼ: '',
};
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RUSSIAN_VOWELS = new Set('аеёиоуыэюяьъ');
// Letters only one of the two languages writes.
const UKRAINIAN_ONLY = /[іїєґ]/i;
const RUSSIAN_ONLY = /[ыэёъ]/i;

/** Which table a Cyrillic word takes: its own letters decide, then the text's language. */
export function nameLanguage(word: string, textLanguage: LanguageCode): 'ru' | 'uk' {
  if (UKRAINIAN_ONLY.test(word)) return 'uk';
  if (RUSSIAN_ONLY.test(word)) return 'ru';
  return textLanguage === 'uk' ? 'uk' : 'ru';
}

export function transliterateName(word: string, language: 'ru' | 'uk'): string {
  if (!/\p{Script=Cyrillic}/u.test(word)) return word;
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i] ?? '';
    const previous = lower[i - 1];
    const atStart = i === 0 || previous === '-' || previous === ' ';
    let latin: string;
    if (language === 'uk') {
      latin = (atStart ? UKRAINIAN_INITIAL[char] : undefined) ?? UKRAINIAN[char] ?? char;
      // "зг" is written zgh so that it does not read as "zh".
      if (char === 'г' && previous === 'з') latin = 'gh';
    } else {
      latin = RUSSIAN[char] ?? char;
      // "е" after a vowel or at the start sounds "ye".
      if (char === 'е' && (atStart || (previous !== undefined && RUSSIAN_VOWELS.has(previous)))) latin = 'ye';
    }
    out += latin;
  }
  // Surnames in -ский/-ський/-цкий and -ий/-ый read best as -sky, -tsky, -y in English.
  out = out.replace(/(sk|tsk)(iy|yi|yy)$/, '$1y').replace(/(iy|yy)$/, 'y');
  return out
    .split(/([- ])/)
    .map((part) => (part.length > 0 && part !== '-' && part !== ' ' ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join('');
}

// ---- first names -----------------------------------------------------------

/** The unchanging part of a nominative: without its final vowel, й or ь. */
function stemOf(nominative: string): string {
  return nominative.replace(/(ий|ій|ия|ія|ья|ея|[аяйьео])$/, '');
}

const FIRST_NAMES: FirstName[] = firstNameData.names;
const LATIN_FIRST_NAMES = new Set(firstNameData.latin);

interface FirstNameMatch {
  entry: FirstName;
  nominative: string;
  case: Grammatical;
}

const byStem = new Map<string, Array<{ entry: FirstName; nominative: string }>>();
for (const entry of FIRST_NAMES) {
  for (const nominative of entry.forms) {
    const stem = stemOf(nominative);
    const list = byStem.get(stem) ?? [];
    list.push({ entry, nominative });
    byStem.set(stem, list);
  }
}

function caseOf(nominative: string, surface: string, gender: string): Grammatical | null {
  if (surface === nominative) return 'nom';
  const ending = surface.slice(stemOf(nominative).length);
  const feminine = gender === 'f' || /[ая]$/.test(nominative);
  if (feminine) {
    if (/^(ы|и|ии|ії|ї)$/.test(ending)) return 'gen';
    if (/^(е|і|ии|ії)$/.test(ending)) return 'dat';
    if (/^(у|ю|ию|ію)$/.test(ending)) return 'gen';
    if (/^(ой|ей|ою|ею|єю|ией|ією)$/.test(ending)) return 'ins';
    return null;
  }
  if (/^(а|я|ия|ія)$/.test(ending)) return 'gen';
  if (/^(у|ю|ию|ію|ові|еві|єві)$/.test(ending)) return 'dat';
  if (/^(ом|ем|ём|ием|ієм|єм)$/.test(ending)) return 'ins';
  if (/^(е|і|ии)$/.test(ending)) return 'loc';
  // A nominative that keeps its last letter in the stem ("Марк" → stem "Марк").
  if (ending === '' || /^(й|ь|ий|ій)$/.test(ending)) return 'nom';
  return null;
}

/** The English spelling of the first name as written: "Андрей" is Andrei, "Андрій" Andriy. */
function englishFirstName(match: FirstNameMatch): string {
  return match.entry.spellings?.[match.nominative] ?? match.entry.en;
}

/** True for a first name as a person signs with it: a nominative Cyrillic form ("Алексей") or a Latin one ("Kateryna"). */
export function isSignedFirstName(word: string): boolean {
  return LATIN_FIRST_NAMES.has(word) || matchFirstName(word)?.case === 'nom';
}

/** A word that is a first name in some case, with that case. */
export function matchFirstName(word: string): FirstNameMatch | null {
  for (let cut = word.length; cut >= Math.max(2, word.length - 3); cut--) {
    const candidates = byStem.get(word.slice(0, cut));
    if (!candidates) continue;
    let found: FirstNameMatch | null = null;
    for (const { entry, nominative } of candidates) {
      const grammatical = caseOf(nominative, word, entry.gender);
      if (!grammatical) continue;
      // "Георгій" and "Георгий" share a stem: the word's own letters say which language's form it is.
      if (found === null || (sameLanguageLetters(nominative, word) && !sameLanguageLetters(found.nominative, word))) found = { entry, nominative, case: grammatical };
    }
    if (found) return found;
  }
  return null;
}

/** True when `nominative` has the letters that mark `word` as Ukrainian or as Russian. */
function sameLanguageLetters(nominative: string, word: string): boolean {
  if (UKRAINIAN_ONLY.test(word)) return UKRAINIAN_ONLY.test(nominative);
  if (RUSSIAN_ONLY.test(word)) return RUSSIAN_ONLY.test(nominative);
  return false;
}

// ---- surnames --------------------------------------------------------------

// ADJECTIVAL stands for the nominative ending of a surname declined as an adjective ("Тихого", "Белому", "Чорним"):
// -ий in Ukrainian and after г, к, х, ж, ш, ч, щ in Russian, -ый elsewhere in Russian.
const ADJECTIVAL = '\u0000';
// Ukrainian declines the surnames in -енко and -йко ("Романенка", "Бойкові", "Шевченком"): no nominative ends in -енк or -йк.
const KO = '(ен|єн|й)к';
const MASCULINE_RULES: Record<Exclude<Grammatical, 'nom'>, Array<[RegExp, string]>> = {
  gen: [[new RegExp(`${KO}а$`), '$1ко'], [/(ськ|цьк)ого$/, '$1ий'], [/(ск|цк)ого$/, '$1ий'], [/([^аеёиоуыэюяіїєь])ого$/, `$1${ADJECTIVAL}`], [/([^аеёиоуыэюяіїєь])его$/, '$1ий'], [/(ов|ев|ёв|єв|ин|ын|ів)а$/, '$1'], [/([^аеёиоуыэюяіїє])[аяи]$/, '$1'], [/([^аеёиоуыэюяіїє])і$/, '$1а']],
  dat: [[new RegExp(`${KO}(?:ові|у)$`), '$1ко'], [/(ськ|цьк)ому$/, '$1ий'], [/(ск|цк)ому$/, '$1ий'], [/([^аеёиоуыэюяіїєь])ому$/, `$1${ADJECTIVAL}`], [/([^аеёиоуыэюяіїєь])ему$/, '$1ий'], [/(ов|ев|ёв|єв|ин|ын|ів)у$/, '$1'], [/([^аеёиоуыэюяіїє])ові$/, '$1'], [/([^аеёиоуыэюяіїє])[ую]$/, '$1'], [/([^аеёиоуыэюяіїє])[еі]$/, '$1а']],
  ins: [[new RegExp(`${KO}ом$`), '$1ко'], [/(ськ|цьк)им$/, '$1ий'], [/(ск|цк)им$/, '$1ий'], [/(ов|ев|ёв|єв|ин|ын|ів)(ым|им)$/, '$1'], [/([^аеёиоуыэюяіїєь])(?:ым|им)$/, `$1${ADJECTIVAL}`], [/([^аеёиоуыэюяіїє])(ом|ем|ём)$/, '$1'], [/([^аеёиоуыэюяіїє])(ой|ою|ей|ею)$/, '$1а']],
  loc: [[new RegExp(`${KO}(?:ові|у)$`), '$1ко'], [/(ськ|цьк)ому$/, '$1ий'], [/(ск|цк)ом$/, '$1ий'], [/([^аеёиоуыэюяіїєь])ому$/, `$1${ADJECTIVAL}`], [/(ов|ев|ёв|єв|ин|ын|ів)(е|і)$/, '$1'], [/([^аеёиоуыэюяіїє])[еі]$/, '$1']],
};
const FEMININE_RULES: Record<Exclude<Grammatical, 'nom'>, Array<[RegExp, string]>> = {
  gen: [[/(ськ|цьк)ої$/, '$1а'], [/(ск|цк)ой$/, '$1ая'], [/(ов|ев|ёв|ин|ын)ой$/, '$1а'], [/(ов|ев|ин)ої$/, '$1а'], [/(ов|ев|ёв|ин|ын)у$/, '$1а']],
  dat: [[/(ськ|цьк)ій$/, '$1а'], [/(ск|цк)ой$/, '$1ая'], [/(ов|ев|ёв|ин|ын)ой$/, '$1а'], [/(ов|ев|ин)ій$/, '$1а']],
  ins: [[/(ськ|цьк)ою$/, '$1а'], [/(ск|цк)ой$/, '$1ая'], [/(ов|ев|ёв|ин|ын)ой$/, '$1а'], [/(ов|ев|ин)ою$/, '$1а']],
  loc: [[/(ськ|цьк)ій$/, '$1а'], [/(ск|цк)ой$/, '$1ая'], [/(ов|ев|ёв|ин|ын)ой$/, '$1а'], [/(ов|ев|ин)ій$/, '$1а']],
};

/** A surname brought back to the nominative, given the case and gender its first name shows and the language it is written in. */
export function surnameNominative(surname: string, grammatical: Grammatical, gender: string, language: 'ru' | 'uk' = 'ru'): string {
  if (grammatical === 'nom' || !/\p{Script=Cyrillic}/u.test(surname)) return surname;
  // Surnames in -ко, -о, -их do not decline: no rule below matches them.
  const rules = (gender === 'f' ? FEMININE_RULES : MASCULINE_RULES)[grammatical];
  for (const [pattern, replacement] of rules) {
    if (!pattern.test(surname)) continue;
    const nominative = surname.replace(pattern, replacement);
    if (!nominative.endsWith(ADJECTIVAL)) return nominative;
    const stem = nominative.slice(0, -1);
    return stem + (language === 'uk' || /[гкхжшчщ]$/.test(stem) ? 'ий' : 'ый');
  }
  return surname;
}

// ---- recognition -----------------------------------------------------------

// A hyphen may join capitalised parts too: "Косиняк-Камыш", "Жан-Ноэль". Gaelic and some Romance surnames carry a
// second capital after their prefix: "McFadden", "MacAskill", "O’Brien", "D’Alema", "DeSantis".
const CAPITALISED = /^(?:Ma?c|O['’]|D['’]|De)?\p{Lu}[\p{Ll}’'ʼ-]*\p{Ll}(?:-\p{Lu}[\p{Ll}’'ʼ-]*\p{Ll})*$/u;

/** True when a word's first UTF-16 unit is a lower-case ASCII or Cyrillic letter, as most words' is: no name starts so. */
const startsLowerCase = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x45f);

/** CAPITALISED, with lower-case ASCII and Cyrillic initials (most words) turned down before the pattern runs. */
function isCapitalised(word: string): boolean {
  if (startsLowerCase(word.charCodeAt(0))) return false;
  return CAPITALISED.test(word);
}
// Words of names: letters, apostrophes and hyphens.
const isNameCodePoint = (code: number): boolean => code === 0x2019 || code === 0x27 || code === 0x2bc || code === 0x2d || isLetterCodePoint(code);

/** Words that are capitalised but never a surname after a first name. */
const NOT_SURNAME = new Set(['Президент', 'Президента', 'Премьер', 'Прем’єр', 'Министр', 'Міністр', 'The', 'And', 'Said', 'President']);

// Role words before a name: "министр обороны Великобритании Джон Доу", "речниця РНБО Олена Коваль".
const ROLE = /^(президент|премьер|прем[’'ʼ]єр|канцлер|генсек|секретар|госсекретар|держсекретар|министр|міністр|министерк|міністерк|заместител|заступник|помощник|помічник|вице-|віце-|глав|голов|спецпосланник|спецпосланець|спецпредставител|спецпредставник|посланник|посланець|представител|представник|комиссар|комісар|еврокомиссар|єврокомісар|советник|радник|посол|спикер|речник|речниц|пресс-секретар|прес-секретар|журналист|журналіст|командующ|командувач|генерал|председател|корол|мэр|мер|сенатор|депутат|дипломат|лидер|лідер|экономист|економіст|эксперт|експерт|аналитик|аналітик|politician|president|minister|chancellor|secretary|envoy|spokesperson|spokesman|spokeswoman|adviser|advisor|general|journalist|ambassador|representative|commissioner)/iu;

// "глава", "голова" decline as feminine nouns: their -а is the nominative.
const HEAD_CASES: Readonly<Record<string, Grammatical>> = {
  глава: 'nom', главы: 'gen', главе: 'dat', главой: 'ins', голова: 'nom', голови: 'gen', голові: 'dat', головою: 'ins',
};

function roleCase(word: string): Grammatical {
  const head = HEAD_CASES[word.toLowerCase()];
  if (head) return head;
  // A woman's title is a nominative in -ка or -ця ("міністерка", "речниця"); "посланника", "генсека" are genitives.
  if (/(?:[^иеэ]ка|иц[ая])$/.test(word)) return 'nom';
  if (/(а|я)$/.test(word)) return 'gen';
  if (/(у|ю|ові|еві)$/.test(word)) return 'dat';
  if (/(ом|ем|ём|ею|ою)$/.test(word)) return 'ins';
  if (/(е|і)$/.test(word)) return 'loc';
  return 'nom';
}

/** A first name missing from the lexicon, brought back to the nominative as well as it can be. */
function unknownFirstName(word: string, grammatical: Grammatical, language: LanguageCode): string {
  const nominative = unknownFirstNominative(word, grammatical);
  return transliterateName(nominative, nameLanguage(nominative, language));
}

function unknownFirstNominative(word: string, grammatical: Grammatical): string {
  // "Анны-Марии": each part of a double first name declines.
  if (word.includes('-')) return word.split('-').map((part) => matchFirstName(part)?.nominative ?? unknownFirstNominative(part, grammatical)).join('-');
  const feminine = /(а|я|ой|ою|ей|ею|и|і|у|ю)$/.test(word) && grammatical !== 'nom' ? false : /[ая]$/.test(word);
  return surnameNominative(word, grammatical, feminine ? 'f' : 'm');
}

/** The first name that begins a hyphenated one ("Жан" of "Жан-Ноэля"), in the case of its last part. */
function hyphenatedFirstName(word: string): FirstNameMatch | null {
  const parts = word.split('-');
  const head = parts[0];
  if (parts.length < 2 || head === undefined) return null;
  const match = matchFirstName(head);
  if (!match) return null;
  // "Жан-Ноэля": the ending of the last part tells the case; "Анна-Марии" likewise.
  const last = matchFirstName(parts[parts.length - 1] ?? '');
  return last ? { ...match, case: last.case } : match;
}

/** Each part of a double surname declines by itself: "Косиняка-Камыша" is "Косиняк-Камыш". */
function hyphenatedSurnameNominative(surname: string, grammatical: Grammatical, gender: string, language: 'ru' | 'uk'): string {
  return surname
    .split('-')
    .map((part) => (/^\p{Lu}/u.test(part) ? surnameNominative(part, grammatical, gender, language) : part))
    .join('-');
}

export function findNamedPeople(text: string, language: LanguageCode): NameFound[] {
  const spans = spansOf(text, isNameCodePoint);
  // Words are cut out of the text only once their first letter may begin a name: most do not.
  const wordAt = (index: number): string => {
    const span = spans[index];
    return span ? text.slice(span.start, span.end) : '';
  };
  const found: NameFound[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const firstSpan = spans[i] as WordSpan;
    const secondSpan = spans[i + 1] as WordSpan;
    if (startsLowerCase(text.charCodeAt(secondSpan.start)) || startsLowerCase(text.charCodeAt(firstSpan.start))) continue;
    const first = wordAt(i);
    const second = wordAt(i + 1);
    if (!isCapitalised(first) || !isCapitalised(second)) continue;
    // The two words must stand next to each other, only a space between them.
    if (secondSpan.start - firstSpan.end !== 1 || !/^[ \u00a0]$/.test(text.charAt(firstSpan.end))) continue;
    if (NOT_SURNAME.has(second)) continue;
    let name: string | null = null;
    let native: NativeName | undefined;
    let basis: NameFound['basis'] = 'first-name';
    const role = roleBefore(spans, i, text);
    if (/\p{Script=Latin}/u.test(first)) {
      if (LATIN_FIRST_NAMES.has(first) && /^\p{Script=Latin}+/u.test(second)) name = `${first} ${second}`;
      else if (isEnglishRoleJustBefore(spans, i, text) && !ROLE.test(first) && /^\p{Script=Latin}+$/u.test(second) && !CALENDAR_WORD.test(second) && !INSTITUTION_WORD.test(second) && !isCapitalised(wordAt(i + 2))) {
        // "Vice President Cevdet Yılmaz", "ambassador Gaël Veyssière": a title right before two capitalised words names
        // them, as a Russian or Ukrainian role does; a first name we do not know is no reason to lose the person.
        name = `${first} ${second}`;
        basis = 'role';
      }
    } else {
      const match = matchFirstName(first);
      // A double first name ("Жан-Ноэль") is known by its first part; the whole is transliterated.
      const known = match ?? hyphenatedFirstName(first);
      if (known && /^\p{Script=Cyrillic}/u.test(second)) {
        const written = nameLanguage(second, language);
        const surname = hyphenatedSurnameNominative(second, known.case, known.entry.gender, written);
        const given = match ? englishFirstName(match) : unknownFirstName(first, known.case, language);
        name = `${given} ${transliterateName(surname, written)}`;
        native = { language: written, name: `${match ? match.nominative : unknownFirstNominative(first, known.case)} ${surname}` };
      } else if (role !== null && !first.includes('-') && /^\p{Script=Cyrillic}/u.test(second) && !isCapitalised(wordAt(i + 2))) {
        // A hyphenated first word whose head is no first name is a place or a title ("редактор Нью-Йорк Таймс"), not a person.
        // Only the last capitalised pair after the role: "министр Великобритании Джон Доу" is not "Великобритании Джон".
        const grammatical = roleCase(role);
        const written = nameLanguage(second, language);
        const surname = hyphenatedSurnameNominative(second, grammatical, 'm', written);
        name = `${unknownFirstName(first, grammatical, language)} ${transliterateName(surname, written)}`;
        native = { language: written, name: `${unknownFirstNominative(first, grammatical)} ${surname}` };
        basis = 'role';
      }
    }
    if (name === null) continue;
    found.push({ text: text.slice(firstSpan.start, secondSpan.end), start: firstSpan.start, end: secondSpan.end, id: slugify(name), name, basis, ...(native ? { native } : {}) });
    i++;
  }
  return found;
}

// A weekday or month after a surname is no second name: "said President Macron Tuesday"; nor is a body's word ("Foreign Office").
const INSTITUTION_WORD = /^(?:Office|Ministry|Council|Commission|Committee|Cabinet|Department|House|Palace|Parliament|Government|Administration|Staff|Forces?|Army|Navy|Group|Union|Coalition|Summit|Agency|Service|Embassy|Secretariat)$/u;
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** True when the word right before position `index`, one space away, is an English title: "President", "ambassador". */
function isEnglishRoleJustBefore(spans: readonly WordSpan[], index: number, text: string): boolean {
  const word = spans[index - 1];
  const next = spans[index];
  if (!word || !next || next.start - word.end !== 1) return false;
  const wordText = text.slice(word.start, word.end);
  return /^\p{Script=Latin}+$/u.test(wordText) && ROLE.test(wordText);
}

/**
 * The role word within four words before position `index`, if the words between
 * are lower-case complements, abbreviations or capitalised place names
 * ("министр иностранных дел Франции"). A role in the genitive after another is
 * that one's complement: the name stands in the case of the first ("радником
 * президента Франції Еманюелем Бонном").
 */
function roleBefore(spans: readonly WordSpan[], index: number, text: string): string | null {
  let found: string | null = null;
  for (let back = 1; back <= 4 && index - back >= 0; back++) {
    const word = spans[index - back];
    const after = spans[index - back + 1];
    if (!word || !after) break;
    // A sentence or clause boundary between them ends the search.
    if (/[.!?;:()«»"—–]/.test(text.slice(word.end, after.start))) break;
    const wordText = text.slice(word.start, word.end);
    if (!ROLE.test(wordText)) continue;
    if (found !== null && roleCase(found) !== 'gen') break;
    found = wordText;
  }
  return found;
}

// "Фото: Pierre Albouy / Reuters", "Текст: Алексей Дегтярев", "Автор: …".
// One name of two or three capitalised words; a credit may list several ("Reporting by A B and C D; Editing by E F").
const CREDITED_NAME = "[\\p{Lu}][\\p{L}’'-]+(?:[ \\u00a0][\\p{Lu}][\\p{L}’'-]+){0,2}";
const CREDIT = new RegExp(`(?:фото|photo|текст|автор|author|by)\\s*:?\\s*(${CREDITED_NAME}(?:(?:\\s*,\\s*|\\s+(?:and|и|і|та|&)\\s+)${CREDITED_NAME})*)\\s*(?=\\/|$|\\)|,|;|\\n)`, 'giu');
const CREDIT_LIST_SEPARATOR = /\s*,\s*|\s+(?:and|и|і|та|&)\s+/u;

// Words of institutions, sources and picture libraries: "Фото: Пресс-служба Президента", "Фото: Getty Images",
// "Фото: Скриншот Видео" credit no person. Matched at the start of a word, in any case.
const NOT_A_PERSON =
  /^(?:пресс|прес|служб|министерств|міністерств|правительств|уряд|кабмин|кабмін|администрац|адміністрац|департамент|управлен|управлін|посольств|генштаб|штаб|офис|офіс|канцеляри|архив|архів|скриншот|скріншот|видео|відео|соцсет|соцмереж|(?:рада|ради|совет|кадр|канал|сайт)$|коллаж|колаж|иллюстрац|ілюстрац|images?$|press|photos?$|news|service|agency|pool|archive|screenshot|video|getty|shutterstock|depositphotos|unsplash|wikimedia|facebook|telegram|twitter|instagram|youtube)/u;

/** True when `word` names an institution, a source or a picture library ("Міністерство", "Пресс-служба", "Getty"), not a person or an outlet. */
export function isInstitutionWord(word: string): boolean {
  return NOT_A_PERSON.test(word.toLowerCase());
}

/** One credited name ("Олег Петренко", "Jean Martin") in English, or null for an institution or a single word. */
function creditedPerson(raw: string, start: number, language: LanguageCode): NameFound | null {
  const parts = raw.split(/[ \u00a0]+/);
  if (parts.length < 2 || parts.some((part) => NOT_A_PERSON.test(part.toLowerCase()))) return null;
  const english = parts.map((part) => {
    const first = matchFirstName(part);
    return first && part === parts[0] ? englishFirstName(first) : transliterateName(part, nameLanguage(part, language));
  });
  const name = english.join(' ');
  return { text: raw, start, end: start + raw.length, id: slugify(name), name, basis: 'credit' };
}

// "Розмову вела Оксана Коваленко", "Беседовал Иван Петров", "Interview by Jane Doe": a line that credits an interview or
// its write-up, under the story. Only as a whole line: «Встречу подготовил Рустем Умеров, секретарь СНБО» is story.
const INTERVIEWER_LABELS = [
  'розмову вела', 'розмову вів', 'розмову вели', 'розмовляла', 'розмовляв', 'розмовляли', 'спілкувалася', 'спілкувався',
  'беседовала', 'беседовал', 'беседовали', 'беседу вела', 'беседу вел', 'интервью взяла', 'интервью взял',
  "інтерв['’ʼ]ю взяла", "інтерв['’ʼ]ю взяв", 'записала', 'записал', 'записав', 'подготовила', 'подготовил', 'підготувала', 'підготував',
  'interview by', 'interviewed by',
];
// Case is spelt out for the first letter only: with the "i" flag, \p{Lu} would take lower-case letters too.
const INTERVIEWER_LABEL = INTERVIEWER_LABELS.map((label) => `[${label[0]?.toUpperCase()}${label[0]}]${label.slice(1)}`).join('|');
// A part of each label, for a cheap look at the whole text before its lines are read.
const INTERVIEWER_HINT = /озмов|пілкува|еседов|еседу|нтерв|аписа|одготов|ідготува|nterview/;
export const INTERVIEWER_LINE = new RegExp(`^(?:${INTERVIEWER_LABEL})\\s+(${CREDITED_NAME})\\s*\\.?$`, 'u');

/** People named in a byline or photo credit: whole names, even when no first name is known. */
export function findCreditedPeople(text: string, language: LanguageCode): NameFound[] {
  const found: NameFound[] = [];
  let lineStart = 0;
  for (const line of INTERVIEWER_HINT.test(text) ? text.split('\n') : []) {
    const match = INTERVIEWER_LINE.exec(line.trim());
    const raw = match?.[1];
    const person = raw === undefined ? null : creditedPerson(raw, lineStart + line.indexOf(raw), language);
    if (person) found.push(person);
    lineStart += line.length + 1;
  }
  for (const match of text.matchAll(CREDIT)) {
    const list = match[1] ?? '';
    let start = (match.index ?? 0) + match[0].indexOf(list);
    for (const raw of list.split(CREDIT_LIST_SEPARATOR)) {
      start = text.indexOf(raw, start);
      const person = creditedPerson(raw, start, language);
      if (person) found.push(person);
      start += raw.length;
    }
  }
  return found;
}
