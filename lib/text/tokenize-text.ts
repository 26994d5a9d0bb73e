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
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)+(?!\p{L})|[\p{L}\p{N}]+(?:['’]\p{L}+|\.\p{L}(?!\p{L}))*/gu;
const UPPER_RE = /^\p{Lu}/u;
const ALL_UPPER_RE = /^[\p{Lu}\p{N}]+$/u;
const HAS_LETTER_RE = /\p{L}/u;
const PUNCTUATED_RE = /[.,'’]/;
const ASCII_RE = /^[\x00-\x7f]*$/;
/** Characters that end a sentence when they are the last non-space before a word. */
const SENTENCE_END_CHARS = new Set('.!?:;…"“”«»—–|');

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Whether `c` is a character JavaScript's `\s` matches. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether the text between two words, source[from, to), ends a sentence (its last non-space is . ! ? …). */
function endsSentence(source: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpaceCode(source.charCodeAt(i))) i--;
  return i >= from && SENTENCE_END_CHARS.has(source[i]!);
}

/** Case facts of an ASCII word (the common case) without Unicode regexes. */
function readAsciiCase(raw: string): { hasLetter: boolean; isCapitalized: boolean; isAllUpper: boolean } {
  let hasLetter = false;
  let isAllUpper = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      hasLetter = true;
      if (c >= 97) isAllUpper = false;
    } else if (c < 48 || c > 57) isAllUpper = false;
  }
  const first = raw.charCodeAt(0);
  return { hasLetter, isCapitalized: first >= 65 && first <= 90, isAllUpper };
}

/** Splits text into tokens; elided articles ("l'", "d'") and English possessives are dropped. */
export function tokenizeText(text: string): TextToken[] {
  const out: TextToken[] = [];
  // ASCII text is its own NFKC form (most feed text): no normalisation pass, and ASCII case checks below.
  const ascii = ASCII_RE.test(text);
  const source = ascii ? text : text.normalize('NFKC');
  let last = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(source); m !== null; m = TOKEN_RE.exec(source)) {
    const index = m.index;
    const isSentenceStart = out.length === 0 || endsSentence(source, last, index);
    last = index + m[0].length;
    let raw = m[0];
    const hasLetter = ascii ? readAsciiCase(raw).hasLetter : HAS_LETTER_RE.test(raw);
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
      let isCapitalized: boolean;
      let isAllUpper: boolean;
      if (ascii) ({ isCapitalized, isAllUpper } = readAsciiCase(raw));
      else {
        isCapitalized = UPPER_RE.test(raw);
        isAllUpper = ALL_UPPER_RE.test(raw);
      }
      out.push({
        folded: ascii ? raw.toLowerCase() : foldText(raw),
        isNumber: false,
        isCapitalized,
        isAcronym: raw.length >= 2 && isAllUpper && digits < raw.length,
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
