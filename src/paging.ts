// Long lists split into numbered pages, so that no page of the site grows with
// the number of articles. Page 1 keeps the list's own address; page n lives at
// `<base>page/<n>/`.

export interface PagerLink {
  number: number;
  url: string;
  current: boolean;
}

export interface Pager {
  number: number;
  count: number;
  first: string;
  previous: string | null;
  next: string | null;
  /** Links to show: the first, the last and the pages near the current one; null marks a gap. */
  links: Array<PagerLink | null>;
}

export interface Paged<T> {
  url: string;
  pager: Pager;
  items: T[];
}

export function pageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}

/** How many pages either side of the current one the pager links to. */
const NEIGHBOURS = 2;

export function pagerLinks(base: string, number: number, count: number): Array<PagerLink | null> {
  const links: Array<PagerLink | null> = [];
  let last = 0;
  for (let page = 1; page <= count; page++) {
    if (page !== 1 && page !== count && Math.abs(page - number) > NEIGHBOURS) continue;
    if (page > last + 1) links.push(null);
    links.push({ number: page, url: pageUrl(base, page), current: page === number });
    last = page;
  }
  return links;
}

/** Splits `items` into pages of `size`; an empty list still has its first page. */
export function paginate<T>(items: readonly T[], size: number, base: string): Array<Paged<T>> {
  if (size < 1) throw new RangeError('page size must be at least 1');
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      url: pageUrl(base, number),
      items: items.slice(index * size, (index + 1) * size),
      pager: {
        number,
        count,
        first: base,
        previous: number > 1 ? pageUrl(base, number - 1) : null,
        next: number < count ? pageUrl(base, number + 1) : null,
        links: count > 1 ? pagerLinks(base, number, count) : [],
      },
    };
  });
}

/** Consecutive runs of items with the same key, in order: a page's articles by day or by language. */
export function runsBy<T, K>(items: readonly T[], key: (item: T) => K): Array<{ key: K; items: T[] }> {
  const runs: Array<{ key: K; items: T[] }> = [];
  for (const item of items) {
    const value = key(item);
    const last = runs.at(-1);
    if (last && last.key === value) last.items.push(item);
    else runs.push({ key: value, items: [item] });
  }
  return runs;
}
