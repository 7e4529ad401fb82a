// Results of the per-article stages (decode through entities), kept between
// builds in `.cache/` and keyed by the file's name and bytes. The whole cache
// belongs to one fingerprint of the pipeline's code, data and dependencies:
// change any of them and the old results are ignored and removed.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import path from 'node:path';
import { joinParagraphs } from './clean.ts';
import type { InputFile } from './ingest.ts';
import { encodedInPieces } from './pieces.ts';
import type { CluedArticle, Rejection, Warning } from './model.ts';

export interface CachedResult {
  result: CluedArticle | Rejection;
  /** Warnings the stages raised for this file (not the ones that depend on the build day). */
  warnings: Warning[];
}

/** Results by key; remembers which keys this build used, so stale ones are dropped on save. */
export class PipelineCache {
  readonly fingerprint: string;
  private readonly entries: Map<string, CachedResult>;
  private readonly used = new Map<string, CachedResult>();
  /** Entries first computed in this build, in the order they came. */
  private readonly added: Array<[string, CachedResult]> = [];
  hits = 0;
  misses = 0;

  constructor(fingerprint: string, entries: Map<string, CachedResult> = new Map()) {
    this.fingerprint = fingerprint;
    this.entries = entries;
  }

  get(key: string): CachedResult | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.hits += 1;
      this.used.set(key, found);
    } else this.misses += 1;
    return found;
  }

  set(key: string, value: CachedResult): void {
    if (!this.entries.has(key)) this.added.push([key, value]);
    this.entries.set(key, value);
    this.used.set(key, value);
  }

  /** Entries this build used, and entries of earlier builds that it did not use. */
  get usedCount(): number {
    return this.used.size;
  }

  get unused(): number {
    return this.entries.size - this.used.size;
  }

  /** Entries first computed in this build. */
  addedEntries(): ReadonlyArray<[string, CachedResult]> {
    return this.added;
  }

  /** Whether saving would change the file: something new, or something no longer used. */
  get changed(): boolean {
    return this.misses > 0 || this.used.size !== this.entries.size;
  }

  /** The entries this build used, in a stable order. */
  usedEntries(): Array<[string, CachedResult]> {
    return [...this.used.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }
}

export function cacheKey(input: InputFile): string {
  return createHash('sha256').update(input.file).update('\0').update(input.bytes).digest('hex');
}

async function filesUnder(folder: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((entry) => pattern.test(entry)).map((entry) => path.join(folder, entry)).sort();
}

async function hashFiles(projectRoot: string, files: readonly string[], seed = ''): Promise<string> {
  const hash = createHash('sha256').update(seed).update('\0');
  for (const file of files) {
    hash.update(path.relative(projectRoot, file)).update('\0');
    hash.update(await readFile(file).catch(() => Buffer.alloc(0))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Hash of everything the per-article stages depend on: the modules and data
 * files in `src/`, and the locked dependency versions.
 */
export async function pipelineFingerprint(projectRoot: string): Promise<string> {
  return hashFiles(projectRoot, [...(await filesUnder(path.join(projectRoot, 'src'), /\.(ts|json)$/)), path.join(projectRoot, 'package-lock.json')]);
}

/** Hash of everything a rendered page depends on besides its data: the pipeline's files, the templates and the Eleventy configuration. */
export async function renderFingerprint(projectRoot: string): Promise<string> {
  const templates = await filesUnder(path.join(projectRoot, 'templates'), /\.[a-z0-9]+$/i);
  return hashFiles(projectRoot, [...templates, path.join(projectRoot, '.eleventy.ts')], await pipelineFingerprint(projectRoot));
}

// One entry a line (JSON Lines), read and written a piece at a time, never held
// whole as one string. The file is UTF-16LE, JavaScript's own string encoding:
// decoding it is a copy, where decoding UTF-8 with Cyrillic in it took four
// times as long (0.22 s at 4,000 articles), for a file half as large again.
const ENCODING = 'utf16le';

function cacheFile(folder: string, fingerprint: string): string {
  return path.join(folder, `pipeline-${fingerprint}.utf16le.jsonl`);
}

/** The cache for `fingerprint`; empty when there is none or it cannot be read (a cache is never an error). */
export async function openCache(folder: string, fingerprint: string): Promise<PipelineCache> {
  const entries = new Map<string, CachedResult>();
  try {
    // Pieces of a megabyte, decoded whole (a byte left over when a piece ends inside a
    // code unit waits for the next piece), split on newlines: JSON escapes those inside strings.
    let byte: Buffer = Buffer.alloc(0);
    let line = '';
    for await (const chunk of createReadStream(cacheFile(folder, fingerprint), { highWaterMark: 1 << 20 })) {
      const buffer: Buffer = byte.length > 0 ? Buffer.concat([byte, chunk as Buffer]) : (chunk as Buffer);
      const even = buffer.length - (buffer.length % 2);
      const lines = (line + buffer.toString(ENCODING, 0, even)).split('\n');
      line = lines.pop() ?? '';
      for (const whole of lines) addEntry(entries, whole);
      byte = buffer.subarray(even);
    }
    addEntry(entries, line);
  } catch {
    // No file, or one that cannot be read: start empty.
  }
  return new PipelineCache(fingerprint, entries);
}

/** One line of the cache file; a line that is not a whole entry (an append cut short) is passed over. */
function addEntry(entries: Map<string, CachedResult>, line: string): void {
  if (line === '') return;
  try {
    const parsed: unknown = JSON.parse(line);
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'object' && parsed[1] !== null) {
      const entry = parsed[1] as CachedResult;
      const { result } = entry;
      if ('paragraphs' in result && typeof result.text !== 'string') result.text = joinParagraphs(result.paragraphs);
      entries.set(parsed[0], entry);
    }
  } catch {
    // Not JSON: skipped.
  }
}

/** How the file ends: after a whole line, inside a line, or inside a code unit (an append cut short at an odd byte). */
async function fileEnd(file: string): Promise<'line' | 'inside line' | 'inside code unit'> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size % 2 === 1) return 'inside code unit';
    if (size === 0) return 'line';
    const last = Buffer.alloc(2);
    await handle.read(last, 0, 2, size - 2);
    return last.toString(ENCODING) === '\n' ? 'line' : 'inside line';
  } finally {
    await handle.close();
  }
}

/** An entry as a line; an article's text is left out when its paragraphs give it back (half the file). */
function entryLine([key, entry]: readonly [string, CachedResult]): string {
  const { result } = entry;
  if (!('paragraphs' in result) || result.text !== joinParagraphs(result.paragraphs)) return `${JSON.stringify([key, entry])}\n`;
  const { text: _text, ...stored } = result;
  return `${JSON.stringify([key, { ...entry, result: stored }])}\n`;
}

/**
 * Saves what this build computed. New entries are appended to the file while
 * the entries no build uses any more stay under a quarter of the used ones;
 * past that, the file is written again, atomically, with the used entries
 * alone, and caches of other fingerprints are removed.
 */
export async function saveCache(folder: string, cache: PipelineCache): Promise<void> {
  if (!cache.changed) return;
  await mkdir(folder, { recursive: true });
  const target = cacheFile(folder, cache.fingerprint);
  const exists = await stat(target).then((info) => info.isFile(), () => false);
  // An append cut short inside a code unit would shift every later line by a byte: such a file is written again.
  const end = exists ? await fileEnd(target) : null;
  if (exists && end !== 'inside code unit' && cache.unused * 4 <= cache.usedCount) {
    if (cache.addedEntries().length > 0) {
      // After an append cut short, the new lines start on a line of their own.
      const start = end === 'line' ? '' : '\n';
      await appendFile(target, start + cache.addedEntries().map(entryLine).join(''), ENCODING);
    }
    return;
  }
  const temporary = `${target}.${process.pid}.tmp`;
  const lines = function* (): Generator<string> {
    for (const entry of cache.usedEntries()) yield entryLine(entry);
  };
  await writeFile(temporary, Readable.from(encodedInPieces(lines(), ENCODING)));
  await rename(temporary, target);
  for (const entry of await readdir(folder)) {
    if (/^pipeline-[0-9a-f]+(\.utf16le)?\.jsonl?$/.test(entry) && path.join(folder, entry) !== target) await rm(path.join(folder, entry), { force: true });
  }
}
