// Shared by the end-to-end tests: run the real CLI, walk the built site.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `src/cli.ts` exactly as `npm run build` does. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

const madeFolders: string[] = [];
// Each test file runs in its own process: its scratch folders go when it ends.
process.once('exit', () => {
  for (const folder of madeFolders) rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder in the system temp folder, removed when the test process exits. */
export async function tempDir(name: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), `${name}-`));
  madeFolders.push(folder);
  return folder;
}

/** Every file under `dir`, relative, `/`-separated, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function readText(dir: string, file: string): Promise<string> {
  return readFile(path.join(dir, file), 'utf8');
}

/** Local links of a page: href and src values that are not external, mail or fragment-only. */
export function localLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((match) => (match[1] ?? '').replace(/&amp;/g, '&'))
    .filter((url) => !/^(?:[a-z]+:|\/\/|#)/i.test(url));
}

/** The file a site path is served from, or null when nothing is there. */
export function fileForUrl(url: string, prefix: string, files: ReadonlySet<string>): string | null {
  const clean = url.split('#')[0]?.split('?')[0] ?? '';
  if (!clean.startsWith(prefix)) return null;
  const relative = decodeURI(clean.slice(prefix.length));
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => files.has(candidate)) ?? null;
}

/** Broken internal links of a whole built site, as "page -> link". */
export async function brokenLinks(dir: string, prefix: string): Promise<string[]> {
  const files = await listFiles(dir);
  const set = new Set(files);
  const broken: string[] = [];
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    for (const link of localLinks(await readText(dir, file))) {
      if (!link.startsWith('/')) {
        broken.push(`${file} -> ${link} (relative link)`);
        continue;
      }
      if (fileForUrl(link, prefix, set) === null) broken.push(`${file} -> ${link}`);
    }
  }
  return broken;
}

/** The one page allowed to run scripts: Pagefind's UI and our starter, both files of the site. */
export const SEARCH_PAGE = 'search/index.html';
const SEARCH_SCRIPTS = /<script src="[^"]*\/(pagefind\/\d+\/pagefind-ui|assets\/search)\.js"><\/script>/g;

/** The first script element that is not JSON-LD data (nor, on the search page, the search scripts); null when none. */
export function unexpectedScript(html: string, file: string): string | null {
  const allowed = file === SEARCH_PAGE ? html.replace(SEARCH_SCRIPTS, '') : html;
  return /<script(?! type="application\/ld\+json">)[^>]*>/i.exec(allowed)?.[0] ?? null;
}

/**
 * Every file's name and a short hash of its bytes under `dir`, one line each:
 * equal listings, byte-identical trees, and an assertion's diff names the files that differ.
 */
export async function hashTree(dir: string): Promise<string> {
  const lines: string[] = [];
  for (const file of await listFiles(dir)) {
    lines.push(`${file} ${createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex').slice(0, 16)}`);
  }
  return lines.join('\n');
}

/** An input file made from text, as `listInputFiles` would hand it to the pipeline. */
export function inputFile(name: string, text: string): { file: string; bytes: Uint8Array } {
  return { file: name, bytes: new TextEncoder().encode(text) };
}
