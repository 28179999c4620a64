import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCheckWorthy } from '../../../src/core/text/is-check-worthy';

describe('isCheckWorthy', () => {
  it.each([
    'The ministry said 40 people were evacuated from the valley on Sunday.',
    'Rescue teams from Norway reached the village before dawn.',
    'Prices of bread rose by a third in the capital last month.',
    '“We will not leave this city,” the mayor told reporters.',
    'The company denied the allegations in a statement.',
    'This followed the previous day’s vote in parliament.',
    // "By" opening a sentence, not a byline: the next word is not a name.
    'By the spring, officials in Oslo were describing the new rules as a success.',
    'By October 28 the ministry estimated that about 400 people had left the valley.',
    // An ordinal anchors a provision of a treaty or law.
    'Under its fourth article, each side must come to the other\'s aid without delay.',
    // So does a term of a document the story names.
    'Under the pact, each side pledges to come to the other\'s aid without delay should it be attacked.',
    'The accord commits each side to rush help to the other in the event of an armed attack.',
    'It obliges both parties to consult each other before any arms sale.',
    'The accord does contain a mutual aid clause, under which each side has undertaken to help the other if it is attacked.',
    'It includes a clause under which each side is obliged to provide help without delay if the other is attacked.',
    'The accord includes a clause of mutual aid that obliges each side to lend help without delay if the other is attacked.',
    // A fact told to the reader is still a fact.
    'As you may have seen, the council confirmed on Tuesday that the bridge is closed.',
    'If you live in Wad Madani, the army has ordered you to leave.',
    // A sentence about claims is still a statement; so is a section label before a fact, a noun "Picture" and a name.
    // An order to the reader that goes on to state what they will find.
    'Read it closely, though, and you will find that the pact contains no clause on arms sales.',
    // An argument reported is an attribution.
    'Some economists argue the new rules stop short of obliging banks to hold more capital.',
    'Claims that the mayor closed the bridge were false, the council said.',
    'Claims: Weekly jobless claims fell by 12,000 to 210,000 last week, the Labor Department said.',
    'Picture galleries at the Louvre reopened on Monday after a two-week strike.',
    'Imagine Dragons cancelled their concert in Tel Aviv on Friday.',
    'Think of the 2,300 people killed in the Derna floods, the UN envoy told the Security Council.',
    // What someone listed or cited is attributed.
    'The problems she listed were cost, delays, staffing and training.',
    // An event the story names, as the subject of what it did.
    'The blockade hasn’t significantly changed the course of the war.',
    // A longer quotation may carry the fact itself.
    '“We have never seen the water come up this fast in all our years living by the river.”',
    // A short quotation that states a fact is a statement.
    '“The airport is now closed to all flights.”',
    // The writer's account of a fact, a guess with a fact of its own, a forecast attributed, a short quoted identification.
    'We would later discover that the bridge over the Dnipro had been blown up.',
    'I would watch Ankara, which has already sent drones to the Sudanese army.',
    'We expect the Fed to cut rates, Goldman economists wrote.',
    '“It was a drone strike.”',
    // A guess that carries a date or a saying is still checkable.
    'I think the ministry confirmed it on Wednesday, at the regular briefing.',
  ])('keeps a statement with an actor, figure, date or attribution: %s', (s) => {
    expect(isCheckWorthy(s)).toBe(true);
  });

  it.each([
    ['a byline', 'By Jane Example and Tom Sample'],
    ['a byline in capitals', 'BY JANE EXAMPLE in the capital'],
    ['a reporter line', 'Jane Example is a staff writer based in the capital.'],
    ['a photo caption', 'Firefighters at the scene on Monday. Photo by Sam Example'],
    ['a credit line', 'Smoke over the harbour.Credit: Example Agency'],
    ['an e-mail address', 'Send tips to desk@example.org for the weekly digest.'],
    ['a very short fragment', 'He left.'],
    ['a headline-style fragment', 'Floods Leave Thousands Homeless in the North'],
    ['a fragment without a sentence end', 'A long road to recovery for the farmers of the valley'],
    ['a question to the reader', 'Could the government survive another vote of confidence?'],
    ['an exhortation', 'Subscribe now to get the latest news from the region.'],
    ['an order to read with nothing found', 'Read the full report on the treaty and share it with your friends.'],
    ['a copyright line', '© 2031 Example Media. All rights reserved.'],
    ['vague commentary with no anchor', 'The move has not really changed much of anything at all.'],
    ['commentary on a deal that states none of its terms', 'The deal has not really changed much of anything at all.'],
    ['a remark that something "includes" a lot', 'It has a nice ring to it, and it includes a lot of charm.'],
    ['a remark on a deal\'s clauses that states none', 'The deal has some clauses worth reading.'],
    ['a remark that a bill has provisions', 'The bill contains provisions, too.'],
    ['a remark that a deal has a clause on something, with no terms', 'The deal includes a clause on data that the firm likes.'],
    ['a short quoted line that names nothing', '“That is what worries me most.”'],
    ["the writer's own guess", 'What I would watch now is Nairobi.'],
    ["the writer's own expectation", 'I suspect Khartoum will wait for the rains.'],
    ["the readers' own mail", 'Since the first reports from the flooded Gezira region, your questions have arrived by letter, by email and, in one case, on a postcard from Oban.'],
    ['the writer bidding the reader to reflect', 'Think about what that says about the army after nearly three years of war.'],
    ['the reader told to imagine', 'Imagine what 10,000 more soldiers would mean for the front.'],
    ['a claim a fact-check puts to the test', 'CLAIM 3: "The ministry says hundreds of flood victims have already died in Sennar."'],
    ['a claim a fact-check puts to the test, labelled in lower case', 'Claim: “The mayor closed the bridge on Monday.”'],
    ['a numbered claim with a dash', 'Claim #3 — the mayor closed the bridge on Monday.'],
  ])('drops %s', (_, s) => {
    expect(isCheckWorthy(s)).toBe(false);
  });

  it('never throws on arbitrary Unicode, RTL, emoji, CJK or huge input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (s) => typeof isCheckWorthy(s) === 'boolean'), { numRuns: 300 });
    expect(isCheckWorthy('مرحبا بالعالم. '.repeat(7000))).toBe(false);
    expect(isCheckWorthy(undefined as unknown as string)).toBe(false);
  });
});
