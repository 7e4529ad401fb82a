// Pagefind's index of the article and event pages (the ones marked
// data-pagefind-body), fed each page as Eleventy renders it: Pagefind works in
// its own process, so indexing overlaps with rendering instead of following it.
// One index for every language, so that one search box finds Russian and
// Ukrainian text alike; Russian stemming suits both better than none.
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import path from 'node:path';

/** Output paths (relative, with forward slashes) of the pages worth searching. */
const SEARCHABLE = /^(articles|events)\/[^/]+\/index\.html$/;

export class SearchIndexer {
  private index: Promise<PagefindIndex> | null = null;
  private pending: Array<Promise<string[]>> = [];

  private open(): Promise<PagefindIndex> {
    this.index ??= pagefind.createIndex({ forceLanguage: 'ru' }).then(({ index, errors }) => {
      if (!index) throw new Error(`search index could not be created: ${errors.join('; ')}`);
      return index;
    });
    return this.index;
  }

  /** Takes a rendered page; `relativePath` is its path inside the output folder. */
  add(relativePath: string, html: string): void {
    const sourcePath = relativePath.split(path.sep).join('/');
    if (!SEARCHABLE.test(sourcePath)) return;
    this.pending.push(this.open().then(async (index) => (await index.addHTMLFile({ sourcePath, content: html })).errors));
  }

  /** Writes `<output>/pagefind/` and starts afresh for the next build; returns the pages indexed. */
  async write(output: string): Promise<number> {
    const pending = this.pending;
    this.pending = [];
    const errors = (await Promise.all(pending)).flat();
    const index = await this.open();
    this.index = null;
    try {
      if (errors.length) throw new Error(`search index: ${errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(output, 'pagefind') });
      if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
      return pending.length;
    } finally {
      await index.deleteIndex();
    }
  }
}

/** Stops Pagefind's indexing process, which otherwise keeps Node running. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
