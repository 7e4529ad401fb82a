// Article bodies as safe HTML. Markdown goes through unified: remark-parse →
// remark-rehype → rehype-sanitize → rehype-stringify. Plain-text paragraphs are
// written out directly with all their text escaped (no Markdown syntax is read
// into them).
import type { Root } from 'hast';
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import { isHeadline } from './clean.ts';
import { isTimestampLine } from './timestamps.ts';
import { markdownLibraries } from './markdown.ts';
import type { MentionedDate, Paragraph } from './model.ts';

/** The Markdown processors, made the first time a Markdown article is rendered. */
function makeProcessors() {
  const { unified, remarkParse, remarkRehype, rehypeRaw, rehypeSanitize, defaultSchema, rehypeStringify } = markdownLibraries();
  // GitHub's sanitising rules (no scripts, no event handlers, links and images only
  // over http(s) or mailto), plus <time>, minus form inputs. Elements whose content
  // is code or an embedded document go with their content.
  const schema: SanitizeSchema = {
    ...defaultSchema,
    tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'time'],
    strip: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'frame', 'frameset', 'applet'],
  };
  return {
    // Raw HTML in Markdown is parsed (rehype-raw) and then sanitised, so harmless markup
    // survives and everything else is removed.
    markdown: unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize, schema).use(rehypeStringify),
    tree: unified().use(rehypeSanitize, schema).use(rehypeStringify),
  };
}

let processors: ReturnType<typeof makeProcessors> | null = null;
const markdownProcessors = (): ReturnType<typeof makeProcessors> => (processors ??= makeProcessors());

/** Text as HTML character data: the two characters that could open markup or a reference, as hast-util-to-html writes them. */
function escapeText(text: string): string {
  return text.replace(/[&<]/g, (char) => (char === '&' ? '&#x26;' : '&#x3C;'));
}

/** A paragraph's text with each mentioned date wrapped in `<time datetime>`. */
function paragraphContent(paragraph: Paragraph, dates: readonly MentionedDate[]): string {
  let html = '';
  let cursor = paragraph.start;
  const inside = dates
    .filter((date) => date.start >= paragraph.start && date.end <= paragraph.end)
    .sort((a, b) => a.start - b.start);
  for (const date of inside) {
    if (date.start < cursor) continue;
    if (date.start > cursor) html += escapeText(paragraph.text.slice(cursor - paragraph.start, date.start - paragraph.start));
    html += `<time datetime="${date.date}">${escapeText(date.text)}</time>`;
    cursor = date.end;
  }
  if (cursor < paragraph.end) html += escapeText(paragraph.text.slice(cursor - paragraph.start));
  return html;
}

/**
 * Plain-text paragraphs as HTML, written directly: every character of the text
 * is escaped and the only tags and attributes are these few of our own, so
 * there is nothing for a sanitiser to remove (and running one over a built
 * tree cost as much as the rest of the timeline stage on a rebuild).
 */
export function renderPlainText(paragraphs: readonly Paragraph[], dates: readonly MentionedDate[] = []): string {
  const parts: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const dateline = isTimestampLine(paragraph.text);
    // A short line without closing punctuation inside the story is a subheading of the page it came from.
    const next = paragraphs[index + 1];
    const tagName = next && !dateline && paragraph.text.length <= 100 && isHeadline(paragraph.text) && /\s/.test(paragraph.text) ? 'h2' : 'p';
    const lang = paragraph.language ? ` lang="${paragraph.language}"` : '';
    parts.push(`<${tagName}${lang}${dateline ? ' class="dateline"' : ''}>${paragraphContent(paragraph, dates)}</${tagName}>`);
  });
  return parts.join('\n');
}

export function renderMarkdown(markdown: string): string {
  return String(markdownProcessors().markdown.processSync(markdown));
}

/** Markdown blocks rendered one by one, so that a block in another language carries its own `lang`. */
function renderMarkdownBlocks(paragraphs: readonly Paragraph[]): string {
  const { markdown, tree: treeProcessor } = markdownProcessors();
  const root: Root = { type: 'root', children: [] };
  for (const paragraph of paragraphs) {
    const tree = markdown.runSync(markdown.parse(paragraph.markdown ?? paragraph.text)) as Root;
    for (const child of tree.children) {
      if (child.type === 'element' && paragraph.language) child.properties = { ...child.properties, lang: paragraph.language };
      if (child.type === 'element' || child.type === 'text') root.children.push(child);
    }
    root.children.push({ type: 'text', value: '\n' });
  }
  return treeProcessor.stringify(root).trimEnd();
}

export function renderBody(format: 'text' | 'markdown', paragraphs: readonly Paragraph[], dates: readonly MentionedDate[]): string {
  return format === 'markdown' ? renderMarkdownBlocks(paragraphs) : renderPlainText(paragraphs, dates);
}
