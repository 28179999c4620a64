// STUB (signature is final; the text engineer replaces the body).
/** Whether a sentence states a checkable fact (actors, numbers, dates, places, attributions), not a byline, caption or widget text. */
export function isCheckWorthy(sentence: string): boolean {
  return sentence.split(/\s+/).length >= 6;
}
