// The home page's chart: articles per day (or week, or month, whichever keeps
// the bars countable) stacked by language, with the reported events marked.
// Drawn at build time as inline SVG; the same figures go into a table for
// readers who do not see the picture.
import { addCalendarDays, daysBetween, formatAxisDate, formatLongDate, parseIsoDate, weekdayOf } from './calendar.ts';
import { languageName, translate } from './i18n.ts';
import { escapeXml } from './markup.ts';
import type { IsoDate, LanguageCode } from './model.ts';

export type BinUnit = 'day' | 'week' | 'month';

export interface ChartBin {
  start: IsoDate;
  /** Last day of the bin. */
  end: IsoDate;
  /** Articles by language, in the chart's language order. */
  counts: number[];
  total: number;
  events: number;
}

export interface TimelineChart {
  unit: BinUnit;
  languages: LanguageCode[];
  bins: ChartBin[];
  /** Dated articles counted; articles without a date are not on the chart. */
  articles: number;
  events: number;
  svg: string;
}

export interface ChartInput {
  articles: ReadonlyArray<{ published: IsoDate | null; language: LanguageCode }>;
  /** Reported events (those with articles); mentioned-only events are not marked. */
  events: ReadonlyArray<{ date: IsoDate }>;
}

/** More bins than this and the bars get too thin to read on a phone. */
const MAX_BINS = 62;

export function chooseUnit(first: IsoDate, last: IsoDate): BinUnit {
  const span = daysBetween(first, last) + 1;
  if (span <= MAX_BINS) return 'day';
  if (span <= MAX_BINS * 7) return 'week';
  return 'month';
}

/** First day of the bin holding `date`; weeks start on Monday, as in Russia and Ukraine. */
export function binStart(date: IsoDate, unit: BinUnit): IsoDate {
  if (unit === 'day') return date;
  if (unit === 'week') return addCalendarDays(date, -((weekdayOf(date) + 6) % 7));
  return `${date.slice(0, 8)}01`;
}

function nextBin(start: IsoDate, unit: BinUnit): IsoDate {
  if (unit === 'day') return addCalendarDays(start, 1);
  if (unit === 'week') return addCalendarDays(start, 7);
  const parts = parseIsoDate(start);
  if (!parts) throw new RangeError(`not a calendar day: ${start}`);
  const month = parts.month === 12 ? 1 : parts.month + 1;
  const year = parts.month === 12 ? parts.year + 1 : parts.year;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** Geometry of the drawing, in viewBox units. */
const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 40;
const RIGHT = 8;
const TOP = 16;
const BOTTOM = 28;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const X_LABELS = 6;

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Builds the bins and the SVG; null when no article has a date. */
export function timelineChart(input: ChartInput, language: LanguageCode): TimelineChart | null {
  const dated = input.articles.filter((article): article is { published: IsoDate; language: LanguageCode } => article.published !== null);
  if (dated.length === 0) return null;
  let first = dated[0]?.published ?? '';
  let last = first;
  const totals = new Map<LanguageCode, number>();
  for (const article of dated) {
    if (article.published < first) first = article.published;
    if (article.published > last) last = article.published;
    totals.set(article.language, (totals.get(article.language) ?? 0) + 1);
  }
  const languages = [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
  const unit = chooseUnit(first, last);
  const bins: ChartBin[] = [];
  const index = new Map<IsoDate, ChartBin>();
  for (let start = binStart(first, unit); start <= last; start = nextBin(start, unit)) {
    const bin = { start, end: addCalendarDays(nextBin(start, unit), -1), counts: languages.map(() => 0), total: 0, events: 0 };
    bins.push(bin);
    index.set(start, bin);
  }
  for (const article of dated) {
    const bin = index.get(binStart(article.published, unit));
    if (!bin) continue;
    bin.counts[languages.indexOf(article.language)] = (bin.counts[languages.indexOf(article.language)] ?? 0) + 1;
    bin.total += 1;
  }
  let events = 0;
  for (const event of input.events) {
    const bin = index.get(binStart(event.date, unit));
    if (!bin) continue;
    bin.events += 1;
    events += 1;
  }
  const chart = { unit, languages, bins, articles: dated.length, events };
  return { ...chart, svg: drawChart(chart, language) };
}

function drawChart(chart: Omit<TimelineChart, 'svg'>, language: LanguageCode): string {
  const { bins, languages, unit } = chart;
  const most = Math.max(1, ...bins.map((bin) => bin.total));
  const step = PLOT_WIDTH / bins.length;
  const gap = step > 4 ? 1 : 0;
  const scale = PLOT_HEIGHT / most;
  const baseline = TOP + PLOT_HEIGHT;
  // One path per language: a few kilobytes however many bars there are.
  const series = languages.map((code, series) => {
    let d = '';
    bins.forEach((bin, position) => {
      const below = bin.counts.slice(0, series).reduce((sum, count) => sum + count, 0);
      const count = bin.counts[series] ?? 0;
      if (count === 0) return;
      const x = LEFT + position * step + gap / 2;
      const y = baseline - (below + count) * scale;
      d += `M${round(x)} ${round(y)}h${round(step - gap)}v${round(count * scale)}h${round(gap - step)}z`;
    });
    return `<path class="series-${Math.min(series, 3)}" d="${d}"><title>${escapeXml(languageName(code, language))}</title></path>`;
  });
  let marks = '';
  bins.forEach((bin, position) => {
    if (bin.events === 0) return;
    const x = LEFT + (position + 0.5) * step;
    marks += `M${round(x - 4)} ${TOP - 10}h8l-4 7z`;
  });
  const labels: string[] = [];
  const every = Math.max(1, Math.ceil(bins.length / X_LABELS));
  bins.forEach((bin, position) => {
    if (position % every !== 0) return;
    const x = LEFT + position * step;
    labels.push(`<text x="${round(x)}" y="${HEIGHT - 8}">${escapeXml(formatAxisDate(bin.start, language, unit))}</text>`);
  });
  const first = bins[0]?.start ?? '';
  const last = bins.at(-1)?.end ?? '';
  const title = translate(unit === 'day' ? 'chartTitleDay' : unit === 'week' ? 'chartTitleWeek' : 'chartTitleMonth', language);
  const perLanguage = languages
    .map((code, series) => `${bins.reduce((sum, bin) => sum + (bin.counts[series] ?? 0), 0)} ${languageName(code, language)}`)
    .join(', ');
  const description = `${formatLongDate(first, language)} – ${formatLongDate(last, language)}: ${translate('articles', language)} ${perLanguage}; ${translate('chartEventsMarked', language)} ${chart.events}. ${translate('chartMost', language)} ${most}.`;
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc id="chart-desc">${escapeXml(description)}</desc>`,
    `<path class="grid" d="M${LEFT} ${TOP}H${WIDTH - RIGHT}M${LEFT} ${baseline}H${WIDTH - RIGHT}"/>`,
    `<text class="axis" x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end">${most}</text>`,
    `<text class="axis" x="${LEFT - 6}" y="${baseline}" text-anchor="end">0</text>`,
    ...series,
    marks ? `<path class="event-mark" d="${marks}"><title>${escapeXml(translate('events', language))}</title></path>` : '',
    `<g class="axis">${labels.join('')}</g>`,
    '</svg>',
  ].join('');
}
