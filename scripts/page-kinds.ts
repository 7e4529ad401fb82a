// One page of every kind of a built site, found from its timeline.json: what the
// screenshots, Lighthouse and the browser tests look at.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface PublicTimeline {
  articles: Array<{ url: string; language: string; published: string | null; people: Array<{ id: string }>; places: Array<{ id: string }> }>;
  events: Array<{ id: string; articles: string[] }>;
}

/** Paths relative to the site's root (no leading slash), by kind of page. */
export async function pageKinds(site: string): Promise<Record<string, string>> {
  const timeline = JSON.parse(await readFile(path.join(site, 'timeline.json'), 'utf8')) as PublicTimeline;
  const dated = timeline.articles.find((article) => article.published !== null) ?? timeline.articles[0];
  const event = timeline.events.find((candidate) => candidate.articles.length > 0) ?? timeline.events[0];
  return {
    home: '',
    dates: 'dates/',
    date: dated?.published ? `dates/${dated.published}/` : 'dates/unknown/',
    'unknown-date': 'dates/unknown/',
    language: `${dated?.language ?? 'ru'}/`,
    article: (dated?.url ?? '/').slice(1),
    people: 'people/',
    person: dated?.people[0] ? `people/${dated.people[0].id}/` : 'people/',
    place: dated?.places[0] ? `places/${dated.places[0].id}/` : 'places/',
    event: event ? `events/${event.id}/` : '',
    search: 'search/',
    report: 'report/',
    'not-found': 'no/such/page/',
  };
}
