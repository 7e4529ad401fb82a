// Runs Pagefind for the search index on a thread of its own. Pagefind's
// answers arrive as events on the thread that asked; on Eleventy's thread they
// would wait until the whole site was rendered, so the index would start only
// then. Here it is built while Eleventy renders.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchJob } from './search-index.ts';

/** A URL path as a folder under `root`: "/pagefind/3/" → "<root>/pagefind/3". */
function folderFor(root: string, url: string): string {
  return path.join(root, ...url.split('/').filter(Boolean));
}

async function indexShard(url: string, documents: string, output: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error(`search index could not be created: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: documents });
    if (added.errors.length) throw new Error(`search index, ${url}: ${added.errors.join('; ')}`);
    // Pagefind's own writeFiles can answer before its last file is flushed, and stopping its
    // process then leaves that file empty or cut short; this thread writes the files instead.
    const bundle = await index.getFiles();
    if (bundle.errors.length) throw new Error(`search index, ${url}: ${bundle.errors.join('; ')}`);
    const folder = folderFor(output, url);
    for (const file of bundle.files) {
      const target = path.join(folder, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
  } finally {
    await index.deleteIndex();
  }
}

async function run({ shards, output, scratch }: SearchJob): Promise<void> {
  // Pagefind reads a folder of pages many times faster than it takes them one message at a time.
  try {
    const indexed: Array<Promise<void>> = [];
    for (const [number, shard] of shards.entries()) {
      const documents = path.join(scratch, String(number));
      for (const { url, html } of shard.documents) {
        const folder = folderFor(documents, url);
        mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, 'index.html'), html);
      }
      indexed.push(indexShard(shard.url, documents, output));
    }
    await Promise.all(indexed);
  } finally {
    await pagefind.close();
  }
}

// The thread is started before its job is known; the job comes as its one message.
const job = await new Promise<SearchJob>((resolve) => parentPort?.once('message', resolve));
await run(job);
