/** The headline repeated in the body is metadata, not one of the article's statements. */
export function isHeadline(sentence: string, title: string | null | undefined): boolean {
  if (!title) return false;
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(sentence) === norm(title);
}
