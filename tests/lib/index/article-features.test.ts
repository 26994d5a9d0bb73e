import { describe, expect, it } from 'vitest';
import { computeArticleFeatures } from '../../../lib/index/article-features';
import { NUMBER_BOOST, PREFIX_WEIGHT, PREFIX_WEIGHT_ENGLISH, YEAR_BOOST } from '../../../lib/index/tuning';

/** Weight of a word's truncated form relative to the word itself, in a one-word headline. */
function prefixShare(word: string, lang: string): number {
  const f = computeArticleFeatures({ title: word, summary: null, lang });
  const whole = [...f.weights.entries()].find(([t]) => !t.startsWith('~'))?.[1] ?? 0;
  return (f.weights.get('~' + word.slice(0, 4)) ?? 0) / whole;
}

describe('computeArticleFeatures', () => {
  it('weighs truncated forms less in English, whose stemmer already joins the inflections', () => {
    expect(prefixShare('pressure', 'en')).toBeCloseTo(PREFIX_WEIGHT_ENGLISH, 10);
    expect(prefixShare('pressure', 'de')).toBeCloseTo(PREFIX_WEIGHT, 10);
    expect(PREFIX_WEIGHT_ENGLISH).toBeLessThan(PREFIX_WEIGHT);
  });

  it('keeps full-weight truncated forms for heavily inflected languages', () => {
    expect(prefixShare('pandemii', 'pl')).toBeCloseTo(PREFIX_WEIGHT, 10);
  });

  it('truncates short words outside English only ("krise"/"krisen", "demo"/"demonstranten"; English "crash" stays whole)', () => {
    expect(prefixShare('krise', 'de')).toBeCloseTo(PREFIX_WEIGHT, 10);
    const demo = computeArticleFeatures({ title: 'Demo', summary: null, lang: 'de' });
    const demonstranten = computeArticleFeatures({ title: 'Demonstranten', summary: null, lang: 'de' });
    expect(demo.weights.has('~demo')).toBe(true);
    expect(demonstranten.weights.has('~demo')).toBe(true);
    expect(prefixShare('crash', 'en')).toBe(0);
  });

  it('weighs a year less than other numbers: it dates an article more than it names its event', () => {
    const f = computeArticleFeatures({ title: 'Budget 2020 spends 2500 more', summary: null, lang: 'en' });
    expect(f.numbers.has('#2020')).toBe(true);
    expect(f.weights.get('#2020')! / f.weights.get('#2500')!).toBeCloseTo(YEAR_BOOST / NUMBER_BOOST, 10);
    expect(YEAR_BOOST).toBeLessThan(NUMBER_BOOST);
  });
});
