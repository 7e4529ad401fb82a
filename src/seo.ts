// Structured data for search engines and link previews: JSON-LD NewsArticle for
// articles and Event for events. Values come from articles, so the JSON is
// escaped for an HTML <script> block: no "</script>" or "<!--" can end it early.
import { formatLongDateSpan } from './calendar.ts';
import type { ArticlePage, EventPage } from './site.ts';

/** JSON safe inside <script type="application/ld+json">: <, >, & and line separators as \u escapes. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function script(value: unknown): string {
  return `<script type="application/ld+json">${jsonForScript(value)}</script>`;
}

export function articleJsonLd(entry: ArticlePage, siteUrl: string): string {
  const { article } = entry;
  return script({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    inLanguage: article.language,
    url: `${siteUrl}${article.url}`,
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.source ? { publisher: { '@type': 'Organization', name: article.source } } : {}),
    ...(article.sourceUrl ? { isBasedOn: article.sourceUrl } : {}),
    mentions: article.people.map((person) => ({ '@type': 'Person', name: person.name })),
    ...(entry.event ? { about: { '@type': 'Event', name: entry.event.event.title, url: `${siteUrl}${entry.event.url}` } } : {}),
  });
}

export function eventJsonLd(page: EventPage, siteUrl: string): string {
  const { event } = page;
  return script({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: `${event.title} (${formatLongDateSpan(event.date, event.endDate, 'en')})`,
    startDate: event.date,
    endDate: event.endDate ?? event.date,
    url: `${siteUrl}${page.url}`,
    eventStatus: 'https://schema.org/EventScheduled',
    ...(event.place ? { location: { '@type': 'Place', name: event.place.name } } : {}),
    performer: event.participants.map((person) => ({ '@type': 'Person', name: person.name })),
  });
}

const OG_LOCALES: Record<string, string> = { en: 'en_GB', ru: 'ru_RU', uk: 'uk_UA' };

export function openGraphLocale(language: string): string {
  return OG_LOCALES[language] ?? 'en_GB';
}
