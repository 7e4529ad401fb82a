// Runs Pagefind for the search index on a thread of its own. Pagefind's
// answers arrive as events on the thread that asked; on Eleventy's thread they
// would wait until the whole site was rendered, so the index would start only
// then. Here it is built while Eleventy renders.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type MessagePort, parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { folderForUrl, type SearchDocument, type SearchMessage } from './search-index.ts';

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
    const folder = folderForUrl(output, url);
    for (const file of bundle.files) {
      const target = path.join(folder, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
  } finally {
    await index.deleteIndex();
    // Removed here rather than by the build: deleting thousands of files takes about a second, which Eleventy's thread can use.
    rmSync(documents, { recursive: true, force: true });
  }
}

/** Writes each document as `<url>index.html` under `folder`, the layout Pagefind reads URLs from. */
function writeDocuments(folder: string, documents: readonly SearchDocument[]): void {
  for (const { url, html } of documents) {
    const target = folderForUrl(folder, url);
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'index.html'), html);
  }
}

/** Indexes each shard as it comes; resolves once the job has ended and every shard is written. */
async function run(port: MessagePort): Promise<void> {
  const indexed: Array<Promise<void>> = [];
  try {
    await new Promise<void>((resolve) => {
      port.on('message', (message: SearchMessage) => {
        if (message.kind === 'end') {
          port.close();
          resolve();
          return;
        }
        // Pagefind reads a folder of pages many times faster than it takes them one message at a time.
        writeDocuments(message.folder, message.documents);
        const done = indexShard(message.url, message.folder, message.output);
        // Awaited below; a failure before then must not count as unhandled.
        done.catch(() => undefined);
        indexed.push(done);
      });
    });
    await Promise.all(indexed);
  } finally {
    await pagefind.close();
  }
}

if (!parentPort) throw new Error('search-worker.ts runs as a worker thread');
await run(parentPort);
