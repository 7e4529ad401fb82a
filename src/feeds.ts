// Feeds of the newest articles: one for the whole site and one per language,
// each as Atom and as JSON Feed 1.1.
import { translate, languageName } from './i18n.ts';
import type { Article, IsoDate, LanguageCode } from './model.ts';
import { absoluteUrls } from './markup.ts';
import { compareArticles } from './timeline.ts';

export interface Feed {
  /** "all" or the language of every entry. */
  language: LanguageCode | 'all';
  title: string;
  /** Page the feed follows: the home page or the language section. */
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** Newest first; only dated articles, since a feed entry needs a date. */
  articles: Article[];
  updated: IsoDate | null;
}

/** Readers keep what they have seen; a feed only needs the latest entries. */
export const FEED_LENGTH = 50;

/**
 * Feed formats want a moment, the timeline has calendar days. Noon UTC shows as
 * the same day in every time zone from UTC−11 to UTC+11.
 */
export function feedTimestamp(date: IsoDate): string {
  return `${date}T12:00:00Z`;
}

export function buildFeeds(articles: readonly Article[], languages: readonly LanguageCode[]): Feed[] {
  const dated = articles.filter((article) => article.published !== null).sort(compareArticles);
  const feed = (language: LanguageCode | 'all', list: Article[], title: string, base: string): Feed => {
    const entries = list.slice(0, FEED_LENGTH);
    return { language, title, homeUrl: base, atomUrl: `${base}feed.xml`, jsonUrl: `${base}feed.json`, articles: entries, updated: entries[0]?.published ?? null };
  };
  return [
    feed('all', dated, `${translate('siteTitle', 'en')}: ${translate('feedAll', 'en').toLowerCase()}`, '/'),
    // A language whose articles are all undated gets no feed of its own.
    ...languages
      .map((language) =>
        feed(
          language,
          dated.filter((article) => article.language === language),
          `${translate('siteTitle', language)} (${languageName(language, language)})`,
          `/${language}/`,
        ),
      )
      .filter((languageFeed) => languageFeed.articles.length > 0),
  ];
}

/** JSON Feed 1.1 text; `siteUrl` is the published address without a trailing slash. */
export function jsonFeed(feed: Feed, siteUrl: string): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: `${siteUrl}${feed.homeUrl}`,
    feed_url: `${siteUrl}${feed.jsonUrl}`,
    ...(feed.language === 'all' ? {} : { language: feed.language }),
    items: feed.articles.map((article) => ({
      id: `${siteUrl}${article.url}`,
      url: `${siteUrl}${article.url}`,
      ...(article.sourceUrl ? { external_url: article.sourceUrl } : {}),
      title: article.title,
      summary: article.summary,
      content_html: absoluteUrls(article.bodyHtml, `${siteUrl}${article.url}`),
      date_published: feedTimestamp(article.published ?? ''),
      language: article.language,
      ...(article.people.length ? { tags: article.people.map((person) => person.name) } : {}),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
