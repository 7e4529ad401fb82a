// The timeline, arranged the way the pages show it. Templates read only this
// and the timeline itself, so every grouping is typed and tested here, not
// computed in template code.
import { formatLongDate } from './calendar.ts';
import { fillMessage, interfaceLanguage, languageName, translate } from './i18n.ts';
import { timelineChart, type TimelineChart } from './chart.ts';
import { buildFeeds, type Feed } from './feeds.ts';
import type { Article, Event, EventClaims, IsoDate, LanguageCode, Timeline } from './model.ts';
import { paginate, runsBy, type Pager, type Paged } from './paging.ts';
import { compareArticles } from './timeline.ts';

export interface LanguageGroup {
  language: LanguageCode;
  articles: Article[];
}

export interface Day {
  /** null for the articles whose date is unknown. */
  date: IsoDate | null;
  url: string;
  /** Page title in English, the language of the mixed pages. */
  title: string;
  languages: LanguageGroup[];
  count: number;
}

export interface LanguageSection {
  language: LanguageCode;
  /** The language's own name for itself. */
  name: string;
  /** Language of the section's interface text. */
  uiLanguage: LanguageCode;
  url: string;
  days: Array<{ date: IsoDate | null; articles: Article[] }>;
  count: number;
}

export interface ArticlePage {
  article: Article;
  /** The event the article reports, if any. */
  event: EventPage | null;
  uiLanguage: LanguageCode;
  day: Day;
  sameDay: Article[];
  sameLanguage: Article[];
  /** The article this one copies, and the article in other languages. */
  original: Article | null;
  translations: Article[];
}

/** A person or place with every article that names it, newest first. */
export interface EntityPage {
  id: string;
  name: string;
  url: string;
  /** Interface key naming the kind ("people", "places") and the index page listing them. */
  kind: 'people' | 'places';
  indexUrl: string;
  articles: Article[];
}

export interface EntityIndex {
  kind: 'people' | 'places';
  intro: 'peopleIntro' | 'placesIntro';
  title: string;
  url: string;
  entities: EntityPage[];
}

/** A sentence of an article that mentions an event. */
export interface EventReference {
  article: Article;
  text: string;
  sentence: string;
}

export interface EventPage {
  event: Event;
  url: string;
  /** The reporting articles, by language. */
  coverage: LanguageGroup[];
  /** How many reporting articles are not copies of another: a text on two sites counts once. */
  originals: number;
  references: EventReference[];
}

/** One day of the home timeline: its events, then the articles that belong to no event. */
export interface HomeDay {
  date: IsoDate | null;
  /** The day's page, when articles were published that day. */
  url: string | null;
  events: EventPage[];
  articles: LanguageGroup[];
  /** Left off the home page to keep it short; the day's page lists them. */
  hiddenEvents: number;
  hiddenArticles: number;
}

/** One page of a list, with its pager and its title ("…, page 2 of 7" after the first). */
interface ListPage {
  url: string;
  pager: Pager;
  title: string;
}

export interface HomePage extends ListPage {
  days: HomeDay[];
}

export interface DayPage extends ListPage {
  day: Day;
  languages: LanguageGroup[];
}

export interface LanguagePage extends ListPage {
  section: LanguageSection;
  days: Array<{ date: IsoDate | null; articles: Article[] }>;
}

export interface EntityListPage extends ListPage {
  entity: EntityPage;
  articles: Article[];
}

export interface EntityIndexPage extends ListPage {
  index: EntityIndex;
  entities: EntityPage[];
}

export interface DatesPage extends ListPage {
  days: Day[];
}

export interface EventListPage extends ListPage {
  eventPage: EventPage;
  coverage: LanguageGroup[];
  /** Shown on the first page only, each list cut to a readable length. */
  claims: EventClaims[];
  references: EventReference[];
  hiddenClaims: number;
  hiddenReferences: number;
}

export interface SiteData {
  /** Every article by id, for templates that hold only ids. */
  articleById: Record<string, Article>;
  homePages: HomePage[];
  chart: TimelineChart | null;
  feeds: Feed[];
  dayPages: DayPage[];
  datesPages: DatesPage[];
  languagePages: LanguagePage[];
  entityListPages: EntityListPage[];
  entityIndexPages: EntityIndexPage[];
  eventListPages: EventListPage[];
  days: Day[];
  languages: LanguageSection[];
  articlePages: ArticlePage[];
  /** Every page URL, for the sitemap and the link checker. */
  pageUrls: string[];
}

export const UNKNOWN_DATE_URL = '/dates/unknown/';

export function dayUrl(date: IsoDate | null): string {
  return date === null ? UNKNOWN_DATE_URL : `/dates/${date}/`;
}

/** Languages in a stable order: most articles first, then by code. */
function groupByLanguage(articles: readonly Article[]): LanguageGroup[] {
  const groups = new Map<LanguageCode, Article[]>();
  for (const article of articles) {
    const list = groups.get(article.language) ?? [];
    list.push(article);
    groups.set(article.language, list);
  }
  return [...groups.entries()]
    .map(([language, list]) => ({ language, articles: list.sort(compareArticles) }))
    .sort((a, b) => b.articles.length - a.articles.length || (a.language < b.language ? -1 : 1));
}

function groupByDay(articles: readonly Article[]): Array<{ date: IsoDate | null; articles: Article[] }> {
  const days = new Map<IsoDate | null, Article[]>();
  for (const article of [...articles].sort(compareArticles)) {
    const list = days.get(article.published) ?? [];
    list.push(article);
    days.set(article.published, list);
  }
  return [...days.entries()].map(([date, list]) => ({ date, articles: list }));
}

/** Events and event-less articles by day, newest first; undated articles last. */
function homeDays(events: readonly EventPage[], articles: readonly Article[], publishedDays: ReadonlySet<IsoDate | null>): HomeDay[] {
  const byDate = new Map<IsoDate | null, { events: EventPage[]; articles: Article[] }>();
  const entry = (date: IsoDate | null) => {
    const found = byDate.get(date) ?? { events: [], articles: [] };
    byDate.set(date, found);
    return found;
  };
  for (const page of events) entry(page.event.date).events.push(page);
  for (const article of articles) if (article.event === null) entry(article.published).articles.push(article);
  const dates = [...byDate.keys()].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1));
  return dates.map((date) => {
    const found = byDate.get(date) ?? { events: [], articles: [] };
    // Reported events before mentioned-only ones; larger coverage first.
    const events = found.events.sort((a, b) => b.event.articles.length - a.event.articles.length || (a.event.id < b.event.id ? -1 : 1));
    const articles = [...found.articles].sort(compareArticles).slice(0, HOME_ARTICLES_PER_DAY);
    return {
      date,
      url: publishedDays.has(date) ? dayUrl(date) : null,
      events: events.slice(0, HOME_EVENTS_PER_DAY),
      articles: groupByLanguage(articles),
      hiddenEvents: Math.max(0, events.length - HOME_EVENTS_PER_DAY),
      hiddenArticles: found.articles.length - articles.length,
    };
  });
}

/**
 * Page sizes that keep every page under 50 KB of HTML whatever the number of
 * articles: an article card is about 1 KB, an index line about 120 bytes.
 */
export const ARTICLES_PER_PAGE = 25;
const INDEX_LINES_PER_PAGE = 150;
const HOME_CARDS_PER_PAGE = 24;
const HOME_EVENTS_PER_DAY = 6;
const HOME_ARTICLES_PER_DAY = 6;
const EVENT_LIST_LIMIT = 20;

/** Home days in pages of about HOME_CARDS_PER_PAGE cards; a day is never split. */
function homePages(days: readonly HomeDay[]): HomePage[] {
  const chunks: HomeDay[][] = [[]];
  let cards = 0;
  for (const day of days) {
    const size = day.events.length + day.articles.reduce((sum, group) => sum + group.articles.length, 0);
    const current = chunks.at(-1) ?? [];
    if (current.length > 0 && cards + size > HOME_CARDS_PER_PAGE) {
      chunks.push([day]);
      cards = size;
    } else {
      current.push(day);
      cards += size;
    }
  }
  return paginate(chunks, 1, '/').map((page) => ({ url: page.url, pager: page.pager, title: pageTitle(translate('home', 'en'), page, 'en'), days: page.items[0] ?? [] }));
}

/** "Russian" on the first page, "Russian, page 2 of 7" after it. */
function pageTitle(title: string, page: Paged<unknown>, language: LanguageCode): string {
  return page.pager.number === 1 ? title : `${title}, ${fillMessage('pageOf', language, { n: page.pager.number, count: page.pager.count })}`;
}

function cut<T>(list: readonly T[], limit: number): { shown: T[]; hidden: number } {
  return { shown: list.slice(0, limit), hidden: Math.max(0, list.length - limit) };
}

/** How many neighbours an article page lists in its language, and of its day. */
const SAME_LANGUAGE_LIMIT = 10;
const SAME_DAY_LIMIT = 10;

/** Entity pages from the articles' entities; ordered by how many articles name them, then by name. */
function entityPages(articles: readonly Article[], pick: (article: Article) => ReadonlyArray<{ id: string; name: string }>, kind: 'people' | 'places'): EntityPage[] {
  const pages = new Map<string, EntityPage>();
  const base = `/${kind}/`;
  for (const article of articles) {
    for (const entity of pick(article)) {
      const page = pages.get(entity.id) ?? { id: entity.id, name: entity.name, url: `${base}${entity.id}/`, kind, indexUrl: base, articles: [] };
      if (!page.articles.includes(article)) page.articles.push(article);
      pages.set(entity.id, page);
    }
  }
  return [...pages.values()]
    .map((page) => ({ ...page, articles: page.articles.sort(compareArticles) }))
    .sort((a, b) => b.articles.length - a.articles.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function buildSiteData(timeline: Timeline): SiteData {
  const days: Day[] = groupByDay(timeline.articles).map(({ date, articles }) => ({
    date,
    url: dayUrl(date),
    title: date === null ? translate('dateUnknown', 'en') : formatLongDate(date, 'en'),
    languages: groupByLanguage(articles),
    count: articles.length,
  }));
  const languages: LanguageSection[] = groupByLanguage(timeline.articles).map((group) => ({
    language: group.language,
    name: languageName(group.language),
    uiLanguage: interfaceLanguage(group.language),
    url: `/${group.language}/`,
    days: groupByDay(group.articles),
    count: group.articles.length,
  }));
  const dayOf = new Map(days.map((day) => [day.date, day]));
  const articleById = new Map(timeline.articles.map((article) => [article.id, article]));
  const events: EventPage[] = timeline.events.map((event) => ({
    event,
    url: `/events/${event.id}/`,
    coverage: groupByLanguage(event.articles.map((id) => articleById.get(id)).filter((a): a is Article => a !== undefined)),
    originals: event.articles.filter((id) => articleById.get(id)?.copyOf === null).length,
    references: event.mentions.flatMap((mention) => {
      const article = articleById.get(mention.article);
      return article ? [{ article, text: mention.text, sentence: article.text.slice(mention.sentence.start, mention.sentence.end) }] : [];
    }),
  }));
  const eventById = new Map(events.map((page) => [page.event.id, page]));
  const byLanguage = new Map<LanguageCode, Article[]>();
  const positionInLanguage = new Map<string, number>();
  for (const article of timeline.articles) {
    const list = byLanguage.get(article.language) ?? [];
    positionInLanguage.set(article.id, list.length);
    list.push(article);
    byLanguage.set(article.language, list);
  }
  const articlePages: ArticlePage[] = timeline.articles.map((article) => {
    const day = dayOf.get(article.published);
    if (!day) throw new Error(`internal: no day for ${article.id}`);
    // A busy day lists its first articles; the day's page lists them all.
    const sameDay = day.languages.flatMap((group) => group.articles).filter((other) => other.id !== article.id).slice(0, SAME_DAY_LIMIT);
    // The nearest in the timeline's order: a window around the article in its language, not only the newest.
    const inLanguage = byLanguage.get(article.language) ?? [];
    const position = positionInLanguage.get(article.id) ?? 0;
    const from = Math.max(0, Math.min(position - SAME_LANGUAGE_LIMIT / 2, inLanguage.length - SAME_LANGUAGE_LIMIT - 1));
    const sameLanguage = inLanguage.slice(from, from + SAME_LANGUAGE_LIMIT + 1).filter((other) => other.id !== article.id).slice(0, SAME_LANGUAGE_LIMIT);
    const original = article.copyOf ? (articleById.get(article.copyOf) ?? null) : null;
    const translations = article.translations.map((id) => articleById.get(id)).filter((a): a is Article => a !== undefined);
    return { article, original, translations, event: article.event ? (eventById.get(article.event) ?? null) : null, uiLanguage: interfaceLanguage(article.language), day, sameDay, sameLanguage };
  });
  const people = entityPages(timeline.articles, (article) => article.people, 'people');
  const places = entityPages(timeline.articles, (article) => article.places, 'places');
  const entityIndexes: EntityIndex[] = [
    { kind: 'people', intro: 'peopleIntro', title: translate('people', 'en'), url: '/people/', entities: people },
    { kind: 'places', intro: 'placesIntro', title: translate('places', 'en'), url: '/places/', entities: places },
  ];
  const home = homeDays(events, timeline.articles, new Set(days.map((day) => day.date)));
  const homeList = homePages(home);
  const chart = timelineChart({ articles: timeline.articles, events: timeline.events.filter((event) => event.articles.length > 0) }, 'en');
  const dayPages: DayPage[] = days.flatMap((day) =>
    paginate(day.languages.flatMap((group) => group.articles), ARTICLES_PER_PAGE, day.url).map((page) => ({
      url: page.url,
      pager: page.pager,
      title: pageTitle(day.title, page, 'en'),
      day,
      languages: runsBy(page.items, (article) => article.language).map((run) => ({ language: run.key, articles: run.items })),
    })),
  );
  const datesPages: DatesPage[] = paginate(days, INDEX_LINES_PER_PAGE, '/dates/').map((page) => ({
    url: page.url,
    pager: page.pager,
    title: pageTitle(translate('allDates', 'en'), page, 'en'),
    days: page.items,
  }));
  const languagePages: LanguagePage[] = languages.flatMap((section) =>
    paginate(section.days.flatMap((day) => day.articles), ARTICLES_PER_PAGE, section.url).map((page) => ({
      url: page.url,
      pager: page.pager,
      title: pageTitle(section.name, page, section.uiLanguage),
      section,
      days: runsBy(page.items, (article) => article.published).map((run) => ({ date: run.key, articles: run.items })),
    })),
  );
  const entityListPages: EntityListPage[] = [...people, ...places].flatMap((entity) =>
    paginate(entity.articles, ARTICLES_PER_PAGE, entity.url).map((page) => ({ url: page.url, pager: page.pager, title: pageTitle(entity.name, page, 'en'), entity, articles: page.items })),
  );
  const entityIndexPages: EntityIndexPage[] = entityIndexes.flatMap((index) =>
    paginate(index.entities, INDEX_LINES_PER_PAGE, index.url).map((page) => ({ url: page.url, pager: page.pager, title: pageTitle(index.title, page, 'en'), index, entities: page.items })),
  );
  const eventListPages: EventListPage[] = events.flatMap((eventPage) => {
    const references = cut(eventPage.references, EVENT_LIST_LIMIT);
    const claims = eventPage.event.claims.map((group) => ({ ...group, claims: group.claims.slice(0, EVENT_LIST_LIMIT) }));
    const hiddenClaims = eventPage.event.claims.reduce((sum, group) => sum + Math.max(0, group.claims.length - EVENT_LIST_LIMIT), 0);
    return paginate(eventPage.coverage.flatMap((group) => group.articles), ARTICLES_PER_PAGE, eventPage.url).map((page) => {
      const first = page.pager.number === 1;
      return {
        url: page.url,
        pager: page.pager,
        title: pageTitle(eventPage.event.title, page, 'en'),
        eventPage,
        coverage: runsBy(page.items, (article) => article.language).map((run) => ({ language: run.key, articles: run.items })),
        claims: first ? claims : [],
        references: first ? references.shown : [],
        hiddenClaims: first ? hiddenClaims : 0,
        hiddenReferences: first ? references.hidden : 0,
      };
    });
  });
  const pageUrls = [
    ...homeList.map((page) => page.url),
    ...eventListPages.map((page) => page.url),
    ...datesPages.map((page) => page.url),
    ...entityIndexPages.map((page) => page.url),
    ...entityListPages.map((page) => page.url),
    ...dayPages.map((page) => page.url),
    ...languagePages.map((page) => page.url),
    ...timeline.articles.map((article) => article.url),
    '/search/',
    '/report/',
  ];
  return {
    articleById: Object.fromEntries(articleById),
    homePages: homeList,
    chart,
    feeds: buildFeeds(timeline.articles, languages.map((section) => section.language)),
    dayPages,
    datesPages,
    languagePages,
    entityListPages,
    entityIndexPages,
    eventListPages,
    days,
    languages,
    articlePages,
    pageUrls,
  };
}
