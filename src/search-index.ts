// Pagefind's index of the article and event pages (the ones marked
// data-pagefind-body), taken from Eleventy's rendered pages rather than read
// back from disk. Pages are added in path order: Pagefind numbers them as they
// arrive, and rendering order varies with load, which would change the bytes.
// One index for every language, so that one search box finds Russian and
// Ukrainian text alike; Russian stemming suits both better than none.
import * as pagefind from 'pagefind';
import path from 'node:path';

/** Output paths (relative, with forward slashes) of the pages worth searching. */
const SEARCHABLE = /^(articles|events)\/[^/]+\/index\.html$/;

export class SearchIndexer {
  private pages = new Map<string, string>();

  /** Takes a rendered page; `relativePath` is its path inside the output folder. */
  add(relativePath: string, html: string): void {
    const sourcePath = relativePath.split(path.sep).join('/');
    if (SEARCHABLE.test(sourcePath)) this.pages.set(sourcePath, html);
  }

  /** Writes `<output>/pagefind/` and starts afresh for the next build; returns the pages indexed. */
  async write(output: string): Promise<number> {
    const pages = [...this.pages.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    this.pages = new Map();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
    if (!index) throw new Error(`search index could not be created: ${errors.join('; ')}`);
    try {
      for (const [sourcePath, content] of pages) {
        const added = await index.addHTMLFile({ sourcePath, content });
        if (added.errors.length) throw new Error(`search index, ${sourcePath}: ${added.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: path.join(output, 'pagefind') });
      if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
      return pages.length;
    } finally {
      await index.deleteIndex();
    }
  }
}

/** Stops Pagefind's indexing process, which otherwise keeps Node running. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
