// Article bodies as sanitised HTML, through unified: Markdown goes
// remark-parse → remark-rehype → rehype-sanitize → rehype-stringify; plain-text
// paragraphs are built as HTML trees directly (no Markdown syntax is read into
// them) and go through the same sanitiser and serialiser.
import type { Element, ElementContent, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { isHeadline, TIMESTAMP_ONLY } from './clean.ts';
import type { MentionedDate, Paragraph } from './model.ts';

// GitHub's sanitising rules (no scripts, no event handlers, links and images only
// over http(s) or mailto), plus <time> for mentioned dates, minus form inputs.
// Elements whose content is code or an embedded document go with their content.
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'time'],
  // Our own class for datelines only; classes from Markdown are still dropped.
  attributes: { ...defaultSchema.attributes, p: [...(defaultSchema.attributes?.p ?? []), ['className', 'dateline']] },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'frame', 'frameset', 'applet'],
};

// Raw HTML in Markdown is parsed (rehype-raw) and then sanitised, so harmless markup
// survives and everything else is removed.
const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);
const treeProcessor = unified().use(rehypeSanitize, schema).use(rehypeStringify);

/** A paragraph's text with each mentioned date wrapped in `<time datetime>`. */
function paragraphChildren(paragraph: Paragraph, dates: readonly MentionedDate[]): ElementContent[] {
  const children: ElementContent[] = [];
  let cursor = paragraph.start;
  const inside = dates
    .filter((date) => date.start >= paragraph.start && date.end <= paragraph.end)
    .sort((a, b) => a.start - b.start);
  for (const date of inside) {
    if (date.start < cursor) continue;
    if (date.start > cursor) children.push({ type: 'text', value: paragraph.text.slice(cursor - paragraph.start, date.start - paragraph.start) });
    children.push({
      type: 'element',
      tagName: 'time',
      properties: { dateTime: date.date },
      children: [{ type: 'text', value: date.text }],
    });
    cursor = date.end;
  }
  if (cursor < paragraph.end) children.push({ type: 'text', value: paragraph.text.slice(cursor - paragraph.start) });
  return children;
}

export function renderPlainText(paragraphs: readonly Paragraph[], dates: readonly MentionedDate[] = []): string {
  const root: Root = { type: 'root', children: [] };
  paragraphs.forEach((paragraph, index) => {
    const properties: Record<string, string> = paragraph.language ? { lang: paragraph.language } : {};
    if (TIMESTAMP_ONLY.test(paragraph.text)) properties.className = 'dateline';
    // A short line without closing punctuation inside the story is a subheading of the page it came from.
    const next = paragraphs[index + 1];
    const tagName = next && !properties.className && paragraph.text.length <= 100 && isHeadline(paragraph.text) && /\s/.test(paragraph.text) ? 'h2' : 'p';
    const element: Element = { type: 'element', tagName, properties, children: paragraphChildren(paragraph, dates) };
    if (index > 0) root.children.push({ type: 'text', value: '\n' });
    root.children.push(element);
  });
  return treeProcessor.stringify(treeProcessor.runSync(root));
}

export function renderMarkdown(markdown: string): string {
  return String(markdownProcessor.processSync(markdown));
}

/** Markdown blocks rendered one by one, so that a block in another language carries its own `lang`. */
function renderMarkdownBlocks(paragraphs: readonly Paragraph[]): string {
  const root: Root = { type: 'root', children: [] };
  for (const paragraph of paragraphs) {
    const tree = markdownProcessor.runSync(markdownProcessor.parse(paragraph.markdown ?? paragraph.text)) as Root;
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
