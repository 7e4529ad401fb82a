// The Markdown libraries (micromark, mdast, unified with remark and rehype),
// loaded the first time an article is Markdown. Loading them takes about half
// a second, paid by every build, and a folder of plain-text articles never
// needs them. A synchronous require() of ES modules (Node 20.19 and later)
// keeps the stages synchronous.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface MarkdownLibraries {
  fromMarkdown: typeof import('mdast-util-from-markdown').fromMarkdown;
  toString: typeof import('mdast-util-to-string').toString;
  unified: typeof import('unified').unified;
  remarkParse: typeof import('remark-parse').default;
  remarkRehype: typeof import('remark-rehype').default;
  rehypeRaw: typeof import('rehype-raw').default;
  rehypeSanitize: typeof import('rehype-sanitize').default;
  defaultSchema: typeof import('rehype-sanitize').defaultSchema;
  rehypeStringify: typeof import('rehype-stringify').default;
}

/** The libraries; Node's module cache makes every call after the first cheap. */
export function markdownLibraries(): MarkdownLibraries {
  const sanitize = require('rehype-sanitize') as typeof import('rehype-sanitize');
  return {
    fromMarkdown: (require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown')).fromMarkdown,
    toString: (require('mdast-util-to-string') as typeof import('mdast-util-to-string')).toString,
    unified: (require('unified') as typeof import('unified')).unified,
    remarkParse: (require('remark-parse') as typeof import('remark-parse')).default,
    remarkRehype: (require('remark-rehype') as typeof import('remark-rehype')).default,
    rehypeRaw: (require('rehype-raw') as typeof import('rehype-raw')).default,
    rehypeSanitize: sanitize.default,
    defaultSchema: sanitize.defaultSchema,
    rehypeStringify: (require('rehype-stringify') as typeof import('rehype-stringify')).default,
  };
}
