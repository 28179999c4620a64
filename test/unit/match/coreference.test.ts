import { describe, expect, it } from 'vitest';
import { resolveCountReferences, resolveDemonstratives, resolveDocumentIt, resolveFigureReferences, resolveGroups, resolveRegions, resolveSayingIt, resolveShortNames, resolveSurnames } from '../../../src/core/match/coreference';
import { sentenceFeatures } from '../../../src/core/match/sentence-features';

describe('resolveCountReferences', () => {
  it('reads a count of "them" as a count of the troops named in the sentences before', () => {
    expect(resolveCountReferences([
      'Ankara now estimates that about 4,000 Turkish soldiers have been sent to Syria.',
      'Officials told lawmakers on Wednesday that some 300 of them had been killed or wounded.',
    ])[1]).toBe('Officials told lawmakers on Wednesday that some 300 Turkish soldiers had been killed or wounded.');
    expect(resolveCountReferences(['The Iranians arrived in May.', 'About 40 of those were later sent home.'])[1]).toBe('About 40 Iranians were later sent home.');
    // A party that sent a count of troops: "them" are its troops.
    expect(resolveCountReferences([
      'Turkey is estimated to have sent some 11,000 troops to Syria last year.',
      'Officials said only about 3,000 of them had reached the front lines.',
    ])[1]).toBe("Officials said only about 3,000 Turkey's troops had reached the front lines.");
  });

  it('leaves the sentence alone when it names its troops itself, when two parties are named, or nothing is', () => {
    const own = 'Turkish soldiers are being killed, officials said, reporting that at least 40 of them died.';
    expect(resolveCountReferences(['Syrian forces attacked.', own])[1]).toBe(own);
    const two = ['Turkish soldiers fought Syrian troops near the border.', 'About 40 of them were killed.'];
    expect(resolveCountReferences(two)[1]).toBe(two[1]);
    expect(resolveCountReferences(['How many have gone?', 'About 40 of them were killed.'])[1]).toBe('About 40 of them were killed.');
    // More than two sentences back is too far.
    expect(resolveCountReferences(['Turkish soldiers arrived.', 'It rained.', 'Roads closed.', 'About 40 of them left.'])[3]).toBe('About 40 of them left.');
  });
});

describe('bare "Koreans"', () => {
  it('reads "Koreans" and "Korean units" as North Korean after the page last named North Korea, and not after the South', () => {
    const page = ['North Korean troops arrived in Russia.', 'Kyiv spoke of 7,500 Koreans deployed, and Korean units fought.', 'Seoul said 7,500 Koreans were deployed.', 'Pyongyang denied it; the Korean envoy spoke.'];
    expect(resolveShortNames(page)).toEqual(['North Korean troops arrived in Russia.', 'Kyiv spoke of 7,500 North Koreans deployed, and North Korean units fought.', 'Seoul said 7,500 Koreans were deployed.', 'Pyongyang denied it; the North Korean envoy spoke.']);
    expect(resolveShortNames(['Koreans celebrate the new year.'])).toEqual(['Koreans celebrate the new year.']);
    // The adjective elsewhere stays: "the Korean border", "the Korean War".
    expect(resolveShortNames(['North Korean troops came.', 'They crossed near the Korean border.'])[1]).toBe('They crossed near the Korean border.');
  });
});

describe('resolveShortNames', () => {
  it('reads "the North" as North Korea in a page that names North Korea, and leaves "the North Sea" alone', () => {
    const page = ['North Korean troops have arrived in Russia.', "The North ratified the treaty, and the North's soldiers crossed the North Sea."];
    expect(resolveShortNames(page)[1]).toBe("North Korea ratified the treaty, and North Korea's soldiers crossed the North Sea.");
    // A page that never names North Korea keeps its "North".
    expect(resolveShortNames(['The North won the war in 1865.'])[0]).toBe('The North won the war in 1865.');
  });
});

describe("a leader's troops", () => {
  it("reads a leader's soldiers as the country's, and Kim's only in a page that names Kim Jong Un", () => {
    expect(resolveShortNames(["Putin's troops advanced, and Mr Ozel's soldiers held."])[0]).toBe("Russia's troops advanced, and Mr Ozel's soldiers held.");
    expect(resolveShortNames(['Kim Jong Un sent them.', "Russia's training of Kim's soldiers broke the rules."])[1]).toBe("Russia's training of North Korea's soldiers broke the rules.");
    expect(resolveShortNames(["Kim's soldiers left."])[0]).toBe("Kim's soldiers left.");
    // Not troops: the leader's remarks stay his.
    expect(resolveShortNames(["Putin's remarks were brief."])[0]).toBe("Putin's remarks were brief.");
  });
});

describe('what coreference leaves alone', () => {
  it('keeps the words before a leader, a capital that ends in "s", and "the North of England"', () => {
    expect(resolveShortNames(["In Putin's army, morale fell."])[0]).toBe("In Russia's army, morale fell.");
    expect(resolveCountReferences(['They met in Paris.', 'About 40 of them were killed.'])[1]).toBe('About 40 of them were killed.');
    expect(resolveShortNames(['North Korean troops arrived.', 'The North of England voted.'])[1]).toBe('The North of England voted.');
  });
});

describe('resolveGroups', () => {
  it('reads "the two soldiers" as the two a sentence before introduced with their party', () => {
    const page = [
      'Kyiv said on Monday that two Iranian soldiers had been taken prisoner near Aleppo.',
      'Officials said the men were captured on Thursday.',
      'The two soldiers said they had received a week of training.',
    ];
    expect(resolveGroups(page)[2]).toBe('The two Iranian soldiers said they had received a week of training.');
    // Another number, or no party named with it: unchanged.
    expect(resolveGroups([page[0]!, 'The three soldiers left.'])[1]).toBe('The three soldiers left.');
    // A sentence may open with the number; two parties' groups of it leave "the two" unread.
    expect(resolveGroups(['Two Iranian soldiers were captured.', 'The two soldiers spoke.'])[1]).toBe('The two Iranian soldiers spoke.');
    expect(resolveGroups(['Two Iranian soldiers and two Turkish soldiers were captured.', 'The two soldiers spoke.'])[1]).toBe('The two soldiers spoke.');
    expect(resolveGroups(['Two soldiers were captured.', 'The two soldiers left.'])[1]).toBe('The two soldiers left.');
  });
});

describe('resolveDemonstratives and a party\'s men', () => {
  it('reads "those units" as the one party\'s troops named just before, and "Tehran\'s men" as its troops', () => {
    expect(resolveDemonstratives(['Iranian troops arrived near Aleppo.', 'Those units had moved into front-line fighting.'])[1]).toBe('Those Iranian units had moved into front-line fighting.');
    // Two parties named, or none: unchanged.
    const two = ['Iranian troops fought Turkish soldiers.', 'Those units withdrew.'];
    expect(resolveDemonstratives(two)[1]).toBe('Those units withdrew.');
    expect(resolveDemonstratives(['It rained.', 'Those units withdrew.'])[1]).toBe('Those units withdrew.');
    // A kind of troops between the party and the noun ("Iranian special forces soldiers"), but not any words.
    expect(resolveDemonstratives(['Some 1,500 Iranian special forces soldiers were flown to Latakia.', 'The airport was closed.', 'These troops have been trained by Syrian instructors.'])[2])
      .toBe('These Iranian special forces troops have been trained by Syrian instructors.');
    expect(resolveDemonstratives(['Tehran estimated that more troops were needed.', 'These troops will come from the south.'])[1]).toBe('These troops will come from the south.');
    expect(resolveShortNames(["Syrian troops fought Tehran's men for the first time."])[0]).toBe("Syrian troops fought Tehran's troops for the first time.");
    expect(resolveShortNames(["The party's men voted."])[0]).toBe("The party's men voted.");
  });

  it('reads "the troops" as the one party\'s troops named just before, and leaves "the troops of …" alone', () => {
    expect(resolveDemonstratives(['Some 3,000 Iranian troops have reached Syria.', 'Before heading north, the troops were put through training by Syrian instructors.'])[1])
      .toBe('Before heading north, the Iranian troops were put through training by Syrian instructors.');
    expect(resolveDemonstratives(['Iranian troops have reached Syria.', 'The troops of the garrison left.'])[1]).toBe('The troops of the garrison left.');
    expect(resolveDemonstratives(['Iranian troops fought Turkish soldiers.', 'The troops withdrew.'])[1]).toBe('The troops withdrew.');
    // "The fighters", "the forces" may be others the page named without a party.
    expect(resolveDemonstratives(['Turkish troops shelled positions held by Kurdish fighters.', 'The fighters, members of the YPG, returned fire.'])[1]).toBe('The fighters, members of the YPG, returned fire.');
  });
});

/** A page's last sentence's figures, read with the sentences before it. */
function readFigures(sentences: string[]) {
  const figs = sentences.map((t) => sentenceFeatures(t, '2024-06-01').figures);
  const last = sentences.length - 1;
  return resolveFigureReferences(sentences[last]!, figs[last]!, function* () {
    for (let k = last - 1; k >= 0; k--) yield figs[k]!;
  }, sentences[last - 1]);
}

describe('resolveFigureReferences', () => {
  const read = readFigures;

  it('reads a named party\'s estimate ("Kyiv\'s estimate is higher, at about 11,000") as the count before', () => {
    expect(read(['Greece said more than 10,000 Turkish soldiers had been sent to Libya.', "Tripoli's estimate is higher, at about 11,000."]).figures[0]).toMatchObject({ unit: 'soldier', party: 'TUR' });
  });

  it('reads "their number" as a count of the troops the sentence before named first and did not count', () => {
    const sent = 'Two weeks ago, Greece confirmed that Turkish soldiers sent to Libya had begun fighting rebel forces in the Sirte region.';
    const r = read([sent, 'The ministry put their number at roughly 800, most of them now in Sirte.']);
    expect(r.figures[0]).toMatchObject({ value: 800, unit: 'soldier', party: 'TUR' });
    expect(r.counted).toBe('Turkey soldier');
    // Counted before: that count's unit, as for "the number"; no troops named: nothing.
    expect(read(['Greece said 300 Turkish advisers had arrived.', 'The ministry put their number at roughly 800.']).figures[0]).toMatchObject({ unit: 'adviser' });
    expect(read(['Greece confirmed that the talks had begun in Sirte.', 'The ministry put their number at roughly 800.']).counted).toBeNull();
  });

  it('reads a count told of "the number" or "later estimates" as a count of what the figure before counted', () => {
    const page = [
      'The agency said more than 2,000 Sudanese refugees had crossed into Chad since Monday.',
      'Aid workers at the border described long queues.',
      'The UN puts the number higher still, at about 3,500.',
    ];
    const ref = read(page);
    expect(ref.figures[0]).toMatchObject({ text: 'about 3,500', unit: 'refugee', party: 'SDN' });
    expect(ref.counted).toBe('Sudan refugee');
    // A count named before its figure ("the number of … at only a few hundred") is an antecedent too.
    const later = read(['Officials put the number of Iranian troops in Syria at only a few hundred.', 'Later estimates settled at roughly two thousand.']);
    expect(later.figures[0]).toMatchObject({ unit: 'troop', party: 'IRN' });
    // Mere "people" are the people counted before.
    const people = read(['The agency said more than 2,000 Sudanese refugees had crossed into Chad since Monday.', 'The UN had put the number at about 3,500 people.']);
    expect(people.figures[0]).toMatchObject({ text: 'about 3,500 people', unit: 'refugee', party: 'SDN' });
    // Not after a count of things, nor when the people include others.
    expect(read(['Israeli strikes destroyed more than 300 buildings in the town.', 'Local officials put the number at 120 people killed.']).counted).toBeNull();
    expect(read(['About 1,500 Syrian soldiers fled across the border.', 'The UN put the number at 2,000 people, including civilians.']).counted).toBeNull();
  });

  it('leaves a figure alone when it says what it counts, when no anaphor comes before it, or the count before is not one thing', () => {
    const kept = (page: string[]) => expect(read(page).counted).toBeNull();
    kept(['About 2,000 Sudanese refugees crossed into Chad.', 'The number of aid workers rose to 300.']);
    kept(['About 2,000 Sudanese refugees crossed into Chad.', 'Officials counted 3,500 at the border, a figure the UN disputes.']);
    kept(['About 300 soldiers were killed and 2,700 wounded.', 'The figure is now about 3,500.']);
    kept(['Prices rose 4 percent in May.', 'The figure for June was 5,000.']);
    // Seven sentences back is too far.
    kept(['About 2,000 Sudanese refugees crossed into Chad.', 'A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'The number is now 3,500.']);
  });
});

describe('resolveRegions', () => {
  it('reads "the region" held or retaken as the region the page named last before it', () => {
    const page = [
      'Sudanese troops are fighting near the Gezira region.',
      'The army gathered some 20,000 men in a bid to drive the RSF out of Gezira.',
      'RSF fighters, who arrived in December, still hold part of the region.',
    ];
    expect(resolveRegions(page)[2]).toBe('RSF fighters, who arrived in December, still hold part of the Gezira region.');
    // In the same sentence, before it.
    expect(resolveRegions(['The army said it had retaken the last villages in the Gezira region and that the region was now liberated.'])[0]).toContain('the Gezira region was now liberated');
  });

  it('leaves "the region" alone when nothing is held or taken, when two regions are named, or no region is', () => {
    const allies = ['Troops moved into the Gezira region.', 'Washington is consulting its allies in the region.'];
    expect(resolveRegions(allies)[1]).toBe(allies[1]);
    const two = ['The Gezira region and the Sennar region saw fighting.', 'The army retook Gezira and Sennar.', 'The RSF still holds part of the region.'];
    expect(resolveRegions(two)[2]).toBe(two[2]);
    const none = ['Troops moved into Gezira.', 'The RSF still holds part of the region.'];
    expect(resolveRegions(none)[1]).toBe(none[1]);
    expect(resolveRegions(['The region of Darfur is held by the RSF.'])[0]).toBe('The region of Darfur is held by the RSF.');
  });

  it('takes "the region of Darfur" as naming the region', () => {
    expect(resolveRegions(['Fighting spread through the region of Darfur.', 'RSF troops had penetrated in the region in May, in the first occupation since the war began.'])[1])
      .toBe('RSF troops had penetrated in the Darfur region in May, in the first occupation since the war began.');
  });
});

describe('resolveRegions: ground lost or won back with no place named', () => {
  const opening = 'In December the RSF stormed into the Gezira region.';

  it('reads the ground in the region the page named last', () => {
    expect(resolveRegions([opening, 'Since then the army has clawed back roughly half of the 2,000 square kilometres the RSF seized at the height of the offensive.'])[1])
      .toBe('Since then the army has clawed back roughly half of the 2,000 square kilometres the RSF seized in the Gezira region at the height of the offensive.');
    expect(resolveRegions([opening, 'The RSF foothold inside Sudan has shrunk by nearly a third since the spring.'])[1])
      .toBe('The RSF foothold in the Gezira region inside Sudan has shrunk by nearly a third since the spring.');
  });

  it('leaves a sentence that names its place, or a page with no region, alone', () => {
    const named = 'The army has retaken half of the ground the RSF held in Gezira.';
    expect(resolveRegions([opening, named])[1]).toBe(named);
    const noRegion = ['The RSF stormed into Wad Madani.', 'The army has since clawed back half of the territory.'];
    expect(resolveRegions(noRegion)[1]).toBe(noRegion[1]);
    const elsewhere = 'Meanwhile in Darfur, the army has lost most of the ground it held around Nyala.';
    expect(resolveRegions([opening, elsewhere])[1]).toBe(elsewhere);
  });
});

describe('resolveSayingIt', () => {
  it('reads "It also admitted" as the party that opened the sentence before', () => {
    expect(resolveSayingIt(['Turkey said Saturday that it had driven the militants out of the border district.', 'It also admitted for the first time that Syrian soldiers fought there.'])[1])
      .toBe('Turkey also admitted for the first time that Syrian soldiers fought there.');
    expect(resolveSayingIt(["Turkey's defence ministry said on Monday that the village fell.", 'It also claimed gains near Afrin.'])[1]).toBe('Turkey also claimed gains near Afrin.');
  });

  it('reads "he" as the party whose official opened the sentence before, past a timeline day', () => {
    expect(resolveSayingIt(["March 3 - Turkey's chief of the general staff, Metin Gurak, tells Erdogan that the district has been cleared.", 'For the first time, he also acknowledges that Syrian soldiers fought there.'])[1])
      .toBe('For the first time, Turkey also acknowledges that Syrian soldiers fought there.');
    expect(resolveSayingIt(["Turkey's defence minister Yasar Guler said the village fell.", 'He also denied any losses.'])[1]).toBe('Turkey also denied any losses.');
    // A person with no party, or a party (not a person) before "he": left alone.
    expect(resolveSayingIt(['Ozel said the deal was done.', 'He also said talks would go on.'])[1]).toBe('He also said talks would go on.');
    expect(resolveSayingIt(['Turkey said the deal was done.', 'He also said talks would go on.'])[1]).toBe('He also said talks would go on.');
    // An opposition or former official does not speak for the state.
    expect(resolveSayingIt(["Turkey's opposition leader, Ozgur Ozel, tells reporters the plan failed.", 'He also acknowledges the army had no plan.'])[1]).toBe('He also acknowledges the army had no plan.');
    expect(resolveSayingIt(["Turkey's former prime minister, Ahmet Davutoglu, tells reporters the plan failed.", 'He also acknowledges the army had no plan.'])[1]).toBe('He also acknowledges the army had no plan.');
  });

  it('leaves "It" alone after a person, with no verb of saying, or first on the page', () => {
    expect(resolveSayingIt(['Erdogan said the deal was done.', 'It also said talks would go on.'])[1]).toBe('It also said talks would go on.');
    expect(resolveSayingIt(['Turkey said the deal was done.', 'It rained all day.'])[1]).toBe('It rained all day.');
    expect(resolveSayingIt(['It also said talks would go on.'])[0]).toBe('It also said talks would go on.');
    expect(resolveSayingIt(['The weather in Ankara was cold.', 'It also said talks would go on.'])[1]).toBe('It also said talks would go on.');
  });
});

describe('resolveSurnames', () => {
  it('reads a known person\'s family name alone as the full name the page gave before', () => {
    expect(resolveSurnames(['Defence Secretary Lloyd Austin flew to Seoul.', 'Austin later called on Beijing to act.'])[1]).toBe('Lloyd Austin later called on Beijing to act.');
    expect(resolveSurnames(['Kim Jong Un met the envoy.', 'Kim signed the decree on Monday.'])[1]).toBe('Kim Jong Un signed the decree on Monday.');
  });

  it('leaves the name alone before the full name, when two people share it, or with a first name of its own', () => {
    expect(resolveSurnames(['Austin spoke first.', 'Lloyd Austin flew to Seoul.'])[0]).toBe('Austin spoke first.');
    const two = ['Kim Jong Un met Kim Yo Jong.', 'Kim signed the decree.'];
    expect(resolveSurnames(two)[1]).toBe('Kim signed the decree.');
    expect(resolveSurnames(['Lloyd Austin flew in.', 'Steve Austin stayed home.'])[1]).toBe('Steve Austin stayed home.');
    // Someone else with the name on the page, or a place after a preposition.
    expect(resolveSurnames(['Vice President Kamala Harris spoke.', 'Rep. Andy Harris objected.', 'Harris, who chairs the caucus, said no.'])[2]).toBe('Harris, who chairs the caucus, said no.');
    expect(resolveSurnames(['Defence Secretary Lloyd Austin spoke.', 'Tesla said its plant in Austin grew.'])[1]).toBe('Tesla said its plant in Austin grew.');
  });
});

describe('resolveDemonstratives: the contingent', () => {
  it('reads "the contingent" as the one party\'s troops named just before', () => {
    const out = resolveDemonstratives(['Some 3,000 Iranian troops reached Aleppo in March.', 'Officials say most of the contingent has since been pulled back.']);
    expect(out[1]).toBe('Officials say most of the Iranian contingent has since been pulled back.');
  });
});

describe('resolveFigureReferences: "their number" kept narrow (cases a review found)', () => {
  const read = readFigures;

  it('leaves "their" alone when the sentence before names other people or two groups joined', () => {
    expect(read(['Indian troops evacuated tourists stranded after landslides in the mountains.', 'Officials put their number in Sikkim at roughly 1,200.']).counted).toBeNull();
    expect(read(['Ethiopian troops and Somali militias clashed on Tuesday.', 'Local elders put their number near Baidoa at roughly 300.']).counted).toBeNull();
  });

  it('reads a bare count that ends the sentence after a verb of estimating as the count before', () => {
    expect(read(['Greece said more than 10,000 Turkish soldiers had been sent to Libya.', 'The intelligence of Egypt calculated then more than 12 thousand.']).figures[0]).toMatchObject({ unit: 'soldier', party: 'TUR' });
    // A count with words after it says what it counts, or counts something else.
    expect(read(['Greece said more than 10,000 Turkish soldiers had been sent to Libya.', 'Egypt estimated 12,000 in Benghazi alone.']).counted).toBeNull();
  });

  it('reads another actor\'s "tally" as no reference to the count before', () => {
    expect(read(['Trump won about 77 million votes in the election.', "Harris's tally was about 75 million."]).counted).toBeNull();
  });

  it('reads "the total arrested" as a count of its own', () => {
    expect(read(['Police said 300 officers had been sent to the square.', 'The total arrested reached 1,200 by midnight.']).counted).toBeNull();
  });
});

describe('resolveDocumentIt', () => {
  it('reads "it" before a document\'s verb as the one kind of document named just before', () => {
    const out = resolveDocumentIt([
      'Ankara and Baku signed a defence pact in March.',
      'Much has been made of that document.',
      'Read it closely, and you will find that it contains no clause on arms sales.',
    ]);
    expect(out[2]).toBe('Read it closely, and you will find that the pact contains no clause on arms sales.');
    expect(resolveDocumentIt(['The accord was signed in Doha.', 'It obliges both sides to free prisoners.'])[1]).toBe('The accord obliges both sides to free prisoners.');
  });

  it('leaves "it" alone with two kinds of document before, none, a document in its own sentence, or no document\'s verb', () => {
    const keep = (lines: string[]) => expect(resolveDocumentIt(lines)[lines.length - 1]).toBe(lines[lines.length - 1]);
    keep(['The treaty and the trade agreement were signed together.', 'It contains no clause on arms.']);
    keep(['The company launched a new cereal.', 'It contains no added sugar.']);
    keep(['The pact was signed in March.', 'The accord on fishing is shorter: it contains no clause on arms.']);
    keep(['The pact was signed in March.', 'It rained in Baku as the leaders met.']);
  });
});

describe('resolveDocumentIt, for what is signed or ratified', () => {
  it('reads "ratifying it" as the one kind of document named just before', () => {
    expect(resolveDocumentIt(['Ankara and Baku signed the pact in June.', 'Baku got round to ratifying it only on Monday of last week.'])[1])
      .toBe('Baku got round to ratifying the pact only on Monday of last week.');
  });
});

describe('resolveDocumentIt, with other writings named', () => {
  it('leaves "it" alone when a memorandum or a speech is named beside the treaty', () => {
    const lines = ['Manila signed the agreement with Tokyo, and a memorandum with Canberra.', 'It contains no mutual-defence clause, officials said.'];
    expect(resolveDocumentIt(lines)[1]).toBe(lines[1]);
  });
});

describe("a known leader's troops", () => {
  it("reads Recep Tayyip Erdogan's soldiers as Turkey's", () => {
    expect(resolveShortNames(["Recep Tayyip Erdogan's soldiers held."])[0]).toBe("Turkey's soldiers held.");
  });
});
