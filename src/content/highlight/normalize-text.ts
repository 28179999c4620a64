/**
 * Character normalisation shared by the page's text index and the quotes searched in it. Pure: no DOM.
 *
 * The statement text reaches us after Readability (on a clone), the sentence splitter and a round trip
 * through the background, so it can differ from the live page's text nodes in ways a reader never sees:
 * runs of whitespace and NBSPs, curly versus straight quotes, the many dashes, soft hyphens and
 * zero-width characters. Both sides go through the same per-character fold, and the page side keeps a
 * map from every output character back to its raw offset so a match can become a DOM Range.
 */

/** What one raw character becomes: a code unit to emit, SPACE (collapsible), or DROP (emit nothing). */
const SPACE = -1;
const DROP = -2;

function foldChar(c: number): number {
  if (c < 0x80) {
    // ASCII whitespace: tab, LF, VT, FF, CR, space.
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? SPACE : c;
  }
  switch (c) {
    case 0x00a0: // NBSP
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f: // narrow NBSP (French typography)
    case 0x205f:
    case 0x3000:
      return SPACE;
    case 0x00ad: // soft hyphen
    case 0x200b: // zero-width space
    case 0x200c:
    case 0x200d:
    case 0x200e: // LRM / RLM: invisible direction marks
    case 0x200f:
    case 0x2060: // word joiner
    case 0xfeff:
      return DROP;
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x02bc:
      return 0x27; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0x00ab:
    case 0x00bb:
      return 0x22; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 0x2d; // -
  }
  if (c >= 0x2000 && c <= 0x200a) return SPACE; // en quad … hair space
  return c;
}

/**
 * Streaming normaliser: feed raw strings with the raw offset of their first character; it emits
 * folded text with whitespace collapsed to single spaces, and for every emitted character the raw
 * offset it came from. `separate()` marks a boundary (a block element or <br>) that reads as a space.
 */
export class Normalizer {
  private parts: string[] = [];
  private buf: number[] = [];
  private map: Int32Array = new Int32Array(1024);
  private length = 0;
  private pendingSpace = false;
  private pendingSpaceAt = 0;

  push(raw: string, rawOffset: number): void {
    for (let i = 0; i < raw.length; i++) {
      const f = foldChar(raw.charCodeAt(i));
      if (f === DROP) continue;
      if (f === SPACE) {
        if (!this.pendingSpace) {
          this.pendingSpace = true;
          this.pendingSpaceAt = rawOffset + i;
        }
        continue;
      }
      if (this.pendingSpace) {
        // A leading space of the whole text is dropped; otherwise one space stands for the run.
        if (this.length > 0) this.emit(0x20, this.pendingSpaceAt);
        this.pendingSpace = false;
      }
      this.emit(f, rawOffset + i);
    }
  }

  /** A boundary between blocks: reads as whitespace, maps to the raw offset of what follows it. */
  separate(rawOffset: number): void {
    if (!this.pendingSpace) {
      this.pendingSpace = true;
      this.pendingSpaceAt = rawOffset;
    }
  }

  private emit(code: number, rawOffset: number): void {
    if (this.length === this.map.length) {
      const bigger = new Int32Array(this.map.length * 2);
      bigger.set(this.map);
      this.map = bigger;
    }
    this.map[this.length++] = rawOffset;
    this.buf.push(code);
    if (this.buf.length >= 8192) this.flush();
  }

  private flush(): void {
    if (this.buf.length) this.parts.push(String.fromCharCode.apply(null, this.buf));
    this.buf = [];
  }

  /** The normalised text and, for each of its characters, the raw offset it stands for. */
  finish(): { text: string; map: Int32Array } {
    this.flush();
    return { text: this.parts.join(''), map: this.map.subarray(0, this.length) };
  }
}

/** A quote folded the same way as the page, trimmed. */
export function normalizeText(raw: string): string {
  const n = new Normalizer();
  n.push(raw, 0);
  return n.finish().text;
}

/**
 * A looser view of normalised text, for the second matching tier: spaces removed and case folded,
 * so "co-operate" across a block boundary or a missing space between inline elements still matches.
 * `map` takes each compact character back to its index in the normalised text.
 */
export function compactText(text: string): { text: string; map: Int32Array } {
  const map = new Int32Array(text.length);
  const out: string[] = [];
  let chunk: number[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) continue;
    // Fold ASCII case only: full Unicode lower-casing can change lengths and break the 1:1 map.
    chunk.push(c >= 0x41 && c <= 0x5a ? c + 32 : c);
    map[n++] = i;
    if (chunk.length >= 8192) {
      out.push(String.fromCharCode.apply(null, chunk));
      chunk = [];
    }
  }
  if (chunk.length) out.push(String.fromCharCode.apply(null, chunk));
  return { text: out.join(''), map: map.subarray(0, n) };
}
