/**
 * Whether a sentence states something a reader could check against another report. It must read as
 * a statement (enough words, a sentence end, not a question or a call to the reader) and carry at
 * least one anchor a fact hangs on: a named actor, a figure, a date, an attribution, or a term of a
 * document ("the pact commits each side to…"). Bylines, captions and widget text fail the first
 * test; vague commentary fails the second.
 */

// The capital is tested case-sensitively: under the i flag \p{Lu} matches any letter, and "By the
// spring, officials said…" is a sentence, not a byline.
// Nor is "By October 28 the Pentagon estimated…": a byline names a person, not a month or a day.
const BYLINE = /^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Rr]eported by|[Ee]dited by|[Aa]dditional reporting by|[Cc]ompiled by|BY)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b)\p{Lu}/u;
const REPORTER = /\b(?:reporter|correspondent|staff writer|contributed to this report|contributing writer)\b/i;
const CREDIT = /\b(?:photo(?:graph)?s?|image|picture|video|footage)\s*(?:by|courtesy|credit|:)|\bcredits?:|\[[A-Z][A-Z0-9 .,'/&-]{2,40}\]\s*$|\s\/\s*\p{Lu}[\p{L}.&' -]{1,40}$|©|\ball rights reserved\b/iu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
/** The readers' own mail named as such: "your questions", "your letters". */
const READERS_MAIL = /\byour (?:questions|letters|e-?mails|comments|messages|queries)\b/i;
/** The writer bidding the reader to reflect: "Think about what …", "Imagine …", "Ask yourself …". */
const RHETORICAL_ORDER = /^(?:(?:[Jj]ust|[Nn]ow|[Ss]o|[Bb]ut)\s*,?\s+)?(?:[Tt]hink (?:about|of)|[Ii]magine|[Aa]sk yourself)\s+\p{Ll}/u;
/** The label a fact-check puts before the claim it tests: "CLAIM 3:", "Claim:", "Viral claim:", "The claim:". */
const CLAIM_UNDER_TEST = /^(?:(?:the\s+|viral\s+|false\s+|misleading\s+)?claim\s+(?:no\.?\s*|#)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:—–-]|(?:the\s+|viral\s+|false\s+|misleading\s+)?claim\s*:\s*["“])/i;
/** Calls to the reader that open a sentence. */
/** What the reader is told they will find: "and you will find that …", "and you'll see that …". */
const YOU_WILL_FIND = /\band\s+you(?:['’]ll|\s+will)\s+(?:find|see|notice|learn|discover)\s+that\s+\p{L}/u;
const EXHORTATION = /^(?:click|tap|subscribe|sign up|sign in|log in|read|follow|share|join|watch|listen|download|don't miss|do not miss|learn more|find out|see also|check out|stay tuned|get|register|support|donate|comment|let us know|tell us|send us|contact us|visit)\b/i;
const ATTRIBUTION = /\b(?:said|says|say|told|tells|according to|announced|announces|confirmed|confirms|reported|reports|stated|states|added|claimed|claims|denied|denies|warned|warns|insisted|acknowledged|admitted|noted|explained|stressed|urged|accused|alleged|estimated|quoted|listed|cited)\b|(?<!\b(?:few|no)\s+\w+\s+)\b(?:argued|argues|argue|contended|contends|contend)\s+(?:that|the|it|this)\b/i;
const DATE_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|yesterday|today|tonight|ago|(?:last|this|next) (?:week|month|year|weekend)|(?:previous|next|following|same) (?:day|week|month)|the day before|(?:19|20)\d{2})\b/;
/** What a clause stated lays down, right after it: ", under which each side …", "that obliges …". */
const CLAUSE_TERMS = String.raw`,?\s+(?:under which|by which|that (?:obliges|commits|requires|binds|provides)|which (?:obliges|commits|requires|binds|provides)|obliging|committing|requiring)\b`;
/** What a clause is of, between it and its terms: "a clause of mutual defense that obliges …". */
const CLAUSE_OF = String.raw`(?:\s+(?:of|on|for)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?`;
/** A term of a document the story names: "The pact commits each side to…", "Under the treaty, each side pledges…", "It obliges each side to…", "The treaty does contain a mutual defence clause", "It includes a clause under which…". */
const DOCUMENT_TERM = new RegExp(String.raw`\b(?:the|this|that) (?:pact|treaty|agreement|accord|deal|law|bill|resolution|clause|charter|convention)\b[^.;]{0,40}?\b(?:commits?|requires?|obliges?|obligates?|provides? for|binds?|bars?|bans?|forbids?|allows?|guarantees?)\b|^under (?:the|this|that) (?:pact|treaty|agreement|accord|deal|law|charter|convention)\b|^It (?:commits|obliges|obligates|requires|binds) (?:each|both|all|the two) (?:sides?|parties|signatories|members|countries|states)\b|\b(?:the|this|that) (?:pact|treaty|agreement|accord|deal|law|bill|resolution|charter|convention)\b[^.;]{0,20}?\b(?:contains?|includes?|has)\b[^.;]{0,40}?\b(?:clause|provision|article|commitment|obligation|guarantee)s?\b${CLAUSE_OF}${CLAUSE_TERMS}|^It (?:also )?(?:contains|includes|has) (?:a|an|the) (?:[\w-]+ ){0,3}(?:clause|provision|article|commitment|obligation|guarantee)\b${CLAUSE_TERMS}`, 'i');
/** An event the story names as the subject of what it did: "The incursion hasn't significantly changed the war's dynamics". */
const EVENT_SUBJECT = /^(?:The|This|That) (?:incursion|offensive|counteroffensive|counter-offensive|invasion|deployment|attack|strike|operation|ceasefire|truce|blockade|sanctions|withdrawal|advance|annexation|occupation)\b[^.;,]{0,30}?\b(?:has|have|had|was|were|is|are|did|will|would)(?:n['’]t)?\b/;
/** Quoted speech is attributed to someone, even in the sentences of a quotation that carry no "said". */
const QUOTED = /["“”]/;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|several|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|half)\b/i;
/** Capitalised words that open sentences without naming anyone. */
const OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'So',
  'In', 'On', 'At', 'For', 'With', 'After', 'Before', 'As', 'If', 'When', 'While', 'However', 'Meanwhile', 'There', 'Here', 'What', 'Why', 'How',
  'Some', 'Many', 'Most', 'Other', 'Others', 'Such', 'Still', 'Yet', 'Also', 'Additionally', 'Subsequently', 'Moreover', 'Furthermore', 'Both', 'All',
  'Each', 'No', 'Not', 'One', 'Our', 'Their', 'His', 'Her', 'My', 'Your', 'Over', 'Under', 'Since', 'During', 'Despite', 'Although', 'Though',
  'Because', 'Then', 'Now', 'Today', 'Later', 'Earlier', 'Instead', 'Only', 'Even', 'Just', 'According']);
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into', 'over', 'vs', 'amid', 'after', 'about', 'is', 'are']);

function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A named actor or place: a capitalised word that is not just the sentence's first word, or an acronym. */
function hasActor(ws: string[]): boolean {
  for (const raw of ws) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!w) continue;
    if (/^\p{Lu}{2,}/u.test(w) && w !== 'I') return true;
    if (/^\p{Lu}\p{Ll}/u.test(w) && !OPENERS.has(w)) return true;
  }
  return false;
}

/** Title Case with no lowercase content word: a headline or a link, not a sentence. */
function isTitleCase(ws: string[]): boolean {
  let capital = 0;
  for (const raw of ws) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase())) return false;
    if (/^\p{Lu}/u.test(w)) capital++;
  }
  return capital >= 3;
}

/** Whether a sentence states a checkable fact (actors, numbers, dates, places, attributions), not a byline, caption or widget text. */
export function isCheckWorthy(sentence: string): boolean {
  if (typeof sentence !== 'string') return false;
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length < 20 || s.length > 2000) return false;
  const ws = words(s);
  if (ws.length < 5) return false;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  if (letters < s.length * 0.5) return false;
  if (BYLINE.test(s) || REPORTER.test(s) || CREDIT.test(s) || EMAIL.test(s) || URL_ONLY.test(s)) return false;
  // …unless it goes on to state what the reader will find ("Read it closely, and you will find that it contains no …").
  if (EXHORTATION.test(s.replace(/^[“"‘'(]+/, '')) && !YOU_WILL_FIND.test(s)) return false;
  // A question put to the reader as an order ("Think about what that says about …", "Imagine the cost"): no statement.
  if (RHETORICAL_ORDER.test(s.replace(/^[“"‘'(]+/, '')) && !/\b(?:said|told|according to|announced|reported)\b/i.test(s)) return false;
  // The page's own mail ("your questions have arrived by letter"): about the readers, not the story.
  if (READERS_MAIL.test(s)) return false;
  // A claim a fact-check puts to the test ("CLAIM 3: “…”", "Claim: …") is not the page's own statement.
  if (CLAIM_UNDER_TEST.test(s)) return false;
  // A question, even a quoted one, asks rather than states.
  if (/\?["”’)]*$/.test(s)) return false;
  // Headline-style fragments: no sentence end, or Title Case throughout.
  if (!/[.!…"”’)\]]$/.test(s) && !/[.!]["”’)]?\s/.test(s)) return false;
  if (isTitleCase(ws)) return false;
  // A short line that is all quotation and says only what "that" or "this" is ("“That is what worries me.”")
  // is colour, not a fact; "“The airport is now closed.”" is one.
  const bareQuote = /^["“](?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:what|why|how|the\s+(?:thing|problem|question|point))\b/i.test(s) && /["”]$/.test(s) && ws.length <= SHORT_QUOTE_WORDS;
  // The writer's own guess or plan ("What I would watch now is Seoul", "I suspect Minsk will wait"), outside
  // any quotation, is an opinion unless it also carries a figure, a date or a saying.
  const unquoted = s.replace(/["“][^"”]*["”]/g, ' ');
  if (OWN_GUESS.test(unquoted) && ws.length <= OWN_GUESS_WORDS && !NUMBER.test(unquoted) && !DATE_WORD.test(unquoted) && !ATTRIBUTION.test(unquoted)) return false;
  return hasActor(ws) || NUMBER.test(s) || DATE_WORD.test(s) || ATTRIBUTION.test(s) || (QUOTED.test(s) && !bareQuote) || DOCUMENT_TERM.test(s) || EVENT_SUBJECT.test(s);
}
/** The writer guessing or expecting: "What I would watch", "I suspect", "I'd expect". */
const OWN_GUESS = /(?:^|[\s(,;:])I\s+(?:(?:would|'d|’d)\s+(?:watch|look|bet|guess|expect)|think|suspect|guess|wonder|expect|doubt|bet)\b/;
/** A guess longer than this may carry a fact in a clause of its own ("I would watch Ankara, which has already sent drones"). */
const OWN_GUESS_WORDS = 10;
/** Up to this many words, a sentence that is wholly a quotation about "that" or "this" needs an anchor of its own. */
const SHORT_QUOTE_WORDS = 8;
