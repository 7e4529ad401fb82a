// Stage 5: the people an article names, under one canonical English name each.
// Names are found from a gazetteer of stems (src/data/people.json), so that every
// grammatical case of a Russian or Ukrainian surname matches: "Зеленск" finds
// Зеленский, Зеленского, Зеленскому.
import gazetteer from './data/people.json' with { type: 'json' };
import type { DatedArticle, EntityArticle, PersonInArticle, PersonMention } from './model.ts';

export interface GazetteerPerson {
  id: string;
  name: string;
  forms: string[];
}

interface CompiledPerson {
  person: GazetteerPerson;
  pattern: RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Case endings of Russian and Ukrainian names are made of these letters (Зеленск-ого,
// Макрон-ом, Мерц-у, Сибіг-и); English adds y/i/e (Zelensk-yy). "Тусклый" is not Туск-.
const ENDING = '[аяуюоеёыиіїйьмхвгєaeiouy]{0,3}';

/** Each word of a form may take a case ending of up to three letters. */
export function compileGazetteer(people: readonly GazetteerPerson[]): CompiledPerson[] {
  return people.map((person) => {
    const forms = [...person.forms].sort((a, b) => b.length - a.length);
    const alternatives = forms.map((form) =>
      form
        .split(/\s+/)
        .map((word) => `${escape(word)}${ENDING}`)
        .join('\\s+'),
    );
    return { person, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') };
  });
}

const DEFAULT_GAZETTEER = compileGazetteer(gazetteer.people);

/** People named in `text`; where two names overlap ("Брижит Макрон" and "Макрон") the longer wins. */
export function findPeople(text: string, compiled: readonly CompiledPerson[] = DEFAULT_GAZETTEER): PersonInArticle[] {
  const candidates: Array<{ person: GazetteerPerson; mention: PersonMention }> = [];
  for (const { person, pattern } of compiled) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      candidates.push({ person, mention: { text: match[0], start, end: start + match[0].length } });
    }
  }
  candidates.sort((a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start) || a.mention.start - b.mention.start);
  const taken: PersonMention[] = [];
  const byId = new Map<string, PersonInArticle>();
  for (const { person, mention } of candidates) {
    if (taken.some((other) => other.start < mention.end && mention.start < other.end)) continue;
    taken.push(mention);
    const entry = byId.get(person.id) ?? { id: person.id, name: person.name, mentions: [] };
    entry.mentions.push(mention);
    byId.set(person.id, entry);
  }
  const people = [...byId.values()];
  for (const person of people) person.mentions.sort((a, b) => a.start - b.start);
  return people.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

export function extractEntities(article: DatedArticle): EntityArticle {
  // Offsets refer to the cleaned text; a person named only in the headline is listed without mentions.
  const people = findPeople(article.text);
  for (const person of findPeople(article.title)) {
    if (!people.some((known) => known.id === person.id)) people.push({ ...person, mentions: [] });
  }
  return { ...article, people };
}
