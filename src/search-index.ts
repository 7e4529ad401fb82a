// Pagefind's index of the article and event pages. Each page's search document
// is written here from the site data, not taken from the rendered page: so the
// index can be built by Pagefind's own process while Eleventy renders, and no
// rendered page is held in memory. Documents go to Pagefind in URL order,
// since Pagefind numbers pages as they arrive.
// The documents are split by a hash of their URL into shards, one Pagefind
// bundle each, which the search page merges: after one article changes, only
// its shard is indexed again. Every language shares the shards, so that one
// search box finds Russian and Ukrainian text alike; Russian stemming suits
// both better than none.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import path from 'node:path';
import { escapeXml } from './markup.ts';
import type { SiteData } from './site.ts';

export interface SearchDocument {
  /** The page's address without the path prefix, as Pagefind's search box expects. */
  url: string;
  html: string;
}


/** A page to search, with its document written only when asked for. */
interface SearchSource {
  url: string;
  html: () => string;
}

function articleDocument(article: SiteData['articlePages'][number]['article']): string {
  const date = article.published ? ` data-pagefind-meta="date:${article.published}"` : '';
  return `<html lang="${article.language}"><body><article data-pagefind-body${date}><h1>${escapeXml(article.title)}</h1>${article.bodyHtml}</article></body></html>`;
}

function eventDocument(eventPage: SiteData['eventListPages'][number]['eventPage']): string {
  const { event } = eventPage;
  const titles = eventPage.coverage.flatMap((group) => group.articles.map((article) => `<li>${escapeXml(article.title)}</li>`));
  const quotes = eventPage.references.map((reference) => `<blockquote>${escapeXml(reference.sentence)}</blockquote>`);
  const people = event.participants.map((person) => escapeXml(person.name)).join(', ');
  return `<html lang="en"><body><article data-pagefind-body data-pagefind-meta="date:${event.date}"><h1>${escapeXml(event.title)}</h1>${people ? `<p>${people}</p>` : ''}<ul>${titles.join('')}</ul>${quotes.join('')}</article></body></html>`;
}

/** The article pages and the first page of each event, in URL order. */
function searchSources(site: SiteData): SearchSource[] {
  const sources: SearchSource[] = site.articlePages.map(({ article }) => ({ url: article.url, html: () => articleDocument(article) }));
  for (const page of site.eventListPages) {
    if (page.pager.number === 1) sources.push({ url: page.eventPage.url, html: () => eventDocument(page.eventPage) });
  }
  return sources.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The searchable text of each article and event page, in URL order. */
export function searchDocuments(site: SiteData): SearchDocument[] {
  return searchSources(site).map((source) => ({ url: source.url, html: source.html() }));
}

export interface SearchShard {
  /** The bundle's folder inside the site: "/pagefind/3/". */
  url: string;
  /** Hash of the documents: an unchanged shard need not be indexed again. */
  key: string;
  /** The documents, written anew on each call, so that no shard holds them between uses. */
  documents: () => SearchDocument[];
}

/** Documents a shard holds at most on average; more documents, more shards, up to MAX_SHARDS. */
const SHARD_SIZE = 400;
const MAX_SHARDS = 16;

/** FNV-1a of a string: a stable spread of URLs over the shards. */
function spread(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value;
}

/** The site's search documents split into shards; empty shards are left out, but there is always one. */
export function searchShards(site: SiteData): SearchShard[] {
  const sources = searchSources(site);
  const count = Math.min(MAX_SHARDS, Math.max(1, Math.ceil(sources.length / SHARD_SIZE)));
  const groups: SearchSource[][] = Array.from({ length: count }, () => []);
  for (const source of sources) groups[spread(source.url) % count]?.push(source);
  const shards = groups.map((group, number): SearchShard => {
    const hash = createHash('sha256').update(`${count}\0`);
    for (const { url, html } of group) hash.update(url).update('\0').update(html()).update('\0');
    return { url: `/pagefind/${number}/`, key: hash.digest('base64url'), documents: () => group.map((source) => ({ url: source.url, html: source.html() })) };
  });
  const filled = shards.filter((_, number) => (groups[number]?.length ?? 0) > 0);
  return filled.length > 0 ? filled : shards.slice(0, 1);
}

/** Documents sent to Pagefind and not yet answered, at most. */
const IN_FLIGHT = 64;

export class SearchIndexer {
  private pending: Promise<Array<{ shard: SearchShard; index: pagefind.PagefindIndex }>> | null = null;

  /** Starts indexing the shards in Pagefind's process; returns at once. */
  start(shards: readonly SearchShard[]): void {
    this.pending = (async () => {
      const indexes: Array<{ shard: SearchShard; index: pagefind.PagefindIndex }> = [];
      for (const shard of shards) {
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
        if (!index) throw new Error(`search index could not be created: ${errors.join('; ')}`);
        indexes.push({ shard, index });
      }
      // Sent in URL order: Pagefind handles its messages one by one as they arrive, so page numbers follow
      // that order. A bounded number in flight keeps the queued messages from holding every document at once.
      const inFlight: Array<Promise<void>> = [];
      for (const { shard, index } of indexes) {
        for (const { url, html } of shard.documents()) {
          if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
          const added = index.addHTMLFile({ url, content: html }).then((result) => {
            if (result.errors.length) throw new Error(`search index, ${url}: ${result.errors.join('; ')}`);
          });
          // Awaited below; a failure before then must not count as unhandled.
          added.catch(() => undefined);
          inFlight.push(added);
        }
      }
      await Promise.all(inFlight);
      return indexes;
    })();
    // Awaited in write(); until then a failure must not count as unhandled.
    this.pending.catch(() => undefined);
  }

  /**
   * Writes each shard's bundle under `output` once its documents are indexed.
   * The files come back in memory and Node writes them: Pagefind's own
   * writeFiles can answer before its last file is flushed, and stopping its
   * process then leaves that file empty or cut short.
   */
  async write(output: string): Promise<void> {
    if (!this.pending) throw new Error('search index: write() before start()');
    const indexes = await this.pending;
    this.pending = null;
    for (const { shard, index } of indexes) {
      try {
        const bundle = await index.getFiles();
        if (bundle.errors.length) throw new Error(`search index: ${bundle.errors.join('; ')}`);
        const folder = path.join(output, ...shard.url.split('/').filter(Boolean));
        for (const file of bundle.files) {
          const target = path.join(folder, file.path);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, file.content);
        }
      } finally {
        await index.deleteIndex();
      }
    }
  }
}

/** Stops Pagefind's indexing process, which otherwise keeps Node running. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
