import { describe, expect, it } from 'vitest';
import { normalizeSpelling, stemWord } from '../../../lib/text/light-stem';
import { detectLanguage } from '../../../lib/text/detect-language';
import { isStopword } from '../../../lib/text/stopwords';
import { tokenizeText } from '../../../lib/text/tokenize-text';

describe('stemWord', () => {
  it('joins English inflections', () => {
    expect(stemWord('sanctions', 'en')).toBe(stemWord('sanction', 'en'));
    expect(stemWord('stopped', 'en')).toBe('stop');
    expect(stemWord('policies', 'en')).toBe(stemWord('policy', 'en'));
    expect(stemWord('voting', 'en')).toBe('vot');
  });
  it('brings irregular past forms of headline verbs to the present ("fled"/"flees", "struck"/"strikes")', () => {
    for (const [past, present] of [['fled', 'flees'], ['struck', 'strikes'], ['stole', 'steals'], ['died', 'dies'], ['won', 'wins']]) {
      expect(stemWord(past!, 'en')).toBe(stemWord(present!, 'en'));
    }
    // Past forms that are other words too stay as written; so do words that name an object's built-ins.
    expect(stemWord('left', 'en')).toBe('left');
    expect(stemWord('constructor', 'en')).toBe('constructor');
  });
  it('leaves words as written for a language named like an object built-in (from a page lang attribute)', () => {
    for (const lang of ['constructor', '__proto__', 'tostring', 'valueof']) expect(stemWord('ministers', lang)).toBe('ministers');
  });
  it('keeps short words and names nearly intact', () => {
    expect(stemWord('bus', 'en')).toBe('bus');
    expect(stemWord('paris', 'en')).toBe('paris');
  });
  it('strips German, Spanish and French endings', () => {
    expect(stemWord('wahlen', 'de')).toBe(stemWord('wahl', 'de'));
    expect(stemWord('elecciones', 'es')).toBe(stemWord('eleccion', 'es'));
    expect(stemWord('gouvernements', 'fr')).toBe(stemWord('gouvernement', 'fr'));
  });
  it('strips stacked Turkish endings ("sınırında" = border + its + at)', () => {
    const sinir = stemWord('sinir', 'tr');
    expect(stemWord('sinirinda', 'tr')).toBe(sinir);
    expect(stemWord('sinirlari', 'tr')).toBe(sinir);
    expect(stemWord('multecinin', 'tr')).toBe(stemWord('multeci', 'tr'));
  });
  it('gives a German adjective one stem with and without its ending ("grün"/"grüne"/"Grünen")', () => {
    const grun = stemWord('grun', 'de');
    expect(stemWord('grune', 'de')).toBe(grun);
    expect(stemWord('grunen', 'de')).toBe(grun);
    expect(stemWord(normalizeSpelling('gruen', 'de'), 'de')).toBe(grun);
  });
});

describe('normalizeSpelling', () => {
  it('reads German ae/oe/ue as the folded umlaut, only in German', () => {
    expect(normalizeSpelling('oesterreich', 'de')).toBe('osterreich'); // "Österreich" folded
    expect(stemWord(normalizeSpelling('gruene', 'de'), 'de')).toBe(stemWord(normalizeSpelling('grunen', 'de'), 'de'));
    expect(normalizeSpelling('blue', 'en')).toBe('blue');
    expect(normalizeSpelling('koeln', 'de')).toBe('koln');
  });
  it('leaves diphthongs, "qu" and names ending in -el as every language spells them', () => {
    for (const w of ['aarauer', 'neue', 'steuer', 'quelle', 'israel', 'michael', 'samuel', 'aktuell']) {
      expect(normalizeSpelling(w, 'de')).toBe(w);
    }
  });
});

describe('stopwords and language', () => {
  it('filters per language, folded', () => {
    expect(isStopword('der', 'de')).toBe(true);
    expect(isStopword('uber', 'de')).toBe(true); // "über" folded
    expect(isStopword('the', 'de')).toBe(true); // English leaks into every press
    expect(isStopword('earthquake', 'en')).toBe(false);
    // Function words the package's English list lacks.
    for (const w of ['will', 'not', 'its', 'during', 'she', 'dont']) expect(isStopword(w, 'en')).toBe(true);
    // URL and feed boilerplate of other presses ("article", "news") carries no topic either.
    expect(isStopword('artikel', 'de')).toBe(true);
    expect(isStopword('noticias', 'es')).toBe(true);
  });
  it('guesses the language from stopwords', () => {
    expect(detectLanguage(tokenizeText('Die Regierung und der Kanzler haben sich nicht geeinigt'))).toBe('de');
    expect(detectLanguage(tokenizeText('The government and the chancellor did not agree'))).toBe('en');
    expect(detectLanguage(tokenizeText('Xyz'))).toBe(null);
  });
});
