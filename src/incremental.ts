// Rendering only the pages whose content changed. Every page is summarised by
// a hash of what its template reads: its own page object, plus what all pages
// share (code, templates, options, the language switcher and feed links). A
// page whose hash is the one recorded for the previous output is taken over
// from that output instead of being rendered again.
import { createHash } from 'node:crypto';
import type { Article } from './model.ts';
import type { SiteData } from './site.ts';

/** Page URL → hash of what it was rendered from. */
export type PageManifest = Record<string, string>;

/** The paginated page lists of SiteData: one rendered page per element. */
const PAGE_LISTS = ['homePages', 'dayPages', 'datesPages', 'languagePages', 'entityListPages', 'entityIndexPages', 'eventListPages', 'articlePages'] as const;
type PageList = (typeof PAGE_LISTS)[number];

/** How many pages the page lists of `site` hold. */
export function pageCount(site: SiteData): number {
  return PAGE_LISTS.reduce((sum, list) => sum + site[list].length, 0);
}

export interface RenderPlan {
  /** The site with only the pages to render in its page lists; everything else as it was. */
  site: SiteData;
  /** URLs of the pages to take over from the previous output. */
  reused: string[];
  /** Hashes of every page, for the next build. */
  manifest: PageManifest;
}

// UTF-16 code units as they are: two and a half times faster to hash than
// transcoding Cyrillic to UTF-8 first, and no lone surrogate is lost on the way.
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf16le').digest('base64url');

const pageUrl = (page: { url?: string; article?: Article }): string => page.url ?? page.article?.url ?? '';

/**
 * Hashes each page of `site` with `shared` (a digest of everything every page
 * reads) and keeps in the page lists only those that differ from `previous` or
 * whose earlier file is gone (`exists` says).
 */
export function planRender(site: SiteData, shared: string, previous: PageManifest, exists: (url: string) => boolean): RenderPlan {
  // An article or event inside a page stands for its digest, computed once:
  // pages repeat the same articles many times over. Lists, links and event
  // pages show only an article's card, so only the card counts there; the
  // article's own page counts all of it.
  const digests = new Map<object, string>();
  const replacer = (_key: string, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    return digests.get(value) ?? value;
  };
  const fullDigests = new Map<Article, string>();
  for (const article of Object.values(site.articleById)) {
    digests.set(article, `card:${sha256(JSON.stringify(articleCard(article)))}`);
    fullDigests.set(article, sha256(`${JSON.stringify(articlePageView(article))}\0${article.bodyHtml}`));
  }
  // So do the objects that many pages share: an event, a day, a language section,
  // a person or place (whose every list page holds all of its articles).
  const sharedObjects = new Set<object>([
    ...site.eventListPages.map((page) => page.eventPage),
    ...site.days,
    ...site.languages,
    ...site.entityListPages.map((page) => page.entity),
  ]);
  for (const object of sharedObjects) digests.set(object, `shared:${sha256(JSON.stringify(object, replacer))}`);
  // The home page draws the chart from the site data, not from its page object.
  const homeShared = `${shared}|${sha256(JSON.stringify(site.chart))}`;

  const manifest: PageManifest = {};
  const reused: string[] = [];
  const keep = <T extends { url?: string; article?: Article }>(list: PageList, pages: readonly T[]): T[] =>
    pages.filter((page) => {
      const url = pageUrl(page);
      const own = page.article ? fullDigests.get(page.article) : '';
      const hash = sha256(`${list}|${list === 'homePages' ? homeShared : shared}|${own}|${JSON.stringify(page, replacer)}`);
      manifest[url] = hash;
      if (previous[url] !== hash || !exists(url)) return true;
      reused.push(url);
      return false;
    });
  const filtered: SiteData = {
    ...site,
    homePages: keep('homePages', site.homePages),
    dayPages: keep('dayPages', site.dayPages),
    datesPages: keep('datesPages', site.datesPages),
    languagePages: keep('languagePages', site.languagePages),
    entityListPages: keep('entityListPages', site.entityListPages),
    entityIndexPages: keep('entityIndexPages', site.entityIndexPages),
    eventListPages: keep('eventListPages', site.eventListPages),
    articlePages: keep('articlePages', site.articlePages),
  };
  return { site: filtered, reused, manifest };
}

/** What a list, a link or an event page may show of an article: everything but its text and what is found in it. */
function articleCard(article: Article): unknown {
  const { id, file, url, language, published, publishedSource, title, summary, source, sourceUrl, event, copyOf, translations } = article;
  return { id, file, url, language, published, publishedSource, title, summary, source, sourceUrl, event, copyOf, translations };
}

/**
 * What the article's own page may show of it besides its body, which is hashed
 * as it is, without JSON's escaping: all but the plain text and the removed
 * chrome, which no template reads. Leaving them out halves what is hashed.
 */
function articlePageView(article: Article): unknown {
  const { text: _text, removed: _removed, bodyHtml: _bodyHtml, ...shown } = article;
  return shown;
}

/** What every page reads besides its own page object: the language switcher and the feed links. */
export function sharedPageData(site: SiteData): unknown {
  return {
    languages: site.languages.map(({ language, name, url }) => ({ language, name, url })),
    feeds: site.feeds.map(({ language, title, atomUrl, jsonUrl }) => ({ language, title, atomUrl, jsonUrl })),
  };
}
