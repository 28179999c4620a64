import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanReport } from '../../../src/core/text/clean-report';

const para = (n: number) =>
  `The regional council said on Monday that ${n} families had been moved from the flooded valley, and that schools would stay closed until the water receded.`;

function page(parts: string[]): string {
  return parts.join('\n\n');
}

describe('cleanReport', () => {
  it('keeps the article paragraphs verbatim and in order', () => {
    const out = cleanReport(page([para(1), para(2), para(3)]));
    expect(out).toBe([para(1), para(2), para(3)].join('\n\n'));
  });

  it('drops menu lines, breadcrumbs and a byline above the first paragraph', () => {
    const out = cleanReport(page(['Menu', 'Home > World > Europe', 'By Jane Doe', 'Search', para(1), para(2)]));
    expect(out).toBe([para(1), para(2)].join('\n\n'));
  });

  it('drops a related-headlines list, share prompts and copyright after the last paragraph', () => {
    const out = cleanReport(
      page([para(1), para(2), 'More Stories', 'Minister Resigns Over Budget Row', 'Storm Season Starts Early This Year',
        'Share this article', '© 2031 Example Media Group. All rights reserved.']),
    );
    expect(out).toBe([para(1), para(2)].join('\n\n'));
  });

  it('drops comment, login and subscription prompts even when they are full sentences', () => {
    const out = cleanReport(page([para(1), 'Please sign in to leave a comment.', para(2), 'Subscribe to keep reading our journalism every day.']));
    expect(out).toBe([para(1), para(2)].join('\n\n'));
  });

  it('keeps a sentence that mentions commenting when it reports what someone said', () => {
    const s = 'A ministry spokesman declined to comment on the report, the agency said on Friday.';
    expect(cleanReport(page([para(1), s, para(2)]))).toContain(s);
  });

  it('drops the entries of a reference list, with or without back-link marks', () => {
    const refs = [
      '^ "Council moves families from the flooded valley". Valley Courier. 4 March 2031.',
      '^ a b "Schools to stay closed until the water recedes". Regional Broadcasting. 5 March 2031.',
      '"Flood defences failed, engineers say". The Lowland Post. 6 March 2031.',
    ];
    const retrieved = '"Valley votes on flood levy". Valley Courier. 13 January 2031. Retrieved 14 January 2031.';
    expect(cleanReport(page([para(1), 'References', ...refs, retrieved, para(2)]))).toBe([para(1), para(2)].join('\n\n'));
  });

  it('keeps a pull quote with its speaker and date, and prose that mentions a licence or an update', () => {
    const kept = ['"Stop the flooding now." The mayor, speaking in the town hall on 3 May 2031.',
      '"We have rebuilt the bridge and the school." City Engineer Nabil Haddad, 21 March 2031.',
      'The photos, released under a Creative Commons licence, show the flooded school in the valley.',
      'Last updated figures from the regional council show 300 families were moved from the valley.'];
    const out = cleanReport(page([para(1), ...kept, para(2)]));
    for (const k of kept) expect(out).toContain(k);
  });

  it('keeps a dated list entry whose footnote mark follows its full stop, and drops the licence and edit lines', () => {
    const entries = [
      '4 March 2031 – The council moves families from the flooded valley.[7]',
      '5 March 2031 – The regional schools close until the water recedes.[8]',
      '9 March 2031 – Engineers begin to repair the flood defences of the valley.[9]',
    ];
    const out = cleanReport(page([para(1), ...entries, para(2),
      'This page was last edited on 12 March 2031, at 10:04 (UTC).',
      'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.']));
    expect(out).toBe([para(1), ...entries, para(2)].join('\n\n'));
  });

  it('keeps a quotation followed by its speaker and a date', () => {
    const s = '"We will rebuild every house." The mayor said it in the town hall, on 12 May 2031.';
    const t = '"We will rebuild," the mayor said on 12 May 2031 in the town hall of the valley.';
    const out = cleanReport(page([para(1), s, t, para(2)]));
    expect(out).toContain(s);
    expect(out).toContain(t);
  });

  it('drops a caption that ends in a photo credit', () => {
    const caption = 'Rescue workers carry a boat through a flooded street in the valley. Photo by Sam Example';
    expect(cleanReport(page([para(1), caption, para(2)]))).not.toContain('Photo by');
  });

  it('drops a caption repeated as the first sentence of a paragraph', () => {
    const sentence = 'Rescue workers carried boats through the flooded streets of the old town on Sunday night.';
    const body = `${sentence} More rain is expected this week, forecasters said.`;
    const out = cleanReport(page([para(1), sentence, body, para(2)]));
    expect(out.split(sentence)).toHaveLength(2);
    expect(out).toContain(body);
  });

  it('keeps only one copy of a paragraph printed twice', () => {
    const out = cleanReport(page([para(1), para(2), para(1), para(3)]));
    expect(out.split(para(1))).toHaveLength(2);
  });

  it('drops the title when the body repeats it', () => {
    const title = 'Families Moved as Floods Hit the Valley';
    expect(cleanReport(page([title, para(1), title, para(2)]), { title })).not.toContain(title);
  });

  it('drops lines in another script than the article', () => {
    const out = cleanReport(page([para(1), 'Перейти к основному содержанию страницы', para(2)]));
    expect(out).toBe([para(1), para(2)].join('\n\n'));
  });

  it('drops e-mail addresses, counters and lone numbers', () => {
    const out = cleanReport(page([para(1), 'desk@example.org', 'Comments (12)', '(0/500 characters)', '42', para(2)]));
    expect(out).toBe([para(1), para(2)].join('\n\n'));
  });

  it('drops a run of headline-like lines inside the body', () => {
    const out = cleanReport(page([para(1), 'Read Next', 'Court Rejects Appeal in Fraud Case', 'Prices Climb for Third Month', 'New Bridge Opens to Traffic', para(2)]));
    expect(out).toBe([para(1), para(2)].join('\n\n'));
  });

  it('drops the marked items under a headline list\'s heading, however sentence-like, down to the first line that is not one', () => {
    const items = ['· Council approves flood barrier after long debate... "A decade late" (2031.03.02)', '· Mayor says the valley will be rebuilt within two years (2031.03.04)'];
    const out = cleanReport(page([para(1), para(2), 'Related articles', ...items, para(3)]));
    expect(out).toBe([para(1), para(2), para(3)].join('\n\n'));
    // Without the heading, marked lines are the article's own points.
    const points = ['• The council approved the flood barrier after a long debate on Monday evening.', '• The mayor said the valley would be rebuilt within two years.'];
    expect(cleanReport(page([para(1), ...points, para(2)]))).toBe([para(1), ...points, para(2)].join('\n\n'));
  });

  it('keeps a single subheading between paragraphs', () => {
    const sub = 'A long road to recovery ahead for farmers';
    expect(cleanReport(page([para(1), sub, para(2)]))).toContain(sub);
  });

  it('returns an empty string for empty input', () => {
    expect(cleanReport('')).toBe('');
    expect(cleanReport('  \n \n')).toBe('');
  });

  it('never throws on arbitrary Unicode, RTL, emoji and CJK input', () => {
    const lines = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom(para(7), '© x', 'مرحبا بالعالم', '你好世界。', '😀', 'Home > A > B'));
    fc.assert(
      fc.property(fc.array(lines, { maxLength: 30 }), fc.option(fc.string()), (ls, title) => {
        expect(typeof cleanReport(ls.join('\n'), { title })).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('cleans a 100,000-character page', { timeout: 20_000 }, () => {
    const raw = Array.from({ length: 700 }, (_, i) => para(i)).join('\n\n');
    // No timing here (speed is measured by `npm run bench`): the test's own timeout only stops a
    // catastrophic-backtracking hang from running forever.
    expect(cleanReport(raw).length).toBeGreaterThan(50_000);
  });
});
