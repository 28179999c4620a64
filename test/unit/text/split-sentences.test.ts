import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences, withoutFootnoteMarks } from '../../../src/core/text/split-sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps "U.S." inside a sentence when a name follows', () => {
    expect(texts('The U.S. Treasury froze the assets. Markets fell.')).toEqual([
      'The U.S. Treasury froze the assets.',
      'Markets fell.',
    ]);
  });

  it('ends a sentence at "U.S." when a typical sentence opener follows', () => {
    expect(texts('The sanctions were imposed by the U.S. The move angered Beijing.')).toEqual([
      'The sanctions were imposed by the U.S.',
      'The move angered Beijing.',
    ]);
  });

  it('does not break after military ranks and titles', () => {
    expect(texts('Maj. Gen. Ann Lee and Lt. Col. Bo Park met Dr. Ruiz and Mr. Ode. They talked.')).toEqual([
      'Maj. Gen. Ann Lee and Lt. Col. Bo Park met Dr. Ruiz and Mr. Ode.',
      'They talked.',
    ]);
  });

  it('does not break after abbreviated months before a day number', () => {
    expect(texts('The vote is set for Oct. 14 in the capital. It was delayed on Nov. 3 last year.')).toHaveLength(2);
  });

  it('does not break after "a.m."/"p.m." followed by lowercase words, nor inside initials', () => {
    expect(texts('Shelling began at 4 a.m. local time and ended at 6 p.m. on Friday. John F. Kennedy Airport closed.')).toEqual([
      'Shelling began at 4 a.m. local time and ended at 6 p.m. on Friday.',
      'John F. Kennedy Airport closed.',
    ]);
  });

  it('does not break inside decimals or prices', () => {
    expect(texts('Inflation rose 3.5 percent. The deal is worth $1.2 billion.')).toEqual([
      'Inflation rose 3.5 percent.',
      'The deal is worth $1.2 billion.',
    ]);
  });

  it('keeps a bracketed ellipsis inside a quotation', () => {
    expect(texts('“Our success (…) will depend on them,” she said. Talks resume today.')).toEqual([
      '“Our success (…) will depend on them,” she said.',
      'Talks resume today.',
    ]);
  });

  it('splits after a bare ellipsis followed by a capitalised word', () => {
    expect(texts('We waited… Nobody came.')).toEqual(['We waited…', 'Nobody came.']);
  });

  it('keeps a closing quotation mark with the sentence it ends', () => {
    expect(texts('He said, “We will stay.” Officials disagreed.')).toEqual(['He said, “We will stay.”', 'Officials disagreed.']);
  });

  it('treats a headline line without a period as its own sentence', () => {
    expect(texts('Floods Hit the Coast\nRescuers reached the town on Monday.')).toEqual([
      'Floods Hit the Coast',
      'Rescuers reached the town on Monday.',
    ]);
  });

  it('splits at blank lines between paragraphs even without punctuation', () => {
    expect(texts('First paragraph without end\n\nsecond paragraph starts lowercase')).toHaveLength(2);
  });

  it('joins a hard-wrapped line that continues a sentence in lowercase', () => {
    expect(texts('The committee said the report would be published in\nthe spring, after the elections.')).toHaveLength(1);
  });

  it('returns offsets that slice back to the trimmed sentence', () => {
    const text = '  Alpha went home.   Beta stayed.\n\n  Gamma left the U.S. Army.  ';
    for (const s of splitSentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(splitSentences(text)).toHaveLength(3);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t ')).toEqual([]);
  });

  it('never throws and keeps exact offsets on arbitrary Unicode, RTL, emoji and CJK text', () => {
    const pieces = fc.constantFrom('U.S. ', 'Gen. ', 'مرحبا بالعالم. ', 'שלום. ', '你好。世界！', '😀👍🏽 ', '\n', '\n\n', '(…) ', '… ', '3.5 ', '“Yes.” ', 'a.m. ', '\u200f', '\u00a0');
    const arb = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), pieces), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(arb, (text) => {
        const out = splitSentences(text);
        let last = 0;
        for (const s of out) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text).toBe(s.text.trim());
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splits a 100,000-character paragraph of sentences', { timeout: 20_000 }, () => {
    const text = 'The U.S. Army said 1.5 million people left on Oct. 5. '.repeat(1900);
    // No timing here (speed is measured by `npm run bench`): the test's own timeout only stops a
    // catastrophic-backtracking hang from running forever.
    const out = splitSentences(text);
    expect(out).toHaveLength(1900);
  });

  it('handles 100,000 characters without any break or space', { timeout: 20_000 }, () => {
    const out = splitSentences('字'.repeat(100_000));
    expect(out.map((s) => s.text).join('')).toBe('字'.repeat(100_000));
  });
});

describe('splitSentences: footnote marks of an encyclopedia page', () => {
  it('keeps the marks with the sentence they cite', () => {
    expect(texts('The dam was finished in 1931.[1][2] It flooded the valley.[3] Farmers moved away.')).toEqual([
      'The dam was finished in 1931.[1][2]',
      'It flooded the valley.[3]',
      'Farmers moved away.',
    ]);
  });

  it('keeps a mark inside a sentence and a lettered note', () => {
    expect(texts('According to the survey,[4] the lake holds 2 km³ of water.[a] Boats are banned.')).toEqual([
      'According to the survey,[4] the lake holds 2 km³ of water.[a]',
      'Boats are banned.',
    ]);
  });

  it('reads a sentence without its marks', () => {
    expect(withoutFootnoteMarks('The survey[4] counted 12 boats.[5][b]')).toBe('The survey counted 12 boats.');
    expect(withoutFootnoteMarks('Section 2 [Col 412] was read.')).toBe('Section 2 [Col 412] was read.');
    // A letter put into a quotation, and a number the text refers to, are text.
    expect(withoutFootnoteMarks('"[t]he state failed," the judge wrote.')).toBe('"[t]he state failed," the judge wrote.');
    expect(withoutFootnoteMarks('See section [2] above.')).toBe('See section [2] above.');
    expect(texts('It was built in 1931.[citation needed] It flooded the valley.')).toEqual(['It was built in 1931.[citation needed]', 'It flooded the valley.']);
  });
});

describe('splitSentences: a stray space before the full stop', () => {
  it('still ends the sentence at " ." before an opening quote', () => {
    const text = 'The ministry confirmed the strike, backing the governor’s accusations . “I can confirm that the depot was hit,” he said.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The ministry confirmed the strike, backing the governor’s accusations .',
      '“I can confirm that the depot was hit,” he said.',
    ]);
  });
});
