// Stage 6: group articles into events. First version: an article's event day is
// the date it mentions most often within a week of its publication (or the
// publication day itself), and articles with the same event day form one event.
// Articles with no date at all belong to no event.
import { daysBetween } from './calendar.ts';
import type { EntityArticle, Event, IsoDate } from './model.ts';

/** The day an article's story happened, from its mentioned dates and publication date. */
export function eventDay(article: EntityArticle): IsoDate | null {
  // A report that names its own publication day is about that day.
  if (article.published && article.mentionedDates.some((mention) => mention.date === article.published)) return article.published;
  const counts = new Map<IsoDate, number>();
  for (const mention of article.mentionedDates) {
    if (article.published && Math.abs(daysBetween(article.published, mention.date)) > 7) continue;
    counts.set(mention.date, (counts.get(mention.date) ?? 0) + 1);
  }
  let best: IsoDate | null = null;
  for (const [date, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && date === article.published)) best = date;
  }
  return best ?? article.published;
}

export interface EventAssignment {
  events: Event[];
  /** Event id for each article id. */
  eventOf: Map<string, string>;
}

/** `articles` pairs each article with its final id; events are ordered by date, newest first. */
export function groupEvents(articles: ReadonlyArray<{ id: string; article: EntityArticle }>): EventAssignment {
  const byDay = new Map<IsoDate, Array<{ id: string; article: EntityArticle }>>();
  for (const entry of articles) {
    const day = eventDay(entry.article);
    if (day === null) continue;
    const list = byDay.get(day) ?? [];
    list.push(entry);
    byDay.set(day, list);
  }
  const events: Event[] = [];
  const eventOf = new Map<string, string>();
  for (const day of [...byDay.keys()].sort().reverse()) {
    const members = byDay.get(day) ?? [];
    const id = `event-${day}`;
    const first = members[0];
    events.push({ id, date: day, title: first ? first.article.title : day, articles: members.map((m) => m.id) });
    for (const member of members) eventOf.set(member.id, id);
  }
  return { events, eventOf };
}
