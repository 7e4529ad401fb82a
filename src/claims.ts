// Figures an article states about the story: how many countries take part, how
// many troops, which sanctions package. Events put them side by side, so that a
// reader sees where the sources disagree.
import { sentenceAt, sentenceSpans } from './clean.ts';
import { wordStarts } from './letters.ts';
import type { Claim, ClaimKind, ClaimQualifier } from './model.ts';

const QUALIFIERS: ReadonlyArray<[ClaimQualifier, RegExp]> = [
  ['more-than', /^(более|свыше|больше|боле|понад|більше|більш ніж|щонайменше|не менее|не менше|more than|over|at least)$/iu],
  ['about', /^(около|порядка|почти|примерно|близько|майже|приблизно|about|nearly|around|almost|some)$/iu],
  ['up-to', /^(до|up to)$/iu],
];
const QUALIFIER = '(более|свыше|больше|понад|більше|більш ніж|щонайменше|не менее|не менше|more than|over|at least|около|порядка|почти|примерно|близько|майже|приблизно|about|nearly|around|almost|some|до|up to)';

const COUNTRY_NOUN = '(?:стран|країн|государств|держав|countries|nations|states)';
const TROOP_NOUN = '(?:солдат|военных|военнослужащих|військових|солдатів|бійців|миротворц\\p{L}*|troops|soldiers|personnel)';
const PACKAGE_NOUN = '(?:пакет\\p{L}*|sanctions package|package of sanctions)';

// Each pattern matches at word starts only, and its figure begins with an ASCII
// digit: they are run with numberMatches. Its noun, looked for first, rules most
// texts out at once.
const PATTERNS: ReadonlyArray<[ClaimKind, RegExp, RegExp]> = [
  [
    'countries',
    new RegExp(`(?:${QUALIFIER}\\s+)?(\\d{1,3})(?:-?(?:ти|ми|х|и|ї))?\\s+(?:\\p{L}+\\s+)?${COUNTRY_NOUN}(?![\\p{L}])`, 'iuy'),
    new RegExp(COUNTRY_NOUN, 'iu'),
  ],
  [
    'troops',
    new RegExp(`(?:${QUALIFIER}\\s+)?(\\d{1,3}(?:[.,]\\d)?)\\s*(тысяч|тыс\\.|тисяч|тис\\.|thousand)?\\s+(?:\\p{L}+\\s+)?${TROOP_NOUN}(?![\\p{L}])`, 'iuy'),
    new RegExp(TROOP_NOUN, 'iu'),
  ],
  [
    'sanctions-package',
    new RegExp(`()(\\d{1,2})(?:-?(?:й|го|му|м|ий|ого|th|st|nd|rd))?\\s+${PACKAGE_NOUN}(?:\\s+(?:санкц|sanction)\\p{L}*)?`, 'iuy'),
    new RegExp(PACKAGE_NOUN, 'iu'),
  ],
];

const LONGEST_QUALIFIER = Math.max(...QUALIFIER.slice(1, -1).split('|').map((word) => word.length));
const isSpace = (char: string | undefined): boolean => char !== undefined && /^\s$/u.test(char);

/**
 * The matches of a sticky `pattern` (an optional qualifier, white space, then a
 * figure that begins with an ASCII digit) at word starts, left to right and not
 * overlapping: what a scan of the whole text would find, where the scan tried
 * the qualifier alternation at nearly every letter. Every match holds its figure
 * at a word start that is a digit, and its qualifier, if any, ends where the
 * white space before that digit begins; so only those few places are tried,
 * the qualifier's possible starts (leftmost first) before the digit itself.
 */
function* numberMatches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const starts = wordStarts(text);
  let end = 0;
  let first = 0;
  for (const digit of starts) {
    const code = text.charCodeAt(digit);
    if (code < 0x30 || code > 0x39 || digit < end) continue;
    let space = digit;
    while (space > end && isSpace(text[space - 1])) space--;
    const candidates: number[] = [];
    if (space < digit) {
      while (first < starts.length && (starts[first] as number) < space - LONGEST_QUALIFIER) first++;
      for (let k = first; k < starts.length && (starts[k] as number) < space; k++) {
        const start = starts[k] as number;
        if (start >= end) candidates.push(start);
      }
    }
    candidates.push(digit);
    for (const start of candidates) {
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (!match) continue;
      end = start + Math.max(1, match[0].length);
      yield match;
      break;
    }
  }
}

function qualifierOf(word: string | undefined): ClaimQualifier {
  if (!word) return 'exactly';
  return QUALIFIERS.find(([, pattern]) => pattern.test(word))?.[0] ?? 'exactly';
}

export function findClaims(text: string): Claim[] {
  const sentences = sentenceSpans(text);
  const claims: Claim[] = [];
  for (const [kind, pattern, noun] of PATTERNS) {
    if (!noun.test(text)) continue;
    for (const match of numberMatches(pattern, text)) {
      const [surface, qualifier, number, thousands] = match;
      if (number === undefined) continue;
      let value = Number(number.replace(',', '.'));
      if (kind === 'troops' && thousands) value *= 1000;
      if (kind === 'sanctions-package' && !/санкц|sanction/iu.test(surface)) continue;
      if (!Number.isFinite(value) || value <= 0) continue;
      const start = match.index ?? 0;
      claims.push({ kind, value, qualifier: qualifierOf(qualifier), text: surface, start, end: start + surface.length, sentence: sentenceAt(sentences, start) });
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

/** Whether two statements of the same figure can both be true ("более 30" and "34" can; "34" and "26" cannot). */
export function compatible(a: Pick<Claim, 'value' | 'qualifier'>, b: Pick<Claim, 'value' | 'qualifier'>): boolean {
  const range = (claim: Pick<Claim, 'value' | 'qualifier'>): [number, number] => {
    switch (claim.qualifier) {
      case 'more-than':
        return [claim.value, Infinity];
      case 'up-to':
        return [0, claim.value];
      case 'about':
        return [claim.value * 0.9, claim.value * 1.1];
      default:
        return [claim.value, claim.value];
    }
  };
  const [a1, a2] = range(a);
  const [b1, b2] = range(b);
  return a1 <= b2 && b1 <= a2;
}
