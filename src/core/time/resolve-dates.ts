// STUB (signature is final; the text engineer replaces the body).
/** A time expression in a sentence, resolved against the report's publication date. */
export type TimeMention = {
  text: string;
  start: number;
  end: number;
  /** Inclusive ISO dates (YYYY-MM-DD) the expression can denote; equal for an exact day. */
  from: string;
  to: string;
  /** 'point': a day or span ("Tuesday", "on the 26th", "last August", "about a week ago"); 'since': "since August". */
  kind: 'point' | 'since';
};

export function resolveDates(_sentence: string, _published: string | null): TimeMention[] {
  return [];
}
