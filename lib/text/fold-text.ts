// Unicode normalisation and folding: NFKC, lowercase, diacritics removed, a few letters transliterated.
// Runs everywhere (page, worker, CLI); pure string work, no I/O, no DOM.

/** Letters that NFD does not decompose but readers treat as plain Latin letters. */
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const EXTRA_FOLD_RE = /[ßæœøłđðþı]/g;
/** Latin/Greek/Cyrillic combining diacritics and Arabic harakat; other scripts' marks are letters' parts. */
const COMBINING_MARK_RE = /[\u0300-\u036f\u064b-\u065f\u0670]+/g;

const ASCII_RE = /^[\x00-\x7f]*$/;

/** NFKC-normalises, lowercases and strips diacritics so "Élysée", "ELYSEE" and "élysée" compare equal. */
export function foldText(text: string): string {
  // Plain ASCII is its own NFKC/NFD/NFC form and has no marks or special letters: lowercase is all (and
  // most tokens are ASCII, so ingest skips three normalisations per word).
  if (ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARK_RE, '')
    .replace(EXTRA_FOLD_RE, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .normalize('NFC');
}
