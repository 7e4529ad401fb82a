// Pagefind's index of the article and event pages. Each page's search document
// is written here from the site data, not taken from the rendered page: so the
// index can be built by Pagefind's own process while Eleventy renders, and no
// rendered page is held in memory. Documents go to Pagefind in URL order,
// since Pagefind numbers pages as they arrive.
// One index for every language, so that one search box finds Russian and
// Ukrainian text alike; Russian stemming suits both better than none.
import * as pagefind from 'pagefind';
import path from 'node:path';
import { escapeXml } from './markup.ts';
import type { SiteData } from './site.ts';

export interface SearchDocument {
  /** The page's address without the path prefix, as Pagefind's search box expects. */
  url: string;
  html: string;
}

const escape = (text: string): string => escapeXml(text);

/** The searchable text of each article and event page, in URL order. */
export function searchDocuments(site: SiteData): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const { article } of site.articlePages) {
    const date = article.published ? ` data-pagefind-meta="date:${article.published}"` : '';
    documents.push({
      url: article.url,
      html: `<html lang="${article.language}"><body><article data-pagefind-body${date}><h1>${escape(article.title)}</h1>${article.bodyHtml}</article></body></html>`,
    });
  }
  for (const page of site.eventListPages) {
    const eventPage = page.eventPage;
    if (page.pager.number !== 1) continue;
    const { event } = eventPage;
    const titles = eventPage.coverage.flatMap((group) => group.articles.map((article) => `<li>${escape(article.title)}</li>`));
    const quotes = eventPage.references.map((reference) => `<blockquote>${escape(reference.sentence)}</blockquote>`);
    const people = event.participants.map((person) => escape(person.name)).join(', ');
    documents.push({
      url: eventPage.url,
      html: `<html lang="en"><body><article data-pagefind-body data-pagefind-meta="date:${event.date}"><h1>${escape(event.title)}</h1>${people ? `<p>${people}</p>` : ''}<ul>${titles.join('')}</ul>${quotes.join('')}</article></body></html>`,
    });
  }
  return documents.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

export class SearchIndexer {
  private pending: Promise<pagefind.PagefindIndex> | null = null;

  /** Starts indexing `documents` in Pagefind's process; returns at once. */
  start(documents: readonly SearchDocument[]): void {
    this.pending = (async () => {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
      if (!index) throw new Error(`search index could not be created: ${errors.join('; ')}`);
      // Sent all at once: Pagefind handles its messages one by one in the order they arrive, so page numbers follow URL order.
      const results = await Promise.all(documents.map(({ url, html }) => index.addHTMLFile({ url, content: html })));
      results.forEach((added, position) => {
        if (added.errors.length) throw new Error(`search index, ${documents[position]?.url}: ${added.errors.join('; ')}`);
      });
      return index;
    })();
    // Awaited in write(); until then a failure must not count as unhandled.
    this.pending.catch(() => undefined);
  }

  /** Writes `<output>/pagefind/` once every document is indexed. */
  async write(output: string): Promise<void> {
    if (!this.pending) throw new Error('search index: write() before start()');
    const index = await this.pending;
    this.pending = null;
    try {
      const written = await index.writeFiles({ outputPath: path.join(output, 'pagefind') });
      if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    } finally {
      await index.deleteIndex();
    }
  }
}

/** Stops Pagefind's indexing process, which otherwise keeps Node running. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
