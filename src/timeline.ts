// Stage 7: the published timeline. Gives every article its id and page URL,
// renders its body, attaches its event, and orders everything deterministically.
import { findRelations } from './copies.ts';
import { datelineDay, describeBasis, findMentionedDates } from './dates.ts';
import { eventClues, groupEvents } from './events.ts';
import { renderBody } from './html.ts';
import type { Article, CluedArticle, IsoDate, Rejection, Timeline, Warning } from './model.ts';
import { slugify, uniqueId } from './slug.ts';
import { extend } from './extend.ts';

/** Newest first; undated last; then by file, so the order never depends on the file system. */
export function compareArticles(a: { published: string | null; file: string }, b: { published: string | null; file: string }): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Ids from front matter or file name, made unique with a numeric suffix in file order. */
function assignIds(articles: readonly CluedArticle[]): Map<string, string> {
  const used = new Set<string>();
  const byFile = [...articles].sort((a, b) => (a.file < b.file ? -1 : 1));
  return new Map(byFile.map((article) => [article.file, uniqueId(slugify(article.meta.slug ?? article.file.replace(/\.[^./]+$/, ''), 'article'), used)]));
}

/** An undated article's year-less dates ("6 січня") and the day of its dateline take the year of the event it reports. */
function datedByEvent(article: CluedArticle, eventDay: IsoDate): CluedArticle {
  const filed = datelineDay(article.text, eventDay);
  const mentionedDates = findMentionedDates(article.text, filed?.date ?? null, eventDay);
  if (!filed) return extend(article, { mentionedDates });
  return extend(article, { mentionedDates, published: filed.date, publishedSource: 'inferred' as const, publishedBasis: filed.basis, publishedReason: describeBasis(filed.basis) });
}

/**
 * An undated article whose dateline gives a day without a year ("Київ. 7 січня. ІНТЕРФАКС-УКРАЇНА") and that no event
 * took by that day: the year that puts the day nearest the middle of the collection's dates, since agencies leave out
 * the year they file in. Its dates and event clues are read again from that day. Null without such a dateline.
 */
function datedByCollection(article: CluedArticle, middle: IsoDate): CluedArticle | null {
  const filed = datelineDay(article.text, middle, 'collection');
  if (!filed) return null;
  const redated = extend(article, {
    mentionedDates: findMentionedDates(article.text, filed.date),
    published: filed.date,
    publishedSource: 'inferred' as const,
    publishedBasis: filed.basis,
    publishedReason: describeBasis(filed.basis),
  });
  return extend(redated, { eventClues: eventClues(redated) });
}

/** The median publication day of the dated articles (the earlier of the two middle ones), or null when none is dated. */
function middleDate(articles: readonly CluedArticle[]): IsoDate | null {
  const days = articles.flatMap((article) => (article.published === null ? [] : [article.published])).sort();
  return days[Math.floor((days.length - 1) / 2)] ?? null;
}

export function buildTimeline(input: readonly CluedArticle[], rejected: readonly Rejection[], warnings: readonly Warning[]): Timeline {
  const sorted = [...input].sort(compareArticles);
  const idOf = assignIds(input);
  const firstEntries = sorted.map((article) => ({ id: idOf.get(article.file) ?? 'article', article }));
  const first = groupEvents(firstEntries);
  // Articles dated only now are grouped again with the rest: their day may be an event's.
  const middle = middleDate(input);
  const entries = firstEntries.map((entry) => {
    const redated = middle && entry.article.published === null && !first.eventOf.has(entry.id) ? datedByCollection(entry.article, middle) : null;
    return redated ? { id: entry.id, article: redated } : entry;
  });
  const { events, eventOf } = entries.some((entry, index) => entry !== firstEntries[index]) ? groupEvents(entries) : first;
  const { copyOf, translations } = findRelations(entries.map((entry) => extend(entry, { event: eventOf.get(entry.id) ?? null })));

  const eventDate = new Map(events.map((event) => [event.id, event.date]));
  const articles: Article[] = entries.map(({ id, article: dated }) => {
    const event = eventOf.get(id);
    const eventDay = event ? (eventDate.get(event) ?? null) : null;
    const article = dated.published === null && eventDay ? datedByEvent(dated, eventDay) : dated;
    return {
    id,
    file: article.file,
    format: article.format,
    url: `/articles/${id}/`,
    language: article.language,
    languageBasis: article.languageBasis,
    published: article.published,
    publishedSource: article.publishedSource,
    publishedBasis: article.publishedBasis,
    publishedReason: article.publishedReason,
    title: article.title,
    summary: article.summary,
    source: article.meta.source ?? null,
    sourceUrl: article.meta.url ?? null,
    people: article.people,
    places: article.places,
    organisations: article.organisations,
    outlets: article.outlets,
    mentionedDates: article.mentionedDates,
    claims: article.claims,
    event: eventOf.get(id) ?? null,
    copyOf: copyOf.get(id) ?? null,
    translations: translations.get(id) ?? [],
    text: article.text,
    bodyHtml: renderBody(article.format, article.paragraphs, article.mentionedDates),
    removed: article.removed,
  };
  });

  // A dateline may have dated an article that was undated when they were first sorted.
  articles.sort(compareArticles);
  return {
    articles,
    events,
    rejected: [...rejected].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    warnings: [...warnings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}
