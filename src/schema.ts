// The data contract of `timeline.json`, written beside it as `timeline.schema.json`.
// Consumers of the JSON (and our tests) validate against this.
import type { Timeline } from './model.ts';

const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const nullableIsoDate = { anyOf: [isoDate, { type: 'null' }] } as const;
const span = {
  start: { type: 'integer', minimum: 0 },
  end: { type: 'integer', minimum: 0 },
} as const;

const spanObject = { type: 'object', required: ['start', 'end'], additionalProperties: false, properties: span } as const;

const named = { type: 'object', required: ['id', 'name'], additionalProperties: false, properties: { id: { type: 'string' }, name: { type: 'string' } } } as const;

/** Where a fact was found: its text and sentence, as offsets into the article's `text`. */
const mention = {
  type: 'object',
  required: ['text', 'start', 'end', 'sentence'],
  additionalProperties: false,
  properties: { text: { type: 'string', minLength: 1 }, ...span, sentence: spanObject },
} as const;

const claimKind = { enum: ['countries', 'troops', 'sanctions-package'] } as const;

/** A figure stated in the text. */
const claim = {
  type: 'object',
  required: ['kind', 'value', 'qualifier', 'text', 'start', 'end', 'sentence'],
  additionalProperties: false,
  properties: {
    kind: claimKind,
    value: { type: 'number' },
    qualifier: { enum: ['exactly', 'more-than', 'about', 'up-to'] },
    text: { type: 'string' },
    ...span,
    sentence: spanObject,
  },
} as const;

function entityList(description: string) {
  return {
    description,
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'name', 'mentions'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1 },
        name: { type: 'string', minLength: 1 },
        native: { type: 'object', required: ['language', 'name'], additionalProperties: false, properties: { language: { type: 'string' }, name: { type: 'string', minLength: 1 } } },
        mentions: { type: 'array', items: mention },
        credit: { const: true },
      },
    },
  } as const;
}

export const TIMELINE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'timeline.schema.json',
  title: 'Story timeline',
  description: 'Articles about one running story, their events, and the input files that were rejected.',
  type: 'object',
  required: ['articles', 'events', 'rejected', 'warnings'],
  additionalProperties: false,
  properties: {
    articles: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'file', 'url', 'language', 'published', 'publishedSource', 'title', 'summary', 'people', 'places', 'organisations', 'outlets', 'mentionedDates', 'event'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          file: { type: 'string', minLength: 1, description: 'Path relative to the input folder.' },
          format: { enum: ['text', 'markdown'] },
          url: { type: 'string', pattern: '^/articles/[a-z0-9-]+/$', description: 'Site path of the article page, without the path prefix.' },
          language: { type: 'string', pattern: '^([a-z]{2}|und)$', description: 'ISO 639-1 code, or und when undetermined.' },
          languageBasis: { type: 'string' },
          published: nullableIsoDate,
          publishedSource: { enum: ['header', 'front-matter', 'text', 'inferred', null] },
          publishedBasis: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['rule', 'quote', 'yearFrom'],
                properties: {
                  rule: { enum: ['header', 'front-matter', 'metadata', 'timestamp', 'dateline', 'today'] },
                  quote: { type: ['string', 'null'], description: 'The words the day was read from, as written.' },
                  yearFrom: { enum: ['text', 'event', 'collection', null], description: 'Where a year the words did not give came from.' },
                },
              },
            ],
          },
          publishedReason: { type: ['string', 'null'], description: 'The basis of the publication date, in English.' },
          title: { type: 'string', minLength: 1 },
          summary: { type: 'string' },
          source: { type: ['string', 'null'] },
          sourceUrl: { type: ['string', 'null'] },
          people: entityList('People, under canonical English names.'),
          places: entityList('Places.'),
          organisations: entityList('Organisations.'),
          outlets: entityList('News outlets the article comes from or cites.'),
          mentionedDates: {
            type: 'array',
            items: {
              type: 'object',
              required: ['text', 'date', 'start', 'end', 'sentence'],
              additionalProperties: false,
              properties: { text: { type: 'string', minLength: 1 }, date: isoDate, ...span, sentence: spanObject },
            },
          },
          claims: { type: 'array', items: claim },
          event: { type: ['string', 'null'] },
          copyOf: { type: ['string', 'null'], description: 'The earliest article with the same text, when this is a copy.' },
          translations: { type: 'array', items: { type: 'string' }, description: 'The same article in other languages.' },
          text: { type: 'string', description: 'The cleaned text; all offsets refer to it.' },
          removed: {
            type: 'array',
            items: { type: 'object', required: ['rule', 'text'], additionalProperties: false, properties: { rule: { type: 'string' }, text: { type: 'string' } } },
          },
        },
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'date', 'endDate', 'kind', 'place', 'title', 'localTitles', 'titles', 'participants', 'articles', 'languages', 'sources', 'mentions', 'claims'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          date: isoDate,
          endDate: { anyOf: [isoDate, { type: 'null' }], description: 'The last day of a happening that lasted several; null for one day.' },
          kind: { enum: ['summit', 'meeting', 'call', 'talks', 'visit', 'statement', 'sanctions'] },
          place: { anyOf: [named, { type: 'null' }] },
          title: { type: 'string', minLength: 1 },
          localTitles: {
            type: 'object',
            required: ['ru', 'uk'],
            additionalProperties: false,
            properties: { ru: { type: 'string', minLength: 1 }, uk: { type: 'string', minLength: 1 } },
          },
          titles: { type: 'object', additionalProperties: { type: 'string' } },
          participants: { type: 'array', items: named },
          articles: { type: 'array', items: { type: 'string' }, description: 'Articles reporting the event; empty when it is only mentioned.' },
          languages: { type: 'array', items: { type: 'string' } },
          sources: { type: 'array', items: named },
          claims: {
            type: 'array',
            items: {
              type: 'object',
              required: ['kind', 'disputed', 'claims'],
              additionalProperties: false,
              properties: {
                kind: claimKind,
                disputed: { type: 'boolean' },
                claims: {
                  type: 'array',
                  items: { ...claim, required: [...claim.required, 'article', 'disputed'], properties: { ...claim.properties, article: { type: 'string' }, disputed: { type: 'boolean' } } },
                },
              },
            },
          },
          mentions: {
            type: 'array',
            items: {
              type: 'object',
              required: ['article', 'text', 'start', 'end', 'sentence'],
              additionalProperties: false,
              properties: { article: { type: 'string' }, text: { type: 'string' }, ...span, sentence: spanObject },
            },
          },
        },
      },
    },
    rejected: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'reason'],
        additionalProperties: false,
        properties: { file: { type: 'string' }, reason: { type: 'string' }, line: { type: 'integer', minimum: 1 } },
      },
    },
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'message'],
        additionalProperties: false,
        properties: { file: { type: 'string' }, message: { type: 'string' }, line: { type: 'integer', minimum: 1 } },
      },
    },
  },
} as const;

/** The timeline as published in `timeline.json`: everything but the rendered HTML. */
export function toPublicJson(timeline: Timeline): string {
  return [...publicJsonChunks(timeline)].join('');
}

/**
 * toPublicJson's text in pieces of one article each, so that a large timeline
 * is written without building the whole text at once. Compact JSON with each
 * item of a list on a line of its own: a tool can read it line by line and a
 * diff shows which article changed, at about half the size (and the time) of
 * indented JSON.
 */
export function* publicJsonChunks(timeline: Timeline): Generator<string> {
  const entries = Object.entries(timeline);
  yield '{';
  for (const [position, [key, value]] of entries.entries()) {
    yield `${JSON.stringify(key)}:`;
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n';
      for (const [index, item] of value.entries()) {
        const shown: unknown = key === 'articles' ? withoutBodyHtml(item as Timeline['articles'][number]) : item;
        yield `${JSON.stringify(shown)}${index < value.length - 1 ? ',' : ''}\n`;
      }
      yield ']';
    } else {
      yield JSON.stringify(value);
    }
    yield position < entries.length - 1 ? ',' : '}\n';
  }
}

/** The rendered body is for the pages; the public JSON keeps the text. */
function withoutBodyHtml(article: Timeline['articles'][number]): Omit<Timeline['articles'][number], 'bodyHtml'> {
  const { bodyHtml: _bodyHtml, ...rest } = article;
  return rest;
}

export function schemaJson(): string {
  return `${JSON.stringify(TIMELINE_SCHEMA, null, 2)}\n`;
}
