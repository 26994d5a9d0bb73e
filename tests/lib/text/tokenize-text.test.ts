import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../../lib/text/tokenize-text';

const folded = (s: string) => tokenizeText(s).map((t) => t.folded);

describe('tokenizeText', () => {
  it('splits words, drops possessives and elisions', () => {
    expect(folded("Biden's plan for l'Élysée")).toEqual(['biden', 'plan', 'for', 'elysee']);
  });
  it('normalises numbers and drops ids', () => {
    expect(folded('Costs $1,000,000 or 2.5% in 2021')).toEqual(['costs', '1000000', 'or', '2.5', 'in', '2021']);
    expect(folded('story 423052 h129241 mh370')).toEqual(['story', 'mh370']);
    expect(folded('7,35771,25458266,zabieramy psa')).toEqual(['zabieramy', 'psa']);
  });
  it('keeps dotted acronyms whole but splits words joined by a dot (URL slugs, missing spaces)', () => {
    const folded = (s: string) => tokenizeText(s).map((x) => x.folded);
    expect(folded('U.S. e.g. Ph.D.')).toEqual(['us', 'eg', 'phd']);
    expect(folded('inhalt.coronavirus said.The')).toEqual(['inhalt', 'coronavirus', 'said', 'the']);
  });
  it('marks capitals, acronyms and sentence starts', () => {
    const t = tokenizeText('The NATO summit. Leaders met Stoltenberg');
    const byWord = new Map(t.map((x) => [x.folded, x]));
    expect(byWord.get('the')?.isSentenceStart).toBe(true);
    expect(byWord.get('nato')?.isAcronym).toBe(true);
    expect(byWord.get('leaders')?.isSentenceStart).toBe(true);
    expect(byWord.get('stoltenberg')?.isCapitalized).toBe(true);
    expect(byWord.get('stoltenberg')?.isSentenceStart).toBe(false);
  });
  it('ends sentences at the last non-space before a word, whatever the spaces', () => {
    const starts = (s: string) => tokenizeText(s).map((x) => x.isSentenceStart);
    expect(starts('Out. \u00a0\u2009In')).toEqual([true, true]);
    expect(starts('Now — Then | More “Quoted” and so')).toEqual([true, true, true, true, true, false]);
    expect(starts('One, two')).toEqual([true, false]);
  });
  it('gives ASCII text (the fast path) the same tokens as the full Unicode path', () => {
    const texts = [
      "The U.S. and NATO's 2,500 troops. Biden's don't F-16s mh370 3c04 7,3577 A1 X AB12 x2y3",
      'Leaders MET in Paris: "Deal done!" said Stoltenberg; 1.000 and 2,5 (42)',
    ];
    for (const text of texts) {
      // A trailing non-ASCII word sends the whole text down the Unicode path.
      const slow = tokenizeText(`${text} é`).slice(0, -1);
      expect(tokenizeText(text)).toEqual(slow);
    }
  });
});
