/**
 * Time expressions resolved against a report's publication date, with the conventions news copy uses:
 * a bare weekday ("Patel said Tuesday") is the most recent such day on or before publication; "on the
 * 26th" is that day of the publication month (or the month before when the 26th is still to come);
 * a month without a year ("in June", "last August") is its most recent occurrence; a day and month
 * without a year is the occurrence nearest to publication.
 *
 * Hand-written rather than `chrono-node` (its English build is about 49 kB minified, 14 kB gzipped,
 * measured with esbuild): chrono resolves "Tuesday" to the nearest Tuesday, which may lie after
 * publication, does not know "on the 26th", "this weekend" in the news sense, "since August" or
 * hedged offsets ("about a week ago"), and returns instants, not the inclusive day ranges compared
 * here. Every one of those needed a rule on top, so the parser is the rules alone.
 *
 * Ranges (inclusive ISO days):
 * - a day: from = to; a month: its first to last day; a year: 1 Jan to 31 Dec;
 * - "early / mid / late <month>", "the beginning / end of <month>", "the first / last days of <month>":
 *   days 1–10 / 11–20 / 21–end;
 * - "N days ago": exact; "a week ago": ±1 day; "about/some/nearly a week ago": ±3 days; months ±15%;
 * - "the previous day" / "the day before", with no other date in the sentence: the week before
 *   publication (the day is relative to an event this module cannot see);
 * - "this weekend" / "last weekend": the Saturday–Sunday before publication (the coming one when the
 *   report is from a Friday and says "this weekend");
 * - "since X": kind 'since', from/to = the range of X (the onset).
 */

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

const DAY = 86_400_000;
const MONTHS: Record<string, number> = {
  january: 0, february: 1, march: 2, april: 3, may: 4, june: 5, july: 6, august: 7, september: 8, october: 9, november: 10, december: 11,
  jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty first', 'twenty second', 'twenty third', 'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh', 'twenty eighth', 'twenty ninth', 'thirtieth', 'thirty first'];
/** Day of the month by its spelled ordinal ("twenty first", as written with a space or a hyphen). */
const ORDINAL_DAY: Record<string, number> = Object.fromEntries(ORDINALS.map((w, i) => [w, i + 1]));
/** Longest first, so "twenty first" is not read as "twenty". */
const ORDINAL_WORDS = [...ORDINALS].reverse().map((w) => w.replace(' ', '[\\s-]')).join('|');
const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const WEEKDAY_RE = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, several: 4, couple: 2 };
/** Words after "the 26th" that show it is a date, not "the 21st century" or "the 5th Brigade". */
const AFTER_ORDINAL_DAY = /^\s*(?:$|[,.;:)(—–-]|\((?:local|Korean|US|Moscow|Kyiv|[A-Z]{2,4})?\s*time\)|(?:at|in|and|when|after|before|as|while|local|morning|afternoon|evening|night|of this month|of last month|,)\b)/;
const FUTURE_CUE = /\b(will|would|shall|to be held|is due|are due|scheduled|planned|plans?|next|upcoming|expected to)\b/i;
const PAST_SAYING = /\b(said|warned|told|announced|stated|added|noted|insisted|declared|claimed|confirmed|predicted|vowed|promised)\b/i;

/** A past saying right before a date: "warned on", "said at the end of". */
const SAYING_BEFORE_DATE = new RegExp(`${PAST_SAYING.source}\\s+(?:on\\s+|in\\s+|at\\s+(?:the\\s+)?(?:end|start|beginning)\\s+of\\s+)?$`, 'i');

/**
 * Whether a bare month is read forward ("the summit will be held in October"). A future word counts
 * unless a past saying stands between the date and it: "At the end of October, the envoy warned that
 * the soldiers would…" dates the warning, not what would happen.
 */
function futureAt(s: string, at: number): boolean {
  // "The envoy warned on October 30 that they would…": a date right after a past saying dates the saying.
  if (SAYING_BEFORE_DATE.test(s.slice(Math.max(0, at - 40), at))) return false;
  // A future inside a quotation (“told parliament on October 3 that Ethiopia ‘will not invade’”) is
  // what was said, not when.
  const unquoted = s.replace(/[“"][^”"]*[”"]|‘[^’]*’/g, (q) => ' '.repeat(q.length));
  const cue = new RegExp(FUTURE_CUE.source, 'gi');
  for (let m = cue.exec(unquoted); m; m = cue.exec(unquoted)) {
    if (m.index < at || !PAST_SAYING.test(s.slice(at, m.index))) return true;
  }
  return false;
}
const HOLIDAY_PREFIX = /\b(Black|Good|Super|Cyber|Easter|Ash|Holy|Bloody|Maundy|Giving|Palm|Shrove)\s+$/;

/** Cue words that may open a sentence ("Since August", "On Tuesday") while month names stay case-sensitive ("may"). */
function ci(alternatives: string): string {
  return alternatives
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`)
    .join('|');
}

/** Cheap gate: a sentence without any of these has no time expression this module reads. */
const MAY_HAVE_TIME = /\d|day|week|month|year|ago|\bon the \w|tonight|overnight|morning|afternoon|evening|night|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/i;

type Day = number; // ms since epoch at UTC midnight

function iso(d: Day): string {
  return new Date(d).toISOString().slice(0, 10);
}

function ymd(y: number, m: number, d: number): Day {
  return Date.UTC(y, m, d);
}

function monthEnd(y: number, m: number): Day {
  return Date.UTC(y, m + 1, 0);
}

function parsePublished(published: string | null): Day | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const d = ymd(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(d) ? d : null;
}

function validDay(y: number, m: number, d: number): boolean {
  return d >= 1 && d <= new Date(monthEnd(y, m)).getUTCDate();
}

/** How far ahead of publication a bare day-and-month may fall and still be read forward, with no future word. */
const NEAR_FUTURE_DAYS = 45;

/**
 * The year of a day-and-month with no year. News mostly reports what happened: the most recent such
 * day on or before publication, unless the sentence speaks of the future or the day is only weeks
 * ahead while the past one is further back ("polls open on November 5", in a 2 November report).
 */
function dayYear(pub: Day, m: number, d: number, future: boolean): number {
  const y = new Date(pub).getUTCFullYear();
  // Looking ahead, the first such day on or after publication ("will be held on November 5", on November 5).
  if (future) return ymd(y, m, d) >= pub ? y : y + 1;
  const past = ymd(y, m, d) <= pub ? y : y - 1;
  const next = past + 1;
  const ahead = (ymd(next, m, d) - pub) / 86_400_000;
  const back = (pub - ymd(past, m, d)) / 86_400_000;
  return ahead <= NEAR_FUTURE_DAYS && back > NEAR_FUTURE_DAYS ? next : past;
}

/** The year of the most recent occurrence of a month on or before publication ("in June", "last August"). */
function recentMonthYear(pub: Day, m: number, strictlyBefore: boolean, future: boolean): number {
  const p = new Date(pub);
  const y = p.getUTCFullYear();
  const pm = p.getUTCMonth();
  if (future) return m > pm || (m === pm && !strictlyBefore) ? y : y + 1;
  if (strictlyBefore) return m < pm ? y : y - 1;
  return m <= pm ? y : y - 1;
}

type Found = { start: number; end: number; from: Day; to: Day; kind: 'point' | 'since' };

function sinceBefore(s: string, at: number): boolean {
  return /\bsince\s+(?:(?:early|late|mid|the\s+(?:start|beginning|end)\s+of)\s*-?\s*)?$/i.test(s.slice(Math.max(0, at - 40), at));
}

function monthPart(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function collect(s: string, pub: Day | null): Found[] {
  const found: Found[] = [];
  const add = (start: number, end: number, from: Day, to: Day, kind: 'point' | 'since' = 'point') => {
    if (Number.isFinite(from) && Number.isFinite(to) && from <= to) found.push({ start, end, from, to, kind });
  };
  const future = (at: number) => futureAt(s, at);
  const pubDate = pub === null ? null : new Date(pub);

  // ISO dates: 2024-11-12.
  for (const m of s.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (mo <= 11 && validDay(y, mo, d)) add(m.index!, m.index! + m[0].length, ymd(y, mo, d), ymd(y, mo, d));
  }

  // "November 5, 2024", "Nov. 5", "November 5th".
  for (const m of s.matchAll(new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'))) {
    const mo = monthPart(m[1]!);
    const d = Number(m[2]);
    if (mo === undefined) continue;
    const y = m[3] ? Number(m[3]) : pub !== null ? dayYear(pub, mo, d, future(m.index!)) : null;
    if (y === null || !validDay(y, mo, d)) continue;
    add(m.index!, m.index! + m[0].length, ymd(y, mo, d), ymd(y, mo, d), sinceBefore(s, m.index!) ? 'since' : 'point');
  }
  // "5 November 2024", "the 5th of November", "the day 4 of December of 2024" (as translated copy has it).
  for (const m of s.matchAll(new RegExp(`\\b(?:the\\s+(?:day\\s+)?)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?`, 'g'))) {
    const mo = monthPart(m[2]!);
    const d = Number(m[1]);
    if (mo === undefined) continue;
    const y = m[3] ? Number(m[3]) : pub !== null ? dayYear(pub, mo, d, future(m.index!)) : null;
    if (y === null || !validDay(y, mo, d)) continue;
    add(m.index!, m.index! + m[0].length, ymd(y, mo, d), ymd(y, mo, d), sinceBefore(s, m.index!) ? 'since' : 'point');
  }

  // Spelled ordinals with their month: "the fourth of November", "the twenty-first of March". Without a
  // month they are too often no day at all ("on the second and final reading", "the third in a series").
  for (const m of s.matchAll(new RegExp(`\\bthe\\s+(${ORDINAL_WORDS})\\s+of\\s+(${MONTH_RE})(?!['’]s)`, 'gi'))) {
    const d = ORDINAL_DAY[m[1]!.toLowerCase().replace(/[\s-]+/g, ' ')]!;
    const mo = monthPart(m[2]!);
    const y = mo !== undefined && pub !== null ? dayYear(pub, mo, d, future(m.index!)) : null;
    if (y === null || mo === undefined || !validDay(y, mo, d)) continue;
    add(m.index!, m.index! + m[0].length, ymd(y, mo, d), ymd(y, mo, d));
  }

  // Parts of a month: "at the end of October", "early November", "mid-August", "late October 2024".
  // "the first days of October", "the last few days of May" too.
  for (const m of s.matchAll(new RegExp(`\\b(?:(?:at\\s+|in\\s+)?the\\s+(?:(beginning|start|middle|end)|(first|last)\\s+(?:few\\s+)?days)\\s+of|(early|mid|late)[\\s-])\\s*(${MONTH_RE})(?:\\s+(\\d{4}))?\\b`, 'gi'))) {
    const mo = monthPart(m[4]!);
    if (mo === undefined) continue;
    const y = m[5] ? Number(m[5]) : pub !== null ? recentMonthYear(pub, mo, false, future(m.index!)) : null;
    if (y === null) continue;
    const part = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    const [a, b] = part === 'beginning' || part === 'start' || part === 'early' || part === 'first' ? [1, 10] : part === 'middle' || part === 'mid' ? [11, 20] : [21, 0];
    add(m.index!, m.index! + m[0].length, ymd(y, mo, a), b === 0 ? monthEnd(y, mo) : ymd(y, mo, b), sinceBefore(s, m.index!) ? 'since' : 'point');
  }

  // Weeks of a month: "in the first week of November", "the last week of May 2024".
  for (const m of s.matchAll(new RegExp(`\\b(?:(?:in|during)\\s+)?the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH_RE})(?:\\s+(\\d{4}))?\\b`, 'gi'))) {
    const mo = monthPart(m[2]!);
    if (mo === undefined) continue;
    const y = m[3] ? Number(m[3]) : pub !== null ? recentMonthYear(pub, mo, false, future(m.index!)) : null;
    if (y === null) continue;
    const nth = ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase());
    // The last week: the month's last seven days.
    const end = monthEnd(y, mo);
    const from = nth >= 0 ? ymd(y, mo, 1 + 7 * nth) : end - 6 * 86_400_000;
    add(m.index!, m.index! + m[0].length, from, nth >= 0 ? ymd(y, mo, 7 + 7 * nth) : end, sinceBefore(s, m.index!) ? 'since' : 'point');
  }

  // Months: "in June", "last August", "since August", "August 2024", "next March".
  for (const m of s.matchAll(new RegExp(`\\b(?:(${ci('last|this|next|in|since|during|by|until|from|early|late')})\\s+)?(${MONTH_RE})(?:\\s+(?:of\\s+)?(\\d{4}))?\\b(?!\\s+\\d)`, 'g'))) {
    const mo = monthPart(m[2]!);
    if (mo === undefined) continue;
    const word = (m[1] ?? '').toLowerCase();
    // "May" without a cue is the verb; "Jan" could be a name: a bare month needs a cue or a year.
    if (!word && !m[3]) continue;
    // "the Women's March of 2017": an event named after a month, not the month.
    if (!word && /\sof\s/.test(m[0]) && /^(?:March|May)$/.test(m[2]!) && /\b[A-Z][\w-]*['’]s\s+$/.test(s.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    if (m[2] === 'May' && !word && !m[3]) continue;
    const y = m[3] ? Number(m[3]) : pub !== null ? recentMonthYear(pub, mo, word === 'last', word === 'next' || (future(m.index!) && word !== 'last' && word !== 'since')) : null;
    if (y === null) continue;
    const start = m.index! + (word && !['last', 'next', 'this', 'since'].includes(word) ? m[1]!.length + 1 : 0);
    add(start, m.index! + m[0].length, ymd(y, mo, 1), monthEnd(y, mo), word === 'since' ? 'since' : 'point');
  }

  // Years: "in 2019", "since 2022".
  for (const m of s.matchAll(/\b(in|since|during|by|until|from|of|early|late|mid-?)\s+((?:19|20)\d{2})\b(?![-–]\d|,\d)/gi)) {
    const y = Number(m[2]);
    const word = m[1]!.toLowerCase();
    const start = m.index! + m[0].length - m[2]!.length;
    add(start, m.index! + m[0].length, ymd(y, 0, 1), ymd(y, 11, 31), word === 'since' ? 'since' : 'point');
  }

  if (pub === null || pubDate === null) return found;
  const py = pubDate.getUTCFullYear();
  const pm = pubDate.getUTCMonth();
  const pd = pubDate.getUTCDate();
  const pw = pubDate.getUTCDay();

  // Weekdays: "Tuesday", "on Monday", "last Friday", "next Monday".
  for (const m of s.matchAll(new RegExp(`\\b(?:(${ci('last|next|this|on|since|this past|this coming')})\\s+)?(${WEEKDAY_RE})(?:'s)?\\b`, 'g'))) {
    if (HOLIDAY_PREFIX.test(s.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const wd = WEEKDAYS[m[2]!.toLowerCase()]!;
    const word = (m[1] ?? '').toLowerCase();
    let back = (pw - wd + 7) % 7;
    if (word === 'last' && back === 0) back = 7;
    let d = pub - back * DAY;
    if (word === 'next' || word === 'this coming' || (word !== 'last' && word !== 'since' && back > 0 && /\b(will|next|upcoming|scheduled|due to)\b/i.test(s) && !/\b(said|told|announced|confirmed|was|were|had)\b/i.test(s))) {
      d = pub + (((wd - pw + 7) % 7) || 7) * DAY;
    }
    const start = m.index! + (word === 'on' ? 3 : 0);
    let end = m.index! + m[0].length;
    const local = /^\s*\(local time\)/i.exec(s.slice(end));
    if (local) end += local[0].length;
    add(start, end, d, d, word === 'since' ? 'since' : 'point');
  }

  // "on the 26th", "the 29th (local time)": a day of the publication month, or the month before.
  for (const m of s.matchAll(/\b(since\s+|on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b/gi)) {
    const d = Number(m[2]);
    let end = m.index! + m[0].length;
    const rest = s.slice(end);
    if (!AFTER_ORDINAL_DAY.test(rest)) continue;
    if (new RegExp(`^\\s*(?:of\\s+)?(?:${MONTH_RE})`).test(rest)) continue;
    let y = py;
    let mo = pm;
    if (d > pd) { mo -= 1; if (mo < 0) { mo = 11; y -= 1; } }
    // "Saturday the 13th": the month, of the one before and the one after publication, where that day is that weekday.
    const weekday = new RegExp(`\\b(${WEEKDAY_RE}),?\\s+$`, 'i').exec(s.slice(0, m.index!));
    if (weekday) {
      const want = WEEKDAYS[weekday[1]!.toLowerCase()]!;
      // The most recent such day on or before publication first (the next one first in a sentence that looks ahead).
      const ahead = futureAt(s, m.index!);
      const months = (ahead ? (d >= pd ? [0, 1, -1] : [1, 0, -1]) : d <= pd ? [0, -1, 1] : [-1, 0, 1]).map((k) => new Date(Date.UTC(py, pm + k, 1)));
      const fit = months.find((first) => validDay(first.getUTCFullYear(), first.getUTCMonth(), d) && new Date(ymd(first.getUTCFullYear(), first.getUTCMonth(), d)).getUTCDay() === want);
      if (fit) { y = fit.getUTCFullYear(); mo = fit.getUTCMonth(); }
    }
    if (!validDay(y, mo, d)) continue;
    const local = /^\s*\(local time\)/i.exec(rest);
    if (local) end += local[0].length;
    add(m.index! + (m[1] && /^on/i.test(m[1]) ? m[1].length : 0), end, ymd(y, mo, d), ymd(y, mo, d), m[1] && /^since/i.test(m[1]) ? 'since' : 'point');
  }

  // A day of a month named relative to publication: "the 16th of last month", "the day 16 of last month"
  // (as translated copy has it), "the 3rd of this month".
  // Day `d` of the month `shift` months from publication's, as a mention from `start` to `end`; none if that month has no such day.
  const addMonthDay = (start: number, end: number, shift: number, d: number) => {
    const first = new Date(Date.UTC(py, pm + shift, 1));
    if (validDay(first.getUTCFullYear(), first.getUTCMonth(), d)) add(start, end, ymd(first.getUTCFullYear(), first.getUTCMonth(), d), ymd(first.getUTCFullYear(), first.getUTCMonth(), d));
  };
  for (const m of s.matchAll(/\bthe\s+(?:day\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th))\s+of\s+(last|this|next)\s+month\b/gi)) {
    const w = m[3]!.toLowerCase();
    addMonthDay(m.index!, m.index! + m[0].length, w === 'last' ? -1 : w === 'next' ? 1 : 0, Number(m[1] ?? m[2]));
  }
  // "said the day 14 that …" (as translated copy has it): a day of the publication month, or of the month before.
  for (const m of s.matchAll(new RegExp(`\\bthe\\s+day\\s+(\\d{1,2})\\b(?!\\s+of\\s+(?:${MONTH_RE}|last|this|next|\\d{4})\\b)(?![.,]\\d)`, 'gi'))) {
    const d = Number(m[1]);
    addMonthDay(m.index!, m.index! + m[0].length, d > pd ? -1 : 0, d);
  }

  // "signed it into law on the twelfth": a spelled day after "on the", the sentence going no further into a noun
  // ("on the second reading" is none): a day of the publication month, or of the month before.
  for (const m of s.matchAll(new RegExp(`\\bon\\s+the\\s+(${ORDINAL_WORDS})\\b`, 'gi'))) {
    const end = m.index! + m[0].length;
    if (!/^\s*(?:$|[,.;:)(—–-]|(?:at|in|when|after|before|as|while)\b)/.test(s.slice(end))) continue;
    const d = ORDINAL_DAY[m[1]!.toLowerCase().replace(/[\s-]+/g, ' ')]!;
    addMonthDay(m.index! + m[0].search(/the/i), end, d > pd ? -1 : 0, d);
  }

  // Days relative to publication.
  for (const m of s.matchAll(/\b(yesterday|today|tomorrow|the day before yesterday|the previous day|the day before|the next day|the following day|overnight|tonight|this morning|this afternoon|this evening|last night)\b/gi)) {
    const w = m[1]!.toLowerCase();
    let from: Day;
    let to: Day;
    if (w === 'yesterday' || w === 'last night') from = to = pub - DAY;
    else if (w === 'the day before yesterday') from = to = pub - 2 * DAY;
    else if (w === 'tomorrow') from = to = pub + DAY;
    else if (w === 'the previous day' || w === 'the day before') { from = pub - 7 * DAY; to = pub - DAY; }
    else if (w === 'the next day' || w === 'the following day') { from = pub - 6 * DAY; to = pub + DAY; }
    else if (w === 'overnight') { from = pub - DAY; to = pub; }
    else from = to = pub;
    add(m.index!, m.index! + m[0].length, from, to);
  }

  // Weekends and weeks: "this weekend", "last weekend", "this week", "last week", "next week".
  for (const m of s.matchAll(/\b(this|last|next|over the|at the)\s+(weekend|week)\b/gi)) {
    const w = m[1]!.toLowerCase();
    const unit = m[2]!.toLowerCase();
    let from: Day;
    let to: Day;
    if (unit === 'weekend') {
      // Saturday of the weekend meant: the coming one from a Friday ("this weekend"), else the last one.
      const sinceSat = (pw - 6 + 7) % 7;
      let sat = pub - sinceSat * DAY;
      if (pw === 0) sat = pub - DAY;
      if ((w === 'this' && pw === 5) || w === 'next') sat = pub + ((6 - pw + 7) % 7 || 7) * DAY;
      from = sat;
      to = sat + DAY;
    } else {
      const monday = pub - ((pw + 6) % 7) * DAY;
      const shift = w === 'last' ? -7 : w === 'next' ? 7 : 0;
      from = monday + shift * DAY;
      to = from + 6 * DAY;
    }
    add(m.index!, m.index! + m[0].length, from, to);
  }

  // Months and years relative to publication: "last month", "this year", "earlier this month".
  for (const m of s.matchAll(/\b(earlier this|later this|this|last|next|past|previous)\s+(month|year)\b/gi)) {
    const w = m[1]!.toLowerCase();
    const unit = m[2]!.toLowerCase();
    let from: Day;
    let to: Day;
    if (unit === 'month') {
      const shift = w === 'last' || w === 'previous' || w === 'past' ? -1 : w === 'next' ? 1 : 0;
      from = ymd(py, pm + shift, 1);
      const f = new Date(from);
      to = monthEnd(f.getUTCFullYear(), f.getUTCMonth());
      if (w === 'earlier this') to = pub;
      if (w === 'later this') from = pub;
      if (w === 'past') { from = pub - 30 * DAY; to = pub; }
    } else {
      const shift = w === 'last' || w === 'previous' ? -1 : w === 'next' ? 1 : 0;
      from = ymd(py + shift, 0, 1);
      to = ymd(py + shift, 11, 31);
      if (w === 'earlier this') to = pub;
      if (w === 'later this') from = pub;
      if (w === 'past') { from = pub - 365 * DAY; to = pub; }
    }
    add(m.index!, m.index! + m[0].length, from, to);
  }

  // A month of a year named relative to publication: "in September of last year", "March this year",
  // "since the August of last year" (as translated copy has it). Not "the previous year", which may count
  // from a year the story names.
  for (const m of s.matchAll(new RegExp(`\\b([Ss]ince\\s+)?(?:the\\s+)?(${MONTH_RE})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'g'))) {
    const mo = monthPart(m[2]!);
    if (mo === undefined) continue;
    const w = m[3]!;
    const y = py + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
    add(m.index! + (m[1]?.length ?? 0), m.index! + m[0].length, ymd(y, mo, 1), monthEnd(y, mo), m[1] ? 'since' : 'point');
  }

  // Offsets: "about a week ago", "three days ago", "two months earlier", "over the past two weeks".
  for (const m of s.matchAll(/\b(about|some|nearly|almost|around|roughly|more than|over|less than|just over|just under)?\s*\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple of|\d{1,3})\s+(days?|weeks?|months?|years?)\s+(ago|earlier|before (?:he|she|they|it) (?:spoke|said|was speaking|were speaking))\b/gi)) {
    const { from, to } = offsetBack(m[1] ?? '', m[2]!, m[3]!, pub);
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    add(start, m.index! + m[0].length, from, to);
  }
  for (const m of s.matchAll(/\b(?:over|in|during)\s+the\s+(?:past|last)\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d{1,3})?\s*(days?|weeks?|months?|years?)\b/gi)) {
    const nWord = (m[1] ?? 'one').toLowerCase();
    const n = /^\d/.test(nWord) ? Number(nWord) : NUMBER_WORDS[nWord] ?? 1;
    const unit = m[2]!.toLowerCase().replace(/s$/, '');
    const size = unit === 'day' ? 1 : unit === 'week' ? 7 : unit === 'month' ? 30.44 : 365.25;
    add(m.index!, m.index! + m[0].length, pub - Math.round(n * size) * DAY, pub);
  }
  return found;
}

/**
 * The days an offset back from `pub` can denote ("about a week", "three days", "more than two months"):
 * exact for days, a week ±1 day, months ±15%, a hedge or a vague count ("a few") wider, "more than" up
 * to three times as far back and "less than" up to `pub`. Instants (ms), inclusive.
 */
function offsetBack(hedgeWord: string, countWord: string, unitWord: string, pub: Day): { from: Day; to: Day } {
  const hedge = hedgeWord.toLowerCase();
  const nWord = countWord.toLowerCase().replace(/ of$/, '');
  const n = /^\d/.test(nWord) ? Number(nWord) : NUMBER_WORDS[nWord] ?? 1;
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  const size = unit === 'day' ? 1 : unit === 'week' ? 7 : unit === 'month' ? 30.44 : 365.25;
  const center = Math.round(n * size);
  const vague = /few|several|couple/.test(nWord);
  let slack = unit === 'day' ? 0 : unit === 'week' ? 1 : Math.round(center * 0.15);
  if (hedge || vague) slack = Math.max(slack + 2, Math.round(center * 0.3));
  if (hedge === 'more than' || hedge === 'over' || hedge === 'just over') return { from: pub - center * 3 * DAY, to: pub - center * DAY };
  if (hedge === 'less than' || hedge === 'just under') return { from: pub - center * DAY, to: pub };
  return { from: pub - (center + slack) * DAY, to: pub - (center - slack) * DAY };
}

/**
 * When an activity still going on began, from how long it has lasted ("have been in combat for only
 * about a week", "had been fighting for three weeks"): that long before `published` (ISO day), as the
 * offsets above. Null for an unreadable date.
 */
export function durationStart(hedge: string, count: string, unit: string, published: string): { from: string; to: string } | null {
  const pub = Date.parse(published.slice(0, 10) + 'T00:00:00Z');
  if (Number.isNaN(pub)) return null;
  const { from, to } = offsetBack(hedge, count, unit, pub);
  return { from: iso(from), to: iso(to) };
}

/**
 * "on Monday of last week", "Tuesday this week": one day, the weekday within the week named after it,
 * not the last such weekday and a week besides.
 */
function weekdayOfWeek(s: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const next = found[i + 1];
    const day = WEEKDAYS[s.slice(f.start, f.end).toLowerCase()] ?? -1;
    if (day >= 0 && next && /^\s+(?:of\s+)?$/i.test(s.slice(f.end, next.start)) && /^(?:last|this|next|the previous|the following)\s+week$/i.test(s.slice(next.start, next.end)) && next.to - next.from === 6 * DAY) {
      // The week's Monday, then the weekday in it (Sunday closes the week).
      const monday = next.from - ((new Date(next.from).getUTCDay() + 6) % 7) * DAY;
      const at = monday + ((day + 6) % 7) * DAY;
      out.push({ start: f.start, end: next.end, from: at, to: at, kind: 'point' });
      i++;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Keeps the longest mention where mentions overlap (e.g. "November 5, 2024" over "November 5"). */
function dedupe(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Found[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end - f.start > prev.end - prev.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * Time expressions of a sentence with the days they can denote. Relative expressions need the
 * publication date (YYYY-MM-DD or a full ISO timestamp; its calendar day is used); without it only
 * dates that carry their own year are returned. Never throws.
 */
export function resolveDates(sentence: string, published: string | null): TimeMention[] {
  if (typeof sentence !== 'string' || !sentence) return [];
  try {
    const s = sentence.length > 20_000 ? sentence.slice(0, 20_000) : sentence;
    if (!MAY_HAVE_TIME.test(s)) return [];
    const pub = parsePublished(published);
    // "since Monday": the weekday rule reports the onset; the "since" is kept as the kind.
    const found = dedupe(collect(s, pub));
    // "on Sunday, April 27", "on Sunday the 10th": the weekday names the date written after it, not another day.
    const named = weekdayOfWeek(s, found).filter((f, i, all) => {
      const next = all[i + 1];
      return !(next && /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i.test(s.slice(f.start, f.end)) && /^,?\s*$/.test(s.slice(f.end, next.start)) &&
        /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d|the\s+\d)/i.test(s.slice(next.start, next.end)));
    });
    return named.map((f) => ({
      text: s.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      from: iso(f.from),
      to: iso(f.to),
      kind: f.kind,
    }));
  } catch {
    return [];
  }
}
