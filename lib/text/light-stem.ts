// Light stemming per language: strips common inflectional suffixes so "sanctions"/"sanctioned"/"sanction"
// meet. Runs everywhere; pure string work. Deliberately light: names must survive nearly unchanged.

/** Minimum letters left after stripping a suffix. */
const MIN_STEM_LETTERS = 3;

/** Suffixes per language, longest first; tried on folded (diacritic-free) words. */
const SUFFIXES: Record<string, string[]> = {
  de: ['ungen', 'ern', 'em', 'en', 'er', 'es', 'e', 's'],
  fr: ['ements', 'ement', 'euses', 'euse', 'eux', 'ees', 'ee', 'es', 'er', 'e', 's', 'x'],
  es: ['aciones', 'acion', 'amente', 'idades', 'idad', 'es', 'as', 'os', 'a', 'o', 's'],
  it: ['azioni', 'azione', 'mente', 'ita', 'i', 'e', 'a', 'o'],
  pt: ['acoes', 'acao', 'mente', 'idade', 'oes', 'es', 'as', 'os', 'a', 'o', 's'],
  nl: ['heden', 'ingen', 'en', 'es', 's', 'e'],
  pl: ['ami', 'ach', 'owie', 'ego', 'emu', 'ych', 'ymi', 'ow', 'om', 'ie', 'a', 'e', 'i', 'u', 'y', 'o'],
  tr: ['lerin', 'larin', 'leri', 'lari', 'ler', 'lar', 'nden', 'ndan', 'nde', 'nda', 'nin', 'nun', 'den', 'dan', 'ten', 'tan', 'yle', 'yla', 'in', 'un', 'de', 'da', 'te', 'ta', 'ye', 'ya', 'yi', 'yu', 'si', 'su', 'i', 'u'],
  sv: ['arna', 'erna', 'orna', 'ar', 'er', 'or', 'en', 'et', 'a', 'e'],
  da: ['erne', 'ene', 'er', 'en', 'et', 'e'],
  nb: ['ene', 'er', 'en', 'et', 'e'],
  ro: ['ilor', 'ului', 'ul', 'le', 'ii', 'i', 'a', 'e'],
};

/** Suffix strips per word in languages that stack their endings; others strip one. */
const STACKED_SUFFIX_PASSES: Record<string, number> = { tr: 3 };

/** Irregular past forms of verbs common in headlines, brought to the base form the regular rules give the
 *  present ("fled"/"flees" -> "flee", "stole"/"steals" -> "steal"): reports of one event differ in tense. Forms that
 *  are also other words ("left", "found", "saw", "lead", "felt") are left out. */
const ENGLISH_IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries({
  began: 'begin', begun: 'begin', bought: 'buy', brought: 'bring', caught: 'catch', chose: 'choose', chosen: 'choose',
  drove: 'drive', driven: 'drive', fled: 'flee', fought: 'fight', froze: 'freeze', frozen: 'freeze', gave: 'give',
  given: 'give', held: 'hold', hid: 'hide', hidden: 'hide', knew: 'know', known: 'know', lost: 'lose',
  met: 'meet', paid: 'pay', ran: 'run', rose: 'rise', risen: 'rise', sank: 'sink', sunk: 'sink', sent: 'send',
  shot: 'shoot', sold: 'sell', sought: 'seek', spoke: 'speak', spoken: 'speak', spent: 'spend', stole: 'steal',
  stolen: 'steal', struck: 'strike', swore: 'swear', sworn: 'swear', taught: 'teach', thrown: 'throw', threw: 'throw',
  told: 'tell', took: 'take', taken: 'take', won: 'win', wrote: 'write', written: 'write', died: 'die', dies: 'die',
  dying: 'die', killing: 'kill', fell: 'fall', fallen: 'fall', hung: 'hang', withdrew: 'withdraw', withdrawn: 'withdraw',
  overtook: 'overtake', upheld: 'uphold', beaten: 'beat', bitten: 'bite', blew: 'blow', blown: 'blow', broke: 'break',
  broken: 'break', grew: 'grow', grown: 'grow', flew: 'fly', flown: 'fly', forgave: 'forgive', forgiven: 'forgive',
}));

function stemEnglish(word: string): string {
  const irregular = ENGLISH_IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ied') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ys)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length >= 6) return undoubleConsonant(word.slice(0, -3));
  if (word.endsWith('ed') && word.length >= 5 && !word.endsWith('eed')) return undoubleConsonant(word.slice(0, -2));
  return word;
}

/** "stopped" -> "stopp" -> "stop"; keeps "ll"/"ss" which are usually part of the stem ("killed", "passed"). */
function undoubleConsonant(stem: string): string {
  const m = /([bdgmnprt])\1$/.exec(stem);
  return m ? stem.slice(0, -1) : stem;
}

/** Arabic: the article and attached conjunctions/prepositions in front, plural and feminine endings behind. */
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'];
const ARABIC_SUFFIXES = ['ات', 'ون', 'ين', 'ان', 'ها', 'ية', 'ة', 'ه', 'ي'];
const MIN_ARABIC_STEM_LETTERS = 3;

function stemArabic(word: string): string {
  let w = word;
  for (const p of ARABIC_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= MIN_ARABIC_STEM_LETTERS) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of ARABIC_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_ARABIC_STEM_LETTERS) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

/** German spelled without umlauts ("Oesterreich", "Gruene" in URLs, headline ASCII) meets folded umlauts
 *  ("Österreich" -> "osterreich"): ae/oe/ue are read as a/o/u. Both forms are matching keys only. Not after
 *  a vowel or q (diphthongs and "qu": "Bauer", "neue", "Steuer", "Quelle") nor before a closing "l" ("Israel",
 *  "Michael", "Samuel", "aktuell"), where the letters are no umlaut and must stay as other languages spell them. */
const GERMAN_DIGRAPH_RE = /(^|[^aeiouyq])([aou])e(?!l(?:s?$|l))/g;

/** Spelling variants of one language brought to one form, before stopword lookup and stemming. */
export function normalizeSpelling(word: string, lang: string | null): string {
  return lang === 'de' ? word.replace(GERMAN_DIGRAPH_RE, '$1$2') : word;
}

/** Returns the light stem of a folded word in the given language (English rules when unknown). */
export function stemWord(word: string, lang: string | null): string {
  if (/\d/.test(word)) return word;
  if (!lang || lang === 'en') return stemEnglish(word);
  if (lang === 'ar') return stemArabic(word);
  // Own keys only: a page's lang attribute may be any string ("constructor", "__proto__").
  const suffixes = Object.hasOwn(SUFFIXES, lang) ? SUFFIXES[lang] : undefined;
  if (!suffixes) return word;
  // Agglutinative languages stack their endings ("sınır-ı-nda"): they are stripped again, up to a limit.
  const passes = (Object.hasOwn(STACKED_SUFFIX_PASSES, lang) ? STACKED_SUFFIX_PASSES[lang] : undefined) ?? 1;
  let stem = word;
  for (let pass = 0; pass < passes; pass++) {
    const next = stripOneSuffix(stem, suffixes);
    if (next === stem) break;
    stem = next;
  }
  return stem;
}

function stripOneSuffix(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM_LETTERS) return word.slice(0, -suffix.length);
  }
  return word;
}
