// STUB (signature is final; the text engineer replaces the body).
/**
 * The article body of a raw scraped report: menus, related-headline lists, comment and share widgets,
 * copyright lines and captions repeated as body text removed by general rules (line shape, repetition,
 * link-list patterns, position). Paragraphs are separated by blank lines.
 */
export function cleanReport(raw: string, _meta: { title?: string | null } = {}): string {
  return raw.trim();
}
