// Text placed inside XML or HTML markup built outside the templates (the chart's
// SVG, the sitemap): the five characters that could end or open markup become
// character references.
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
