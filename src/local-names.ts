// Names in the languages of the site's pages. The gazetteers give each listed
// person, place and organisation its Russian and Ukrainian name, and each city
// and venue the phrases "in …" and "to …" in both: event titles are made from
// them, and a Russian or Ukrainian page names what it lists in its own language.
import { formatLongDateSpan } from './calendar.ts';
import organisationData from './data/organisations.json' with { type: 'json' };
import peopleData from './data/people.json' with { type: 'json' };
import placeData from './data/places.json' with { type: 'json' };
import type { Entity, EventKind, IsoDate, LanguageCode } from './model.ts';

/** The languages the gazetteers name things in besides English. */
export type LocalLanguage = 'ru' | 'uk';
export type TitleLanguage = 'en' | LocalLanguage;

interface LocalForms {
  ru: string;
  uk: string;
  in?: Record<LocalLanguage, string>;
  to?: Record<LocalLanguage, string>;
}

const LOCAL = new Map<string, LocalForms>([...peopleData.entries, ...organisationData.entries, ...placeData.entries].map((entry): [string, LocalForms] => [entry.id, entry]));

const isLocal = (language: LanguageCode): language is LocalLanguage => language === 'ru' || language === 'uk';

/**
 * A name as a page in `language` shows it, with the language it is written in (for the `lang` attribute):
 * a listed one from the gazetteer, an unlisted person as the article wrote the name when it is in that language.
 */
export function localName(entity: Pick<Entity, 'id' | 'name' | 'native'>, language: LanguageCode): { text: string; lang: LanguageCode } {
  const forms = isLocal(language) ? LOCAL.get(entity.id) : undefined;
  if (forms && isLocal(language)) return { text: forms[language], lang: language };
  if (entity.native?.language === language) return { text: entity.native.name, lang: language };
  return { text: entity.name, lang: 'en' };
}

const KINDS: Record<TitleLanguage, Record<EventKind, string>> = {
  en: { summit: 'Summit', meeting: 'Meeting', call: 'Call', talks: 'Talks', visit: 'Visit', statement: 'Statements', sanctions: 'Sanctions' },
  ru: { summit: 'Саммит', meeting: 'Встреча', call: 'Телефонный разговор', talks: 'Переговоры', visit: 'Визит', statement: 'Заявления', sanctions: 'Санкции' },
  uk: { summit: 'Саміт', meeting: 'Зустріч', call: 'Телефонна розмова', talks: 'Переговори', visit: 'Візит', statement: 'Заяви', sanctions: 'Санкції' },
};
// The coalition meets by video, not by telephone.
const COALITION_CALL: Record<TitleLanguage, string> = { en: 'Coalition of the Willing call', ru: 'Видеоконференция «коалиции желающих»', uk: 'Відеоконференція «коаліції охочих»' };
const OF_COALITION: Record<TitleLanguage, string> = { en: 'Coalition of the Willing', ru: '«коалиции желающих»', uk: '«коаліції охочих»' };
// Statements naming the coalition are mostly about it, often from its opponents: not the coalition's own.
const ON_COALITION: Record<TitleLanguage, string> = { en: 'Statements on the Coalition of the Willing', ru: 'Заявления о «коалиции желающих»', uk: 'Заяви щодо «коаліції охочих»' };

const UKRAINIAN_VOWEL = /[аеєиіїоуюя]/iu;

/**
 * Ukrainian writes "у" or "в" by the sounds around it (the orthography's
 * euphony rule): "в" after a vowel or before one, "у" between consonants and
 * always before в, ф and clusters such as льв, св, тв, хв.
 */
export function ukrainianIn(previousWord: string, phrase: string): string {
  const match = /^[ув] (.+)$/u.exec(phrase);
  if (!match?.[1]) return phrase;
  const rest = match[1];
  const before = previousWord.replace(/[^\p{L}]+$/u, '').slice(-1);
  if (/^(?:[вфВФ]|[Лл]ьв|[СсТтХх]в)/u.test(rest)) return `у ${rest}`;
  return UKRAINIAN_VOWEL.test(before) || UKRAINIAN_VOWEL.test(rest.charAt(0)) ? `в ${rest}` : `у ${rest}`;
}

export interface EventTitleParts {
  kind: EventKind;
  place: { id: string; name: string } | null;
  /** Whether the coalition of the willing held or was named in it. */
  coalition: boolean;
  date: IsoDate;
  endDate: IsoDate | null;
}

/** "Coalition of the Willing meeting in Paris, 4 September 2025"; «Встреча «коалиции желающих» в Париже, 4 сентября 2025 г.». */
export function eventTitle({ kind, place, coalition, date, endDate }: EventTitleParts, language: TitleLanguage): string {
  const what =
    coalition && kind === 'call'
      ? COALITION_CALL[language]
      : coalition && kind === 'statement'
        ? ON_COALITION[language]
        : coalition
        ? language === 'en'
          ? `${OF_COALITION.en} ${KINDS.en[kind].toLowerCase()}`
          : `${KINDS[language][kind]} ${OF_COALITION[language]}`
        : KINDS[language][kind];
  return `${place ? `${what} ${placePhrase(what, place, kind, language)}` : what}, ${formatLongDateSpan(date, endDate, language)}`;
}

function placePhrase(before: string, place: { id: string; name: string }, kind: EventKind, language: TitleLanguage): string {
  const forms = LOCAL.get(place.id);
  if (language === 'en') return `${kind === 'visit' ? 'to' : 'in'} ${place.name}`;
  const phrase = (kind === 'visit' ? forms?.to : forms?.in)?.[language];
  // A place the gazetteers give no phrase for: its English name after the preposition.
  const found = phrase ?? `${language === 'ru' ? 'в' : 'у'} ${place.name}`;
  return language === 'uk' ? ukrainianIn(before.split(' ').at(-1) ?? '', found) : found;
}
