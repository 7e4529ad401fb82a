// Pagefind's index of the article and event pages. Each page's search document
// is written here from the site data, not taken from the rendered page: so the
// index can be built by Pagefind's own process while Eleventy renders, and no
// rendered page is held in memory.
// The documents are split by a hash of their URL into shards, one Pagefind
// bundle each, which the search page merges: after one article changes, only
// its shard is indexed again. Every language shares the shards, so that one
// search box finds Russian and Ukrainian text alike; Russian stemming suits
// both better than none.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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
  return `<html lang="en"><body><article data-pagefind-body data-pagefind-meta="date:${event.date}"><h1>${escapeXml(event.title)}</h1><p lang="ru">${escapeXml(event.localTitles.ru)}</p><p lang="uk">${escapeXml(event.localTitles.uk)}</p>${people ? `<p>${people}</p>` : ''}<ul>${titles.join('')}</ul>${quotes.join('')}</article></body></html>`;
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

/** A URL path as a folder under `root`: "/pagefind/3/" → "<root>/pagefind/3". */
export function folderForUrl(root: string, url: string): string {
  return path.join(root, ...url.split('/').filter(Boolean));
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
    // Hashed as UTF-16 code units: cheaper than transcoding Cyrillic to UTF-8.
    for (const { url, html } of group) hash.update(url, 'utf16le').update('\0').update(html(), 'utf16le').update('\0');
    return { url: `/pagefind/${number}/`, key: hash.digest('base64url'), documents: () => group.map((source) => ({ url: source.url, html: source.html() })) };
  });
  const filled = shards.filter((_, number) => (groups[number]?.length ?? 0) > 0);
  return filled.length > 0 ? filled : shards.slice(0, 1);
}

/**
 * What the search thread is sent: each shard with its documents, the folder to
 * write them to and the folder its bundle goes under; then the end of the job.
 * A message a shard, so that no side holds every document at once.
 */
export type SearchMessage = { kind: 'shard'; url: string; documents: SearchDocument[]; folder: string; output: string } | { kind: 'end' };

/** A search thread and how it ends: fulfilled when it exits cleanly, rejected on an error or when stopped. */
interface SearchThread {
  worker: Worker;
  ended: Promise<void>;
}

/**
 * Starts a thread running src/search-worker.ts, which waits for its shards;
 * `running` holds it until it ends. Node 20 does not hand the `--import tsx`
 * hooks on to worker threads, so the thread registers tsx itself.
 */
function startSearchThread(running: Set<Worker>): SearchThread {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./search-worker.ts', import.meta.url).href);
  const worker = new Worker(`import(${tsx}).then((api) => { api.register(); return import(${entry}); })`, { eval: true });
  running.add(worker);
  const ended = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => {
      running.delete(worker);
      if (code === 0) resolve();
      else reject(new Error(`search index: stopped with code ${code}`));
    });
  });
  // Awaited by whoever gives the thread a job; until then a failure must not count as unhandled.
  ended.catch(() => undefined);
  return { worker, ended };
}

const SCRATCH_PREFIX = 'coalition-search-';
const SCRATCH_OWNER = new RegExp(`^${SCRATCH_PREFIX}(\\d+)-`);
/** Linux's memory-backed folder for short-lived files. */
const MEMORY_FOLDER = '/dev/shm';

/** Whether a process with this id is running (or is someone else's, which we may not signal). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the search folders under `root` whose process no longer runs: builds killed outright. */
function removeStaleFolders(root: string): void {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    const owner = SCRATCH_OWNER.exec(entry)?.[1];
    if (owner && !isRunning(Number(owner))) rmSync(path.join(root, entry), { recursive: true, force: true });
  }
}

/**
 * A new folder for the search documents, named after this process. Thousands of
 * small files are written there and deleted within the build, so a
 * memory-backed folder is preferred where there is one: on disk, creating and
 * deleting them costs a second or two of system time.
 */
export function scratchFolder(): string {
  const name = `${SCRATCH_PREFIX}${process.pid}-`;
  removeStaleFolders(MEMORY_FOLDER);
  removeStaleFolders(tmpdir());
  try {
    return mkdtempSync(path.join(MEMORY_FOLDER, name));
  } catch {
    return mkdtempSync(path.join(tmpdir(), name));
  }
}

export class SearchIndexer {
  private ready: SearchThread | null = null;
  private finished: Promise<void> | null = null;
  /** This indexer's threads, waiting or working, until they end. */
  private readonly running = new Set<Worker>();

  /**
   * Starts the thread before its job is known: loading it takes about half a
   * second, which then passes while the site is planned. A thread still
   * waiting does not keep the process alive.
   */
  prepare(): void {
    if (this.ready) return;
    this.ready = startSearchThread(this.running);
    this.ready.worker.unref();
  }

  /**
   * Starts indexing the shards on the search thread, which writes each
   * shard's bundle under `output`; returns at once.
   */
  start(shards: readonly SearchShard[], output: string): void {
    const thread = this.ready ?? startSearchThread(this.running);
    this.ready = null;
    thread.worker.ref();
    const scratch = scratchFolder();
    for (const [number, shard] of shards.entries()) {
      const message: SearchMessage = { kind: 'shard', url: shard.url, documents: shard.documents(), folder: path.join(scratch, String(number)), output };
      thread.worker.postMessage(message);
    }
    const end: SearchMessage = { kind: 'end' };
    thread.worker.postMessage(end);
    // Also after a failure or when stopped: the documents go with the thread.
    this.finished = thread.ended.finally(() => rmSync(scratch, { recursive: true, force: true }));
    // Awaited in finish(); until then a failure must not count as unhandled.
    this.finished.catch(() => undefined);
  }

  /** Waits until every bundle is written. */
  async finish(): Promise<void> {
    if (!this.finished) throw new Error('search index: finish() before start()');
    const finished = this.finished;
    this.finished = null;
    await finished;
  }

  /** Stops this indexer's threads, waiting or working: after a failed build, none may write into its folder. */
  async close(): Promise<void> {
    await Promise.all([...this.running].map((worker) => worker.terminate()));
  }
}
