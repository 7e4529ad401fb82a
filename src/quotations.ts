// Direct speech set off by quotation marks. Its "today" is the day the words were said, which a report written
// the day after is not; the dates stage reads it so.
import type { Span } from './model.ts';

// What closes each mark: «…» (with „…“ or «…» inside), “…”, „…“ or „…”, and straight "…".
const CLOSERS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“”', '"': '"' };
// The marks and the paragraph breaks, found by one scan rather than a look at every character.
const MARK = /[«»“”„"]|\n\n/g;

/**
 * The outermost quotations of `text` holding at least `minWords` words: a quoted name («Сегодня», "Tuesday Group") is
 * no speech. A quotation runs within one paragraph; marks left open at a paragraph's end are dropped.
 */
export function quotationSpans(text: string, minWords = 3): Span[] {
  const spans: Span[] = [];
  const open: string[] = [];
  let start = 0;
  for (const found of text.matchAll(MARK)) {
    const mark = found[0];
    const at = found.index;
    if (mark === '\n\n') {
      open.length = 0;
      continue;
    }
    const closers = open.at(-1);
    if (closers !== undefined && closers.includes(mark)) {
      open.pop();
      if (open.length === 0 && text.slice(start, at).trim().split(/\s+/).length >= minWords) spans.push({ start, end: at + 1 });
      continue;
    }
    const closer = CLOSERS[mark];
    if (closer === undefined) continue;
    if (open.length === 0) start = at;
    open.push(closer);
  }
  return spans;
}

/** True when `span` lies inside one of `quotations`. */
export function isQuoted(span: Span, quotations: readonly Span[]): boolean {
  return quotations.some((quotation) => quotation.start < span.start && span.end <= quotation.end);
}
