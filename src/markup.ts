// Text placed inside XML or HTML markup built outside the templates (the chart's
// SVG, the sitemap): the five characters that could end or open markup become
// character references.
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const ROOT_RELATIVE_URL = /\s(?:href|src|action)="\/(?!\/)/g;

/**
 * Puts the path prefix in front of every root-relative address in a tag's href,
 * src or action ("/people/" becomes "/story/people/"). Eleventy's base plugin
 * does the same by parsing every page, which cost more than rendering it.
 * Only attributes inside a tag count: the last "<" before them must come after
 * the last ">", which text (where "<" is always escaped) never satisfies.
 */
export function prefixRootUrls(html: string, pathPrefix: string): string {
  if (pathPrefix === '/') return html;
  return html.replace(ROOT_RELATIVE_URL, (attribute: string, offset: number) =>
    html.lastIndexOf('<', offset) > html.lastIndexOf('>', offset) ? `${attribute}${pathPrefix.slice(1)}` : attribute,
  );
}

const URL_ATTRIBUTE = /(\s(?:href|src)=")([^"]*)"/g;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Every relative href or src inside a tag made absolute against `base`, for
 * feed readers, which show an entry away from its page.
 */
export function absoluteUrls(html: string, base: string): string {
  return html.replace(URL_ATTRIBUTE, (whole: string, attribute: string, value: string, offset: number) => {
    if (value === '' || value.startsWith('#') || HAS_SCHEME.test(value)) return whole;
    if (html.lastIndexOf('<', offset) < html.lastIndexOf('>', offset)) return whole;
    try {
      return `${attribute}${new URL(value, base).href}"`;
    } catch {
      return whole;
    }
  });
}
