// Stage 1: find the article files, read them, and split each into metadata and body.
// `listInputFiles` is the only part that touches the file system; `parseArticleFile`
// is pure, so tests can feed it any bytes.
import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import * as yaml from 'js-yaml';
import { parseIsoDate } from './calendar.ts';
import { readTimestampLine } from './timestamps.ts';
import { decodeBytes, normaliseLineEnds } from './decode.ts';
import type { FrontMatter, InputFormat, RawArticle, Rejection, Warning } from './model.ts';

export interface InputFile {
  /** Path relative to the input folder, `/`-separated. */
  file: string;
  bytes: Uint8Array;
}

export interface IngestOptions {
  /** Files larger than this are refused. */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const FORMATS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  // A saved web page: the cleaning stage reads its text out of the markup.
  '.html': 'text',
  '.htm': 'text',
};

export interface InputListing {
  files: InputFile[];
  rejected: Rejection[];
}

/**
 * Reads every article under `root`, recursively, in a stable order. Hidden files
 * and folders are skipped; files of other types, links leading out of `root`
 * and oversized files are listed as rejected, never silently dropped.
 * Synchronous: nothing else waits meanwhile, and each asynchronous call is a
 * round trip to Node's thread pool (4,000 files: 0.5 s, against 0.12 s).
 */
export function listInputFiles(root: string, options: IngestOptions): InputListing {
  const realRoot = realpathSync(root);
  const files: InputFile[] = [];
  const rejected: Rejection[] = [];

  /** What one folder entry turns out to be: an article's bytes, a refusal, a folder to enter, or nothing. */
  type Found = { input: InputFile } | { rejection: Rejection } | { folder: string } | null;

  function examine(dir: string, entry: Dirent): Found {
    if (entry.name.startsWith('.')) return null;
    const absolute = path.join(dir, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    const linked = entry.isSymbolicLink();
    let target = absolute;
    if (linked) {
      const resolved = resolvedLink(absolute);
      if (resolved === null) return { rejection: { file: relative, reason: 'broken symbolic link' } };
      if (resolved !== realRoot && !resolved.startsWith(realRoot + path.sep)) {
        return { rejection: { file: relative, reason: 'symbolic link leads outside the input folder; not followed' } };
      }
      target = resolved;
    }
    const targetInfo = statSync(target);
    // A link to a folder inside the input is read where it really lives, not twice.
    if (targetInfo.isDirectory()) return linked ? null : { folder: absolute };
    if (!targetInfo.isFile()) return { rejection: { file: relative, reason: 'not a regular file' } };
    const extension = path.extname(entry.name).toLowerCase();
    if (!(extension in FORMATS)) {
      return { rejection: { file: relative, reason: `unsupported file type "${extension || '(none)'}"; articles are .txt, .md or .html` } };
    }
    if (targetInfo.size > options.maxBytes) {
      return { rejection: { file: relative, reason: `file is ${targetInfo.size} bytes, over the limit of ${options.maxBytes}` } };
    }
    return { input: { file: relative, bytes: readFileSync(target) } };
  }

  function walk(dir: string): void {
    const entries = readdirSync(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const item = examine(dir, entry);
      if (item === null) continue;
      if ('input' in item) files.push(item.input);
      else if ('rejection' in item) rejected.push(item.rejection);
      else walk(item.folder);
    }
  }

  walk(root);
  return { files, rejected };
}

/** Where a symbolic link leads, or null when it leads nowhere. */
function resolvedLink(link: string): string | null {
  try {
    return realpathSync(link);
  } catch {
    return null;
  }
}

// ` date 2025-09-04 ` at the very start of a stored page; the article text may
// follow on the same line.
const DATE_HEADER = /^\s?date\s+(\S+)[ \t]*/;

/** Decodes one file and splits it into metadata and body. */
export function parseArticleFile(input: InputFile): RawArticle | Rejection {
  const { file } = input;
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) return { file, reason: decoded.reason };
  const warnings: Warning[] = [];
  // A byte-order mark makes UTF-16 unambiguous; a legacy code page was a guess, so say so.
  if (decoded.encoding === 'Windows-1251' || decoded.encoding === 'KOI8-R') {
    warnings.push({ file, message: `decoded as ${decoded.encoding}; please save articles as UTF-8` });
  }
  const text = normaliseLineEnds(decoded.text);
  if (text.trim() === '') return { file, reason: 'empty file' };

  const extension = path.extname(file).toLowerCase();
  const format = FORMATS[extension] ?? 'text';
  return format === 'markdown' ? parseMarkdown(file, text, warnings) : parsePlainText(file, text, warnings);
}

function parsePlainText(file: string, text: string, warnings: Warning[]): RawArticle | Rejection {
  let body = text;
  let headerDate: string | null = null;
  const header = DATE_HEADER.exec(text);
  if (header && header[1] !== undefined) {
    if (!parseIsoDate(header[1])) {
      return { file, line: 1, reason: `date header "${header[1]}" is not a calendar day (expected YYYY-MM-DD)` };
    }
    headerDate = header[1];
    body = text.slice(header[0].length);
  }
  if (body.trim() === '') return { file, reason: 'no article text after the date header' };
  return { file, format: 'text', meta: {}, headerDate, body, warnings };
}

const FENCE = /^---[ \t]*$/;

function parseMarkdown(file: string, text: string, warnings: Warning[]): RawArticle | Rejection {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { file, format: 'markdown', meta: {}, headerDate: null, body: text, warnings };
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) return { file, line: 1, reason: 'front matter opened with "---" on line 1 is never closed' };

  let data: unknown;
  let body: string;
  try {
    ({ data, content: body } = readFrontMatter(text));
  } catch (error) {
    const mark = error instanceof yaml.YAMLException ? error.mark : undefined;
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const failed = { file, line: mark ? mark.line + 2 : 1, reason: `front matter is not valid YAML: ${reason}` };
    // "title: Рютте: НАТО не войдет в миссию" is the commonest slip: a colon inside an unquoted value. Read such a
    // line as the editor meant it, and say so; anything else wrong stays a rejection.
    const quoted = quoteColonValues(lines, closing);
    if (quoted.lines.length === 0) return failed;
    try {
      ({ data, content: body } = readFrontMatter(quoted.text));
    } catch {
      return failed;
    }
    for (const line of quoted.lines) {
      warnings.push({ file, line, message: 'front matter value has a colon but no quotes; read as one text (put it in quotes to say so)' });
    }
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { file, line: 2, reason: 'front matter must be a set of "key: value" lines' };
  }

  const meta: FrontMatter = {};
  const record = data as Record<string, unknown>;
  const lineOf = (key: string): number => {
    const index = lines.slice(1, closing).findIndex((line) => line.startsWith(`${key}:`));
    return index === -1 ? 1 : index + 2;
  };
  // The key each field was read from, for the line of a message: "published" stands for "date" too.
  const written = new Map<keyof FrontMatter, string>();
  for (const key of ['title', 'date', 'lang', 'source', 'url', 'slug'] as const) {
    const name = [key, ...(FRONT_MATTER_ALIASES[key] ?? [])].find((candidate) => record[candidate] !== undefined && record[candidate] !== null);
    if (name === undefined) continue;
    const value = record[name];
    if (typeof value !== 'string' && typeof value !== 'number') {
      return { file, line: lineOf(name), reason: `front matter "${name}" must be text` };
    }
    meta[key] = String(value).trim();
    written.set(key, name);
  }
  const lineOfField = (key: keyof FrontMatter): number => lineOf(written.get(key) ?? key);
  if (meta.date !== undefined && !parseIsoDate(meta.date)) {
    // Blog engines write timestamps ("2026-01-06T23:30:00-05:00") and editors write dates ("6 января 2026"):
    // the day as written is the publication day, whatever the offset.
    const day = readTimestampLine(meta.date)?.published;
    if (!day) {
      return { file, line: lineOfField('date'), reason: `front matter ${written.get('date') ?? 'date'} "${meta.date}" is not a calendar day (expected YYYY-MM-DD, a timestamp such as 2025-09-04T18:40:00+02:00, or 4 сентября 2025)` };
    }
    meta.date = day;
  }
  // "uk", "UK", "uk-UA", "ru_RU": the language part of a locale.
  if (meta.lang !== undefined && !/^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(meta.lang)) {
    return { file, line: lineOfField('lang'), reason: `front matter ${written.get('lang') ?? 'lang'} "${meta.lang}" is not a two-letter ISO 639-1 code` };
  }
  if (meta.lang !== undefined) meta.lang = meta.lang.slice(0, 2).toLowerCase();
  // The address becomes a link: only web addresses, never javascript: or data:.
  if (meta.url !== undefined && !/^https?:\/\/[^\s<>"]+$/i.test(meta.url)) {
    warnings.push({ file, line: lineOfField('url'), message: `front matter ${written.get('url') ?? 'url'} "${meta.url}" is not an http(s) address; ignored` });
    delete meta.url;
  }
  if (body.trim() === '') return { file, reason: 'no article text after the front matter' };
  return { file, format: 'markdown', meta, headerDate: null, body, warnings };
}

function readFrontMatter(text: string): { data: unknown; content: string } {
  // JSON schema: dates stay strings (no time zone, no silent roll-over of "2025-02-30").
  return matter(text, { engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.JSON_SCHEMA }) as object } });
}

// A top-level "key: value" whose plain (unquoted, unstructured) value holds ": " again.
const COLON_IN_VALUE = /^([A-Za-z_][\w-]*):[ \t]+([^\s"'\[{|>&*!%@`#][^#]*?:[ \t].*?)[ \t]*$/;

/** The file with each front-matter value that holds ": " put in double quotes, and the lines (1-based) so changed. */
function quoteColonValues(lines: readonly string[], closing: number): { text: string; lines: number[] } {
  const changed: number[] = [];
  const repaired = lines.map((line, index) => {
    const match = index > 0 && index < closing ? COLON_IN_VALUE.exec(line) : null;
    if (!match) return line;
    changed.push(index + 1);
    return `${match[1]}: ${JSON.stringify(match[2])}`;
  });
  return { text: repaired.join('\n'), lines: changed };
}

/** Other names blog engines and editors give the fields: Hugo's and Jekyll's "publishDate", "language", a "link". */
const FRONT_MATTER_ALIASES: Partial<Record<keyof FrontMatter, readonly string[]>> = {
  date: ['published', 'publishDate', 'pubDate', 'date_published'],
  lang: ['language', 'locale'],
  source: ['publisher', 'outlet'],
  url: ['link', 'source_url'],
};

export function isRejection(value: RawArticle | Rejection): value is Rejection {
  return 'reason' in value;
}
