/**
 * Source URLs come from the corpus and from the reader's library, which a reader may import from a
 * file somebody else wrote. Only web addresses become links; `javascript:`, `data:` and anything
 * unparsable stay text, so a hostile entry cannot run script when clicked.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** "https://www.example.com/a/b" → "example.com", for naming an outlet the page does not name. */
export function hostOf(raw: string | null | undefined): string | null {
  const safe = safeHttpUrl(raw);
  return safe ? new URL(safe).hostname.replace(/^www\./, '') : null;
}
