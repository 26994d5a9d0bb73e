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
  it('marks capitals, acronyms and sentence starts', () => {
    const t = tokenizeText('The NATO summit. Leaders met Stoltenberg');
    const byWord = new Map(t.map((x) => [x.folded, x]));
    expect(byWord.get('the')?.isSentenceStart).toBe(true);
    expect(byWord.get('nato')?.isAcronym).toBe(true);
    expect(byWord.get('leaders')?.isSentenceStart).toBe(true);
    expect(byWord.get('stoltenberg')?.isCapitalized).toBe(true);
    expect(byWord.get('stoltenberg')?.isSentenceStart).toBe(false);
  });
});
