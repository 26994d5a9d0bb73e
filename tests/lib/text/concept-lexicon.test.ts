import { describe, expect, it } from 'vitest';
import { computeArticleFeatures } from '../../../lib/index/article-features';
import { listLexiconEntries, translateStem } from '../../../lib/text/concept-lexicon';
import { normalizeSpelling, stemWord } from '../../../lib/text/light-stem';
import { isStopword } from '../../../lib/text/stopwords';

function termsOf(title: string, lang: string): Set<string> {
  return new Set([...computeArticleFeatures({ title, summary: null, lang }).weights.keys()].filter((t) => !t.startsWith('~')));
}

describe('translateStem', () => {
  it('brings countries, nationalities and event words of other languages to the English stem', () => {
    const de = termsOf('Erdbeben in der Türkei: Regierung meldet Tote', 'de');
    const en = termsOf('Turkey earthquake: government reports dead', 'en');
    for (const t of ['turkey', 'earthquake', 'government', 'dead']) {
      expect(de.has(t)).toBe(true);
      expect(en.has(t)).toBe(true);
    }
    expect(translateStem(stemWord('elecciones', 'es'), 'es')).toBe(translateStem(stemWord('wahlen', 'de'), 'de'));
  });
  it('brings common news words of other languages to the English word (verdict, died, price, ban)', () => {
    const de = termsOf('Urteil: Schauspieler gestorben, Preise und Verbot', 'de');
    const es = termsOf('Sentencia: actor murio, precios y prohibicion', 'es');
    const en = termsOf('Verdict: actor died, prices and ban', 'en');
    for (const t of ['verdict', 'died', 'price', 'ban'].map((w) => stemWord(w, 'en'))) {
      expect(de.has(t)).toBe(true);
      expect(es.has(t)).toBe(true);
      expect(en.has(t)).toBe(true);
    }
  });
  it('leaves English words and unknown words as they are', () => {
    expect(translateStem('earthquake', 'en')).toBe('earthquake');
    expect(translateStem('zeitung', 'de')).toBe('zeitung');
    // A form is looked up in its own language only: "tot" is German for dead, not an English word.
    expect(translateStem('tot', 'en')).toBe('tot');
  });
  it('keeps English nationality adjectives and short forms apart from the country or word they name', () => {
    expect(translateStem(stemWord('russian', 'en'), 'en')).toBe(stemWord('russian', 'en'));
    expect(translateStem(stemWord('gop', 'en'), 'en')).toBe(stemWord('gop', 'en'));
  });
});

describe('the lexicon data', () => {
  it('has every form reach its own concept: none is a stopword or shares its stem with another concept', () => {
    const wrong: string[] = [];
    for (const { lang, form, english } of listLexiconEntries()) {
      const word = normalizeSpelling(form, lang);
      const reached = translateStem(stemWord(word, lang), lang);
      if (isStopword(word, lang) || reached !== stemWord(english, 'en')) wrong.push(`${lang}:${form}->${reached}`);
      // An English key that is itself a stopword is never a term of English text: its forms would meet nothing.
      if (isStopword(english, 'en')) wrong.push(`en:${english} is a stopword`);
    }
    expect(wrong).toEqual([]);
  });
});
