import { describe, expect, it } from 'vitest';
import { computeArticleFeatures } from '../../../lib/index/article-features';
import { isCalendarWord } from '../../../lib/text/calendar-words';
import { foldText } from '../../../lib/text/fold-text';

describe('isCalendarWord', () => {
  it('knows month and weekday names of the stemmed languages, folded as tokens are', () => {
    for (const word of ['January', 'Wednesday', 'März', 'miércoles', 'lunedì', 'Sonntag', 'stycznia', 'Şubat', 'maart', 'août']) {
      expect(isCalendarWord(foldText(word)), word).toBe(true);
    }
  });

  it('leaves out words that are as often something else, and ordinary words', () => {
    for (const word of ['mars', 'may', 'china', 'sunday-times', 'payroll']) expect(isCalendarWord(word), word).toBe(false);
  });
});

describe('calendar words in article features', () => {
  it('are words of the article, not named entities', () => {
    const f = computeArticleFeatures({
      title: 'Hiring slowed in January, a payroll firm says',
      summary: 'Private employers added fewer jobs than expected, ADP said on Wednesday in its monthly report.',
      lang: 'en',
    });
    expect([...f.weights.keys()]).toContain('january');
    expect(f.entities.has('january')).toBe(false);
    expect(f.entities.has('wednesday')).toBe(false);
    expect(f.entities.has('adp')).toBe(true);
  });
});
