// Stage 5: people, places, organisations and outlets, each under one canonical
// English name, each mention with its sentence. Gazetteers (src/data/*.json)
// find the story's known actors in every grammatical case; src/names.ts finds
// people who are not listed; attribution phrases find outlets that are not listed.
import { sentenceAt, sentenceSpans } from './clean.ts';
import organisationData from './data/organisations.json' with { type: 'json' };
import outletData from './data/outlets.json' with { type: 'json' };
import peopleData from './data/people.json' with { type: 'json' };
import placeData from './data/places.json' with { type: 'json' };
import { findClaims } from './claims.ts';
import { findDateline } from './dateline.ts';
import { compileGazetteer, findMatches, type Match } from './gazetteer.ts';
import { codePointBefore, isLetterCodePoint } from './letters.ts';
import type { DatedArticle, Entity, EntityArticle, LanguageCode, Mention, Span } from './model.ts';
import { findCreditedPeople, findNamedPeople, isInstitutionWord, type NativeName } from './names.ts';
import { slugify, transliterate } from './slug.ts';
import { extend } from './extend.ts';

const PEOPLE = compileGazetteer(peopleData.entries);
const PLACES = compileGazetteer(placeData.entries);
const ORGANISATIONS = compileGazetteer(organisationData.entries);
const OUTLETS = compileGazetteer(outletData.entries);

/** The listed organisations a text names, such as a headline, which the stage does not search. */
export const findOrganisations = (text: string): readonly Match[] => findMatches(text, ORGANISATIONS);
/** The listed places a text names, such as a headline. */
export const findPlaces = (text: string): readonly Match[] => findMatches(text, PLACES);

export interface Found extends Span {
  id: string;
  name: string;
  text: string;
  native?: NativeName;
}

const fromMatch = (match: Match): Found => ({ id: match.entry.id, name: match.entry.name, text: match.text, start: match.start, end: match.end });

/** Groups mentions by id, in order of first mention; each mention gets its sentence. */
function toEntities(found: readonly Found[], sentences: readonly Span[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const item of [...found].sort((a, b) => a.start - b.start)) {
    const entity = byId.get(item.id) ?? { id: item.id, name: item.name, ...(item.native ? { native: item.native } : {}), mentions: [] };
    const mention: Mention = { text: item.text, start: item.start, end: item.end, sentence: sentenceAt(sentences, item.start) };
    entity.mentions.push(mention);
    byId.set(item.id, entity);
  }
  return [...byId.values()];
}

/** Adds entities named outside the text (headline, byline) without mentions; `credited` ones are marked as credits. */
function addUnmentioned(entities: Entity[], extra: readonly Found[], credited: readonly Found[] = []): Entity[] {
  const add = (item: Found, credit: boolean): void => {
    if (entities.some((entity) => entity.id === item.id)) return;
    entities.push({ id: item.id, name: item.name, ...(item.native ? { native: item.native } : {}), mentions: [], ...(credit ? { credit: true as const } : {}) });
  };
  for (const item of extra) add(item, false);
  for (const item of credited) add(item, true);
  return entities;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** True when `before` ends where `after` begins or one space earlier: "Йонас Гар" + "Стьоре". */
const runsInto = (before: Span, after: Span, text: string): boolean =>
  before.start < after.start && (overlaps(before, after) || (before.end + 1 === after.start && /^[ \u00a0]$/.test(text.charAt(before.end))));

export function findPeople(text: string, language: LanguageCode): Found[] {
  const unlisted = findNamedPeople(text, language);
  // A listed person's mention takes in the first names written before it: "Марк Рютте", "Йонас Гар Стьоре".
  const known = findMatches(text, PEOPLE)
    .map(fromMatch)
    .map((k) => {
      const lead = unlisted.find((n) => n.basis === 'first-name' && runsInto(n, k, text));
      return lead ? extend(k, { start: lead.start, text: text.slice(lead.start, k.end) }) : k;
    });
  const others = [...findMatches(text, PLACES), ...findMatches(text, ORGANISATIONS), ...findMatches(text, OUTLETS)];
  // "Фото: Офіс Президента", "Photo: Associated Press" credit an institution, not a person.
  const credited = findCreditedPeople(text, language).filter((c) => !known.some((k) => overlaps(k, c)) && !others.some((o) => overlaps(o, c)));
  const named = unlisted.filter(
    (n) => !known.some((k) => overlaps(k, n)) && !credited.some((c) => overlaps(c, n)) && !others.some((o) => overlaps(o, n)),
  );
  // A listed person found by first name and surname keeps the gazetteer's identity.
  return [...known, ...credited, ...named.map(reidentify)];
}

/** An unlisted "first name + surname" whose surname is a gazetteer stem is that gazetteer person. */
function reidentify(person: Found): Found {
  const surname = person.text.split(/\s+/).pop() ?? '';
  const [match] = findMatches(surname, PEOPLE);
  if (!match) return person;
  // The gazetteer names a listed person in every language: no name as written is kept.
  const { native: _native, ...found } = person;
  return extend(found, { id: match.entry.id, name: match.entry.name });
}

// "сообщает РБК-Украина", "повідомляє «Главком»", "со ссылкой на Reuters", "Источник: ТАСС".
const QUOTED = '«[^»\\n]{2,40}»|"[^"\\n]{2,40}"|“[^”\\n]{2,40}”';
const CAPITALISED_NAME = '[\\p{Lu}][\\p{L}\\p{N}.-]*(?:[ -][\\p{Lu}][\\p{L}\\p{N}.-]*){0,2}(?:\\s(?:' + QUOTED + '))?';
// The verbs must start a word; attributions() checks that, since a leading lookbehind makes the engine try every position.
const ATTRIBUTION = new RegExp(
  `(?:сообща\\p{L}*|передает|передаёт|передал\\p{L}*|пишет|пишут|информирует|повідомля\\p{L}*|повідоми\\p{L}*|переда[єю]\\p{L}*|пише|пишуть|інформує|со ссылкой на|з посиланням на|ссылаясь на|посилаючись на|по данным|за даними|по информации|за інформацією|reports?|reported|according to|citing|with reference to)[ \\u00a0]+(${QUOTED}|${CAPITALISED_NAME})|(?:Источник|Джерело|Source)\\s*:\\s*(${QUOTED}|${CAPITALISED_NAME})`,
  'gu',
);

const THE_PRESS = new Set(['ЗМІ', 'СМИ', 'ЗМИ', 'МЕДІА', 'МЕДИА', 'MEDIA', 'ПРЕССА', 'ПРЕСА']);

/** ATTRIBUTION's matches, with verbs only where no letter comes before them. */
function* attributions(text: string): Generator<RegExpExecArray> {
  const scanner = new RegExp(ATTRIBUTION);
  for (let match = scanner.exec(text); match; match = scanner.exec(text)) {
    // The two alternatives begin with different letters, so a verb turned down here leaves no "Источник:" at the same place.
    if (match[1] !== undefined && isLetterCodePoint(codePointBefore(text, match.index))) {
      scanner.lastIndex = match.index + 1;
      continue;
    }
    yield match;
  }
}

export function findOutlets(text: string, people: readonly Found[]): Found[] {
  const known = findMatches(text, OUTLETS).map(fromMatch);
  const cited: Found[] = [];
  for (const match of attributions(text)) {
    // "повідомляє Укрінформ.", "повідомляють ЗМІ. Об …": a full stop ends the sentence, not the name; a quoted name keeps it.
    const written = match[1] ?? match[2] ?? '';
    const raw = /^[«"“]/.test(written) ? written : written.replace(/\.(?:\s.*)?$/su, '');
    const start = (match.index ?? 0) + match[0].lastIndexOf(raw);
    // "повідомляють ЗМІ", "сообщают СМИ": the press in general, no outlet.
    if (THE_PRESS.has(raw.toUpperCase())) continue;
    const span = { start, end: start + raw.length };
    if (known.some((k) => overlaps(k, span)) || people.some((p) => overlaps(p, span))) continue;
    // "з посиланням на Офіс президента": an unquoted name that starts a listed organisation or place is not an outlet.
    // A quoted title may contain one ("«Вечірній Київ»").
    const isPartOf = (matches: readonly Match[]): boolean => matches.some((m) => overlaps(m, span));
    if (!/^[«"“]/.test(raw) && (isPartOf(findMatches(text, ORGANISATIONS)) || isPartOf(findMatches(text, PLACES)))) continue;
    // "Источник: Информационное агентство России «ТАСС»": the listed outlet further on is the one meant.
    const lineEnd = text.indexOf('\n', start);
    const reach = Math.min(start + 80, lineEnd === -1 ? text.length : lineEnd);
    if (known.some((k) => k.start >= start && k.start < reach)) continue;
    const name = raw.replace(/^[«"“]|[»"”]$/g, '').trim();
    // A place, an organisation or a person is not an outlet ("сообщает Офис президента"); a quoted title may contain one.
    const isWhole = (matches: readonly Match[]): boolean => matches.some((m) => m.start === 0 && m.end === name.length);
    if (!/^[«"“]/.test(raw) && (findMatches(name, PLACES).length > 0 || findMatches(name, ORGANISATIONS).length > 0 || findMatches(name, PEOPLE).length > 0)) continue;
    if (isWhole(findMatches(name, PLACES)) || isWhole(findMatches(name, ORGANISATIONS)) || isWhole(findMatches(name, PEOPLE))) continue;
    // "повідомило Міністерство збройних сил Франції", "сообщает пресс-служба": an institution, not an outlet.
    if (!/^[«"“]/.test(raw) && isInstitutionWord(name.split(' ')[0] ?? '')) continue;
    // Unquoted, it must look like a name: one to three capitalised words, not a sentence start.
    if (!/^[«"“]/.test(raw) && !/^[\p{Lu}\p{N}][\p{L}\p{N}.-]*( [\p{Lu}][\p{L}\p{N}.-]*){0,2}$/u.test(name)) continue;
    cited.push({ id: slugify(transliterate(name)), name, text: raw, start, end: start + raw.length });
  }
  return [...known, ...cited];
}

const withDatelineAgency = (outlets: Found[], agency: Found | null): Found[] =>
  agency === null || outlets.some((outlet) => overlaps(outlet, agency)) ? outlets : [agency, ...outlets];

/** "ІНТЕРФАКС-УКРАЇНА" → "Інтерфакс-Україна": datelines print agencies in capitals, the list has them as names. */
const asName = (capitals: string): string => capitals.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_whole, before: string, letter: string) => before + letter.toUpperCase());

/** The agency of the dateline that opens the story, as a listed outlet where the list has it. */
export function datelineAgency(text: string): Found | null {
  const dateline = findDateline(text);
  if (!dateline || dateline.agency === null) return null;
  const start = text.indexOf(dateline.agency, dateline.start);
  if (start === -1) return null;
  const span = { start, end: start + dateline.agency.length };
  for (const form of [dateline.agency, asName(dateline.agency)]) {
    const listed = findMatches(form, OUTLETS).find((match) => match.start === 0);
    if (listed) return extend(span, { id: listed.entry.id, name: listed.entry.name, text: dateline.agency });
  }
  return extend(span, { id: slugify(transliterate(dateline.agency)), name: dateline.agency, text: dateline.agency });
}

/**
 * The city of the dateline that opens the story ("ПАРИЖ, 6 января. /ТАСС/.", "PARIS, Jan 6 (Reuters) -"), where the
 * list has it: where the copy was filed. The gazetteer's forms are written as names, datelines in capitals.
 */
export function datelinePlace(text: string): Found | null {
  const dateline = findDateline(text);
  if (!dateline) return null;
  const listed = findMatches(asName(dateline.city), PLACES).find((match) => match.start === 0 && match.end === dateline.city.length);
  if (!listed) return null;
  return { id: listed.entry.id, name: listed.entry.name, text: dateline.city, start: dateline.start, end: dateline.start + dateline.city.length };
}

const PLACES_BY_ID = new Map(placeData.entries.map((entry) => [entry.id, entry]));
// "у Верховній Раді", "в Бундестаге", "in the House of Commons": a preposition of place just before the body's name.
const IN_BEFORE = /(?:^|[^\p{L}])(?:в|во|у|на|in|at)\s+(?:the\s+)?$/iu;

/** The cities where a text places things in a body that sits there ("Выступая в Бундестаге" is in Berlin), one mention each. */
function seatsOf(text: string): Found[] {
  const seats: Found[] = [];
  for (const match of findMatches(text, ORGANISATIONS)) {
    const city = PLACES_BY_ID.get(match.entry.seat ?? '');
    if (city === undefined || !IN_BEFORE.test(text.slice(Math.max(0, match.start - 8), match.start))) continue;
    seats.push({ id: city.id, name: city.name, text: match.text, start: match.start, end: match.end });
  }
  return seats;
}

export function extractEntities(article: DatedArticle): EntityArticle {
  const { text, title, language } = article;
  const sentences = sentenceSpans(text);
  const peopleFound = findPeople(text, language);
  // Bylines, photo credits and an agency's staff credit, removed as site chrome, still name people.
  const creditLines = article.removed.filter((r) => r.rule === 'byline' || r.rule === 'photo-credit' || r.rule === 'wire-credit').map((r) => r.text);
  // A title cut from the first sentence may end inside a name; only a real headline counts.
  const headline = article.titleIsHeadline ? [title] : [];
  const peopleInHeadline = headline.flatMap((line) => findPeople(line, language));
  const peopleInCredits = creditLines.flatMap((line) => findPeople(line, language));
  const outletsOutside = [...headline, ...article.removed.filter((r) => r.rule === 'dateline' || r.rule === 'source-line').map((r) => r.text)].flatMap((line) =>
    findOutlets(line, []),
  );
  const outletsFound = withDatelineAgency(findOutlets(text, peopleFound), datelineAgency(text));
  // "The New York Times", "Washington Post": the city in an outlet's name is no place of the story.
  const filedFrom = datelinePlace(text);
  const placesFound = findMatches(text, PLACES)
    .map(fromMatch)
    .filter((place) => !outletsFound.some((outlet) => overlaps(outlet, place)) && !(filedFrom && overlaps(filedFrom, place)));
  if (filedFrom) placesFound.unshift(filedFrom);
  placesFound.push(...seatsOf(text));
  return extend(article, {
    people: addUnmentioned(toEntities(peopleFound, sentences), peopleInHeadline, peopleInCredits),
    places: addUnmentioned(
      toEntities(placesFound, sentences),
      headline.flatMap((line) => [...findMatches(line, PLACES).map(fromMatch), ...seatsOf(line)]),
    ),
    organisations: addUnmentioned(
      toEntities(findMatches(text, ORGANISATIONS).map(fromMatch), sentences),
      headline.flatMap((line) => findMatches(line, ORGANISATIONS).map(fromMatch)),
    ),
    outlets: addUnmentioned(toEntities(outletsFound, sentences), outletsOutside),
    claims: findClaims(text),
  });
}
