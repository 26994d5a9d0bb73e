import { describe, expect, it } from 'vitest';
import { compactKey, tokenF1, tokenize, tokenListF1 } from '../../../lib/page/text-normalize';

describe('tokenize', () => {
  it('joins apostrophes inside words, so titles that lost them still agree with the heading', () => {
    expect(tokenize('Pakistan’s stocks pay')).toEqual(['pakistans', 'stocks', 'pay']);
    expect(tokenF1('Pakistan’s stocks and currency pay heavy price', 'Pakistans Stocks And Currency Pay Heavy Price')).toBe(1);
  });

  it('keeps quotes around words as separators', () => {
    expect(tokenize("'Dream' review")).toEqual(['dream', 'review']);
  });

  it('gives one token per CJK character and folds full-width forms (NFKC)', () => {
    expect(tokenize('約会ＡＢＣ app')).toEqual(['約', '会', 'abc', 'app']);
  });

  it('reads ASCII and non-ASCII text alike', () => {
    expect(tokenize('Crisis in Köln: 3 dead')).toEqual(['crisis', 'in', 'köln', '3', 'dead']);
  });
});

describe('tokenListF1 / compactKey', () => {
  it('scores multiset overlap of token lists', () => {
    expect(tokenListF1(['a', 'b', 'c'], ['a', 'b', 'd'])).toBeCloseTo(2 / 3);
    expect(tokenListF1([], ['a'])).toBe(0);
  });

  it('compacts ASCII and non-ASCII names the same way', () => {
    expect(compactKey('NOLA.com')).toBe('nolacom');
    expect(compactKey('Le Monde.fr – Actualités')).toBe('lemondefractualités');
  });
});
