// Types shared by every pipeline stage, the build script and the templates.
// Each stage takes the previous stage's value and returns a richer one, so a
// stage's input type says exactly what it may rely on.

/** A calendar day as `YYYY-MM-DD`. Never a Date: a Date carries a time zone. */
export type IsoDate = string;

/** ISO 639-1 code (`ru`, `uk`, `en`, …), or `und` when the text is too poor to tell. */
export type LanguageCode = string;

export type InputFormat = 'text' | 'markdown';

export type PublishedSource = 'header' | 'front-matter' | 'text' | 'inferred';

/** What the publication day was read from, for readers in their language. */
export interface PublishedBasis {
  rule: 'header' | 'front-matter' | 'metadata' | 'timestamp' | 'dateline' | 'today';
  /** The words the day was read from, as written, when they are in the text. */
  quote: string | null;
  /** Where a year the words did not give came from: the one year the text names, the event the article reports, or the middle of the collection's dates. */
  yearFrom: 'text' | 'event' | 'collection' | null;
}

/** Offsets into an article's cleaned text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Why a file did not become an article. */
export interface Rejection {
  file: string;
  reason: string;
  /** 1-based line in the file, where the problem has one. */
  line?: number;
}

/** Something the build noticed about an article it still published. */
export interface Warning {
  file: string;
  message: string;
  line?: number;
}

/** Metadata an editor may set in Markdown front matter. All optional. */
export interface FrontMatter {
  title?: string;
  date?: IsoDate;
  lang?: LanguageCode;
  source?: string;
  url?: string;
  slug?: string;
}

/** Stage 1 (ingest): a file read, decoded and split into metadata and body. */
export interface RawArticle {
  /** Path relative to the input folder, with `/` separators. */
  file: string;
  format: InputFormat;
  meta: FrontMatter;
  /** Date from the plain-text ` date YYYY-MM-DD` header, if present. */
  headerDate: IsoDate | null;
  /** The body with header or front matter removed; line ends normalised to `\n`. */
  body: string;
  warnings: Warning[];
}

/** A piece of text removed by cleaning, and the rule that removed it. */
export interface Removal {
  rule: string;
  text: string;
}

/** A paragraph of the cleaned text, with its place in `CleanArticle.text`. */
export interface Paragraph extends Span {
  text: string;
  /** Markdown source of the paragraph block, for Markdown input; null for plain text. */
  markdown: string | null;
  /** The paragraph's language where it differs from the article's (a quoted tweet, an English statement); else null. */
  language: LanguageCode | null;
}

/** Stage 2 (clean): chrome removed, text normalised, title found. */
export interface CleanArticle extends RawArticle {
  title: string;
  /** Whether the title was the article's own headline (else cut from the first sentence). */
  titleIsHeadline: boolean;
  /** A few opening sentences for lists and feeds. */
  summary: string;
  /** Paragraphs after the headline, joined by blank lines into `text`. */
  paragraphs: Paragraph[];
  text: string;
  removed: Removal[];
}

export interface LanguageGuess {
  language: LanguageCode;
  /** How the decision was made: `front-matter`, `letters`, `franc`, … */
  basis: string;
}

/** Stage 3 (language). */
export interface LanguageTaggedArticle extends CleanArticle {
  language: LanguageCode;
  languageBasis: string;
}

/** Where a fact was found: its exact text and the sentence around it, as offsets into the cleaned text. */
export interface Mention extends Span {
  text: string;
  sentence: Span;
}

export interface MentionedDate extends Mention {
  date: IsoDate;
}

/** Stage 4 (dates), the last reader of the raw body: later stages and the cache go without it. */
export interface DatedArticle extends Omit<LanguageTaggedArticle, 'body'> {
  published: IsoDate | null;
  publishedSource: PublishedSource | null;
  publishedBasis: PublishedBasis | null;
  /** Why the publication date is what it is, for editors: the basis in English. */
  publishedReason: string | null;
  mentionedDates: MentionedDate[];
}

/** A person, place, organisation or outlet under one canonical English name. */
export interface Entity {
  id: string;
  name: string;
  /** For a person no gazetteer lists: the name in the nominative as the article writes it, in Cyrillic. */
  native?: { language: LanguageCode; name: string };
  /** Every place the text names it; empty when it is named only outside the text (headline, byline, credit). */
  mentions: Mention[];
  /** For a person named only in a byline or a credit: who wrote, photographed or edited the article, not who is in the news. */
  credit?: true;
}

export type ClaimKind = 'countries' | 'troops' | 'sanctions-package';
export type ClaimQualifier = 'exactly' | 'more-than' | 'about' | 'up-to';

/** A figure the text states: "более 30 стран", "30 тысяч солдат", "19-го пакета санкций". */
export interface Claim extends Mention {
  kind: ClaimKind;
  value: number;
  qualifier: ClaimQualifier;
}

/** Stage 5 (entities). */
export interface EntityArticle extends DatedArticle {
  people: Entity[];
  places: Entity[];
  organisations: Entity[];
  outlets: Entity[];
  claims: Claim[];
}

/** What grouping articles into events needs from one article alone. */
export interface EventClues {
  /** The day of the happening it reports (its first day, when the article states a span); null when nothing dates it. */
  day: IsoDate | null;
  /** The last day, when the article states a span around its day ("14–15 декабря"); null for one day. */
  endDay: IsoDate | null;
  /**
   * When no day dates it but a calendar week or a weekend does ("на прошлой неделе в Париже подписали", "в минувшие
   * выходные в Берлине"), the days of that week or weekend before publication; for a statement on the outcome of an
   * undated happening ("щодо підсумків саміту в Парижі"), the seven days before the statement. Null otherwise; `day`
   * is null when it is set.
   */
  week: { start: IsoDate; end: IsoDate } | null;
  /** The city it names most (a venue stands for its city). */
  place: Entity | null;
  kind: EventKind;
  /** True when it names the coalition of the willing in its headline, or in a passage not told of another day. */
  coalition: boolean;
}

/**
 * Stage 6, the per-article half of events and copies: clues worked out from
 * one article, so that the cache keeps them and a rebuild only compares.
 */
export interface CluedArticle extends EntityArticle {
  eventClues: EventClues;
  /** The smallest distinct hashes of its four-word shingles (a bottom-k sketch), for finding copies. */
  copySketch: number[];
}

/** The published article: what the timeline, the JSON and the templates see. */
export interface Article {
  id: string;
  file: string;
  format: InputFormat;
  url: string;
  language: LanguageCode;
  languageBasis: string;
  published: IsoDate | null;
  publishedSource: PublishedSource | null;
  publishedBasis: PublishedBasis | null;
  publishedReason: string | null;
  title: string;
  summary: string;
  /** Outlet or source named in front matter, if any. */
  source: string | null;
  /** Original web address from front matter, if any. */
  sourceUrl: string | null;
  people: Entity[];
  places: Entity[];
  organisations: Entity[];
  outlets: Entity[];
  mentionedDates: MentionedDate[];
  claims: Claim[];
  event: string | null;
  /** Id of the earliest article with the same text, when this one is a copy of it. */
  copyOf: string | null;
  /** Ids of the same article in other languages. */
  translations: string[];
  /** The cleaned text the offsets of mentions refer to. */
  text: string;
  /** The cleaned body as sanitised HTML. */
  bodyHtml: string;
  removed: Removal[];
}

export type EventKind = 'summit' | 'meeting' | 'call' | 'talks' | 'visit' | 'statement' | 'sanctions';

/** A sentence of an article that mentions an event the article does not report. */
export interface EventMention extends Mention {
  /** Article id. */
  article: string;
}

export interface Event {
  id: string;
  /** When it happened (not when it was reported); its first day when it lasted several. */
  date: IsoDate;
  /** Its last day when it lasted several ("talks on 14 and 15 December"); null for one day. */
  endDate: IsoDate | null;
  kind: EventKind;
  place: { id: string; name: string } | null;
  /** English title, made from kind, place and date. */
  title: string;
  /** The same title in Russian and Ukrainian, for the pages in those languages. */
  localTitles: { ru: string; uk: string };
  /** The headline of one article per language, by language code. */
  titles: Record<LanguageCode, string>;
  participants: Array<{ id: string; name: string }>;
  /** Ids of the articles that report it; empty for a happening only mentioned. */
  articles: string[];
  languages: LanguageCode[];
  /** Outlets the articles come from or cite. */
  sources: Array<{ id: string; name: string }>;
  /** Sentences in other articles that mention it with its date. */
  mentions: EventMention[];
  /** The figures its articles state, by kind, with whether the sources disagree. */
  claims: EventClaims[];
}

export interface EventClaims {
  kind: ClaimKind;
  disputed: boolean;
  claims: Array<Claim & { article: string; disputed: boolean }>;
}

/** The whole story: the one value the site and `timeline.json` are made from. */
export interface Timeline {
  articles: Article[];
  events: Event[];
  rejected: Rejection[];
  warnings: Warning[];
}
