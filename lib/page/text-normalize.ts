// Small string helpers shared by the page-understanding modules: whitespace, stray entities, compact
// keys for comparing names, and a token-overlap measure. Runs in the content script and the CLI;
// pure string work, touches no DOM.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', bull: '•',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú',
  ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', copy: '©', reg: '®',
  trade: '™', euro: '€', pound: '£',
};

/** Decodes entities left in text after parsing (double-encoded meta content, JSON-LD strings). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const INVISIBLE_TEST_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
/** The whitespace collapseSpace rewrites: runs of two or more, and single characters other than the
 *  plain space (\s covers nbsp, \u2000–\u200a, \u202f, \u205f and \u3000). Single spaces, one per word,
 *  already read as they should: matching each of them too would rebuild a paragraph piece by piece
 *  (several times slower) for the same result as replacing every run by one space. */
const SPACE_RUN_RE = /\s{2,}|[^\S ]/g;
/** Anything collapseSpace would change inside the text: an invisible character, a whitespace character
 *  other than the plain space, or two spaces in a row (spaces at either end are checked apart). Simple
 *  alternatives: the test scans whole paragraphs, often before the regex is compiled to machine code. */
const NEEDS_COLLAPSE_RE = /[^\S ]| {2}|[\u200b-\u200d\u2060\ufeff\u00ad]/;
const SPACE_CODE = 32;

/** Collapses all kinds of whitespace (incl. nbsp and zero-width characters) to single spaces. */
export function collapseSpace(text: string): string {
  // Most short strings (meta values, titles) are clean already: one test spares two replacements.
  if (text.charCodeAt(0) !== SPACE_CODE && text.charCodeAt(text.length - 1) !== SPACE_CODE && !NEEDS_COLLAPSE_RE.test(text)) return text;
  // Each replacement copies the string (paragraph texts are long): only the ones that change it.
  const visible = INVISIBLE_TEST_RE.test(text) ? text.replace(INVISIBLE_RE, '') : text;
  return visible.replace(SPACE_RUN_RE, ' ').trim();
}

/** Entity-decoded, whitespace-collapsed text. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return collapseSpace(decodeEntities(text));
}

/** Lowercase letters and digits only: "NOLA.com" -> "nolacom". For comparing names. */
export function compactKey(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const CJK_CHAR_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** An apostrophe inside a word (a module constant: bundlers lowering Unicode regexes for older targets
 *  would compile a literal inside the function on every call). */
const INNER_APOSTROPHE_RE = /(?<=[\p{L}\p{N}])['’](?=\p{L})/gu;

/** Lowercase word tokens (letters/digits runs); CJK text, written without spaces, gives one token per
 *  character so that overlap measures still work. */
export function tokenize(raw: string): string[] {
  // "Pakistan’s" and "Pakistans" (titles that lost their apostrophes) are one token.
  const text = raw.includes("'") || raw.includes('’') ? raw.replace(INNER_APOSTROPHE_RE, '') : raw;
  // ASCII text (most headlines) needs neither NFKC nor the per-character CJK split.
  const ascii = !/[^\x00-\x7f]/.test(text);
  const runs = (ascii ? text.toLowerCase().match(/[a-z0-9]+/g) : text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu)) ?? [];
  if (ascii || !CJK_CHAR_RE.test(text)) return runs;
  const out: string[] = [];
  for (const run of runs) {
    if (CJK_CHAR_RE.test(run)) {
      let latin = '';
      for (const ch of run) {
        if (CJK_CHAR_RE.test(ch)) {
          if (latin) out.push(latin);
          latin = '';
          out.push(ch);
        } else latin += ch;
      }
      if (latin) out.push(latin);
    } else out.push(run);
  }
  return out;
}

/** Multiset token F1 of two strings (1 = same words). */
export function tokenF1(a: string, b: string): number {
  return tokenListF1(tokenize(a), tokenize(b));
}

/** Multiset F1 of two token lists (callers comparing one text with many tokenize it once). */
export function tokenListF1(ta: readonly string[], tb: readonly string[]): number {
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  // Indexed loops: this runs mostly in the interpreter, where array iterators cost.
  for (let i = 0; i < ta.length; i++) {
    const t = ta[i] ?? '';
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < tb.length; i++) {
    const t = tb[i] ?? '';
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}

/** Share of `part`'s tokens that also occur in `whole` (multiset). */
export function tokenContainment(part: string, whole: string): number {
  const tp = tokenize(part);
  if (tp.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tokenize(whole)) counts.set(t, (counts.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of tp) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      hit++;
      counts.set(t, n - 1);
    }
  }
  return hit / tp.length;
}
