import { emphasise } from './emphasise';

/** Props of {@link Emphasised}. */
export type EmphasisedProps = {
  /** The text, shown as text (never parsed as markup). */
  text: string;
  /** Substrings to emphasise: the part that differs or agrees. Missing ones are ignored. */
  spans: readonly (string | undefined)[];
};

/** A text with the given parts wrapped in <mark>. */
export function Emphasised({ text, spans }: EmphasisedProps) {
  return (
    <>
      {emphasise(text, spans).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
