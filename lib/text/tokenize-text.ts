// Tokenisation of headlines, leads and body text into folded words and numbers, with the case evidence
// that marks named entities. Runs everywhere (page, worker, CLI); pure string work, no DOM.

import { foldText } from './fold-text';

export interface TextToken {
  /** Folded form (lowercase, no diacritics); numbers without thousands separators. */
  folded: string;
  isNumber: boolean;
  /** Starts with an uppercase letter in the original text. */
  isCapitalized: boolean;
  /** All letters uppercase and at least two of them (NATO, FBI). */
  isAcronym: boolean;
  /** First word of a sentence (its capital says nothing about being a name). */
  isSentenceStart: boolean;
}

/** Longest run of digits a real number keeps; longer runs are ids (article ids in URL slugs). */
const MAX_PLAIN_NUMBER_DIGITS = 4;
/** Most digits a letter+digit token may carry before it is an id ("mh370" stays, "h129241" goes). */
const MAX_MIXED_TOKEN_DIGITS = 4;

// Numbers with separators first ("1,000", "2.5"), then words (letters and digits, inner apostrophes and
// dots of acronyms). Separators between digits and letters split ("7,3577,zabieramy" -> id + word).
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)+(?!\p{L})|[\p{L}\p{N}]+(?:['’.]\p{L}+)*/gu;
const SENTENCE_END_RE = /[.!?:;…"“”«»—–|]\s*$/;
const UPPER_RE = /^\p{Lu}/u;
const ALL_UPPER_RE = /^[\p{Lu}\p{N}]+$/u;
const HAS_LETTER_RE = /\p{L}/u;
const PUNCTUATED_RE = /[.,'’]/;

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Splits text into tokens; elided articles ("l'", "d'") and English possessives are dropped. */
export function tokenizeText(text: string): TextToken[] {
  const out: TextToken[] = [];
  const source = text.normalize('NFKC');
  let last = 0;
  for (const m of source.matchAll(TOKEN_RE)) {
    const index = m.index ?? 0;
    const gap = source.slice(last, index);
    const isSentenceStart = out.length === 0 || SENTENCE_END_RE.test(gap);
    last = index + m[0].length;
    let raw = m[0];
    const hasLetter = HAS_LETTER_RE.test(raw);
    if (hasLetter) {
      // Only tokens with an apostrophe, dot or comma need the next three steps (most words have none).
      if (PUNCTUATED_RE.test(raw)) {
        // Possessive / elision: "Biden's" -> "Biden", "l'Élysée" -> "Élysée", "don't" stays one word.
        raw = raw.replace(/['’]s$/i, '');
        const elided = /^(\p{L}{1,2})['’](\p{L}.*)$/u.exec(raw);
        if (elided && elided[2]) raw = elided[2];
        // Acronyms with dots ("U.S.") keep their letters together.
        raw = raw.replace(/[.,'’]/g, '');
      }
      const digits = countDigits(raw);
      if (digits > MAX_MIXED_TOKEN_DIGITS) continue;
      // Letters and digits interleaved more than once ("f86dd8f8", "3c04") is a hash or id, not a name.
      if (digits > 0 && (raw.match(/\d+/g) ?? []).length > 1) continue;
      if (raw.length === 0) continue;
      out.push({
        folded: foldText(raw),
        isNumber: false,
        isCapitalized: UPPER_RE.test(raw),
        isAcronym: raw.length >= 2 && ALL_UPPER_RE.test(raw) && countDigits(raw) < raw.length,
        isSentenceStart,
      });
    } else {
      // Numbers: "1,000" and "1.000" -> "1000"; decimals keep their point ("2.5").
      let num = raw;
      if (/^\d{1,3}([.,]\d{3})+$/.test(num)) num = num.replace(/[.,]/g, '');
      else if (/^\d+[.,]\d+$/.test(num)) num = num.replace(',', '.');
      else if (/[.,]/.test(num)) continue; // "7,35771,25458266": an id, not a quantity
      else if (countDigits(num) > MAX_PLAIN_NUMBER_DIGITS) continue;
      out.push({ folded: num, isNumber: true, isCapitalized: false, isAcronym: false, isSentenceStart });
    }
  }
  return out;
}
