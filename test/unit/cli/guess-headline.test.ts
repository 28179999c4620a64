import { describe, expect, it } from 'vitest';
import { articleFromText, guessHeadline } from '../../../src/cli/read-article';

const body = [
  'Storm Edda closed the Marlow suspension bridge on Friday after gusts damaged two of its cables, the city engineer said.',
  'Ferries between the two harbours are running an extra service every hour while the bridge is shut.',
].join('\n\n');

describe('guessHeadline', () => {
  it('skips menu lines and section names to the line the article goes on to talk about', () => {
    const text = ['Skip to main content', 'Text size', 'Close', 'Local', 'Storm Edda shuts Marlow bridge as ferries run extra services', 'By Jane Doe', '', body].join('\n');
    expect(guessHeadline(text)).toBe('Storm Edda shuts Marlow bridge as ferries run extra services');
  });

  it('does not take a long menu line that shares no words with the article', () => {
    const text = ['Quick access to main page (top) Direct access to main contents', 'Gusts close the Marlow bridge: what commuters need to know', body].join('\n');
    expect(guessHeadline(text)).toBe('Gusts close the Marlow bridge: what commuters need to know');
  });

  it('prefers the headline to a kicker above it and to a menu the footer repeats', () => {
    const menu = 'Home News Sport Weather Business';
    const text = [menu, 'Storm in Marlow', 'Storm Edda shuts Marlow bridge as ferries run extra services', '', body, '', menu].join('\n');
    expect(guessHeadline(text)).toBe('Storm Edda shuts Marlow bridge as ferries run extra services');
  });

  it('gives no headline when the text starts with its first sentence', () => {
    expect(guessHeadline(body)).toBeNull();
    expect(articleFromText(body, null).title).toBeNull();
  });

  it('keeps the URL line out of the headline', () => {
    const a = articleFromText(`https://harbour.example/storm\nStorm Edda shuts Marlow bridge\n\n${body}`, null);
    expect(a.url).toBe('https://harbour.example/storm');
    expect(a.title).toBe('Storm Edda shuts Marlow bridge');
  });
});
