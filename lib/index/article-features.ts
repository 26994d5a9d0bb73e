// Matching features of one article: weighted normalised terms, named entities and numbers, computed once
// at ingest (and for the page being read). Runs in the worker and the CLI; pure, deterministic, no I/O.

import { isCalendarWord } from '../text/calendar-words';
import { translateStem } from '../text/concept-lexicon';
import { detectLanguage } from '../text/detect-language';
import { normalizeSpelling, stemWord } from '../text/light-stem';
import { isStopword, toPrimaryLanguage } from '../text/stopwords';
import { tokenizeText, type TextToken } from '../text/tokenize-text';
import type { ArticleInput } from './types';
import {
  BODY_MAX_CHARS,
  ENTITY_BOOST,
  FIELD_WEIGHT_BODY,
  FIELD_WEIGHT_LEAD,
  FIELD_WEIGHT_TITLE,
  BIGRAM_WEIGHT,
  NUMBER_BOOST,
  PREFIX_LETTERS,
  PREFIX_MIN_LETTERS,
  PREFIX_MIN_LETTERS_ENGLISH,
  PREFIX_WEIGHT,
  PREFIX_WEIGHT_ENGLISH,
  TF_LOG_BONUS,
  YEAR_BOOST,
} from './tuning';

/** Raw (pre-IDF) term weights of an article. Term keys: word stems; numbers as "#<digits>". */
export interface ArticleFeatures {
  lang: string | null;
  /** term -> field-weighted, boosted weight (before IDF). */
  weights: Map<string, number>;
  /** Terms that are named entities in this article. */
  entities: Set<string>;
  /** Terms that are numbers. */
  numbers: Set<string>;
}

/** Share of capitalised words above which a field is Title Case and its capitals say nothing. */
const TITLE_CASE_SHARE = 0.6;
const MIN_WORD_LETTERS = 2;

function isTitleCase(tokens: readonly TextToken[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.isNumber || t.folded.length < 4) continue;
    words++;
    if (t.isCapitalized) caps++;
  }
  return words >= 3 && caps / words >= TITLE_CASE_SHARE;
}

/** The number key, so "2,000" and "2000" meet and never collide with words. */
export function toNumberTerm(folded: string): string {
  return '#' + folded;
}

const YEAR_TERM_RE = /^#(?:19|20)\d\d$/;

/** The boost of a number term: a year dates an article more than it names its event ("2020" in a budget,
 *  an election and a review of the year alike), as month names do (lib/text/calendar-words.ts). */
function toNumberBoost(term: string): number {
  return YEAR_TERM_RE.test(term) ? YEAR_BOOST : NUMBER_BOOST;
}

/** A term's highest field weight and its occurrences in an article. */
interface TermTally {
  maxField: number;
  count: number;
}

/** One lookup per occurrence (a tally object per term) instead of two maps read and written each time. */
function tallyTerm(terms: Map<string, TermTally>, term: string, fieldWeight: number): void {
  const tally = terms.get(term);
  if (tally) {
    if (fieldWeight > tally.maxField) tally.maxField = fieldWeight;
    tally.count++;
  } else terms.set(term, { maxField: Math.max(0, fieldWeight), count: 1 });
}

/** Computes the matching features of an article from its headline, lead and leading body text. */
export function computeArticleFeatures(input: Pick<ArticleInput, 'title' | 'summary' | 'body' | 'lang'>): ArticleFeatures {
  const fields: Array<[TextToken[], number]> = [
    [tokenizeText(input.title ?? ''), FIELD_WEIGHT_TITLE],
    [tokenizeText(input.summary ?? ''), FIELD_WEIGHT_LEAD],
    [tokenizeText((input.body ?? '').slice(0, BODY_MAX_CHARS)), FIELD_WEIGHT_BODY],
  ];
  const lang =
    toPrimaryLanguage(input.lang) ?? detectLanguage(fields.flatMap(([tokens]) => tokens));
  const isEnglish = lang === null || lang === 'en';
  const prefixWeight = isEnglish ? PREFIX_WEIGHT_ENGLISH : PREFIX_WEIGHT;
  const prefixMinLetters = isEnglish ? PREFIX_MIN_LETTERS_ENGLISH : PREFIX_MIN_LETTERS;
  const terms = new Map<string, TermTally>();
  const entities = new Set<string>();
  const numbers = new Set<string>();
  for (const [tokens, fieldWeight] of fields) {
    const titleCase = isTitleCase(tokens);
    let previous: string | null = null;
    for (const t of tokens) {
      let term: string;
      let word = t.folded;
      if (t.isNumber) {
        term = toNumberTerm(t.folded);
        numbers.add(term);
      } else {
        word = normalizeSpelling(t.folded, lang);
        if (word.length < MIN_WORD_LETTERS || isStopword(word, lang)) continue;
        term = translateStem(stemWord(word, lang), lang);
        if ((t.isAcronym || (t.isCapitalized && !t.isSentenceStart && !titleCase)) && !isCalendarWord(t.folded)) entities.add(term);
      }
      tallyTerm(terms, term, fieldWeight);
      // Truncated forms meet across heavy inflection (Polish, Turkish, German compounds) and across
      // languages' cognates ("pandemie"/"pandemic"), where a light stemmer does not.
      if (prefixWeight > 0 && !t.isNumber && word.length >= prefixMinLetters) {
        tallyTerm(terms, '~' + word.slice(0, PREFIX_LETTERS), fieldWeight * prefixWeight);
      }
      // Neighbouring content words as an unordered pair: phrases ("death penalty") name the event
      // where single words only name the topic.
      if (BIGRAM_WEIGHT > 0 && previous !== null && previous !== term) {
        tallyTerm(terms, previous < term ? `${previous}+${term}` : `${term}+${previous}`, fieldWeight * BIGRAM_WEIGHT);
      }
      previous = term;
    }
  }
  const weights = new Map<string, number>();
  for (const [term, { maxField, count }] of terms) {
    const boost = entities.has(term) ? ENTITY_BOOST : numbers.has(term) ? toNumberBoost(term) : 1;
    weights.set(term, maxField * boost * (1 + TF_LOG_BONUS * Math.log(count)));
  }
  return { lang, weights, entities, numbers };
}
