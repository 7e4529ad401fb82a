// Eleventy configuration: presentation only. The build script (src/build.ts)
// supplies the input and output folders, the path prefix and the timeline data.
import type { EleventyUserConfig } from '@11ty/eleventy';
import { feedTimestamp, jsonFeed, type Feed } from './src/feeds.ts';
import { formatLongDate, formatLongDateSpan, formatWeekday } from './src/calendar.ts';
import { countArticles, describePublishedBasis, documentTitle, interfaceLanguage, languageName, translate, type MessageKey } from './src/i18n.ts';
import { localName } from './src/local-names.ts';
import type { Entity, IsoDate, LanguageCode, PublishedBasis } from './src/model.ts';
import { absoluteUrls, escapeXml } from './src/markup.ts';
import { articleJsonLd, eventJsonLd, openGraphLocale } from './src/seo.ts';
import type { ArticlePage, EventPage } from './src/site.ts';

export default function configure(eleventyConfig: EleventyUserConfig): void {
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });

  eleventyConfig.addFilter('documentTitle', (title: string, language: LanguageCode) => documentTitle(title, language));
  eleventyConfig.addFilter('t', (key: MessageKey, language: LanguageCode) => translate(key, language));
  eleventyConfig.addFilter('publishedBasis', (basis: PublishedBasis, language: LanguageCode) => describePublishedBasis(basis, language));
  eleventyConfig.addFilter('countArticles', (count: number, language: LanguageCode) => countArticles(count, language));
  eleventyConfig.addFilter('uiLang', (language: LanguageCode) => interfaceLanguage(language));
  eleventyConfig.addFilter('localName', (entity: Pick<Entity, 'id' | 'name' | 'native'>, language: LanguageCode) => localName(entity, language));
  eleventyConfig.addFilter('languageName', (code: LanguageCode, inLanguage?: LanguageCode) => languageName(code, inLanguage ?? code));
  eleventyConfig.addFilter('longDate', (date: IsoDate | null, language: LanguageCode) => (date ? formatLongDate(date, interfaceLanguage(language)) : translate('dateUnknown', language)));
  eleventyConfig.addFilter('longDateSpan', (date: IsoDate, endDate: IsoDate | null, language: LanguageCode) => formatLongDateSpan(date, endDate, interfaceLanguage(language)));
  eleventyConfig.addFilter('weekday', (date: IsoDate, language: LanguageCode) => formatWeekday(date, interfaceLanguage(language)));
  eleventyConfig.addFilter('articleJsonLd', (entry: ArticlePage, siteUrl: string) => articleJsonLd(entry, siteUrl));
  eleventyConfig.addFilter('eventJsonLd', (page: EventPage, siteUrl: string) => eventJsonLd(page, siteUrl));
  eleventyConfig.addFilter('feedTimestamp', (date: IsoDate) => feedTimestamp(date));
  eleventyConfig.addFilter('jsonFeed', (feed: Feed, siteUrl: string) => jsonFeed(feed, siteUrl));
  eleventyConfig.addFilter('ogLocale', (language: LanguageCode) => openGraphLocale(language));
  eleventyConfig.addFilter('absoluteUrls', (html: string, base: string) => absoluteUrls(html, base));
  eleventyConfig.addFilter('xmlEscape', (text: string) => escapeXml(String(text)));
}

export const config = {
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
