// Every tunable of story matching and of the article store, in one place, with its unit.
// Tuned on the ../shared/data dev sets only (see lib/cli/eval-stories.ts); pure constants.

// --- Features (computed once, at ingest) ---
/** Weight of a term occurrence per field of the article. */
export const FIELD_WEIGHT_TITLE = 1.5;
export const FIELD_WEIGHT_LEAD = 1.0;
export const FIELD_WEIGHT_BODY = 0.5;
/** Characters of body text considered (the page's leading text; feeds have none). */
export const BODY_MAX_CHARS = 1000;
/** Multiplier for named entities (capitalised mid-sentence, acronyms) and for numbers. */
export const ENTITY_BOOST = 1.0;
export const NUMBER_BOOST = 1.2;
/** Multiplier for a number that reads as a year (1900-2099) instead of NUMBER_BOOST: a year dates an article
 *  more than it names its event (semeval pairs sharing only "2020" are mostly two stories: AUC 0.8452 -> 0.8469;
 *  0.3 gives the same; stories sets unchanged within 0.001). */
export const YEAR_BOOST = 0.5;
/** Weight of a pair of neighbouring content words, relative to a single word in the same field. */
export const BIGRAM_WEIGHT = 0;
/** Weight of a word's truncated form ("~pande"), relative to the word; words of at least
 *  PREFIX_MIN_LETTERS letters are truncated to PREFIX_LETTERS. Above 1 outside English: in inflected
 *  languages and across cognates the truncated form is the main bridge between two wordings, and light
 *  stemmers miss most of it (semeval AUC 0.8437 -> 0.8452, every non-English language up; 2 gives less). */
export const PREFIX_WEIGHT = 1.5;
/** PREFIX_WEIGHT for English (and text of unknown language, stemmed as English): its stemmer already joins
 *  the inflections, so truncation mostly joins unrelated words ("press"/"president"/"pressure"). */
export const PREFIX_WEIGHT_ENGLISH = 0.5;
export const PREFIX_LETTERS = 4;
/** Outside English, short words inflect and head compounds too ("krise"/"krisen", "sturm"/"sturmtief", "demo"/
 *  "demonstranten", Turkish roots and their suffixes): a 4-letter word's truncated form is the word itself, which
 *  meets the longer words it starts. semeval AUC by minimum 7: 0.8440, 6: 0.8471, 5: 0.8484, 4: 0.8510
 *  (tr-tr 0.807 -> 0.826, de-de 0.807 -> 0.810). */
export const PREFIX_MIN_LETTERS = 4;
/** PREFIX_MIN_LETTERS for English: 5 split the demo's Xi–Putin story in the browser (five-letter words' truncated
 *  forms joined unrelated words), and English inflections are the stemmer's job. */
export const PREFIX_MIN_LETTERS_ENGLISH = 6;
/** Extra weight per repeated occurrence, on a log scale (1 + TF_LOG_BONUS * ln(count)). */
export const TF_LOG_BONUS = 0.5;
/** Terms kept per stored article vector (highest tf-idf first). */
export const MAX_STORED_TERMS = 40;
/** MAX_STORED_TERMS of an article without a publication time: its flatter weights (UNDATED_IDF_EXPONENT) put
 *  more of its text beyond the 40th term (title + lead: median 54 terms, 90th percentile 77). Text-only
 *  nearest-neighbour test on the undated part of neus at IDF^0.5: 30: 0.610, 40: 0.624, 60: 0.630, 100: 0.630.
 *  Neus undated part F1 (with the undated centroid terms below: 80 / 100): 40: 0.6343 / -, 50: 0.6401 / 0.6415,
 *  60: 0.6390 / 0.6428, 80: 0.6404 / 0.6416. Count. */
export const UNDATED_MAX_STORED_TERMS = 60;
/** Terms per article written to the posting lists (its rarest, heaviest terms). */
export const MAX_POSTED_TERMS = 12;
/** Pseudo-documents added to the corpus size so IDF is sane while the index is still small. */
export const IDF_PRIOR_DOCS = 50;

// --- Candidate retrieval ---
/** Query terms whose posting lists are read. */
export const MAX_QUERY_TERMS = 12;
/** Candidates scored exactly, after a cheap overlap pre-ranking. */
export const MAX_CANDIDATES = 30;
/** Posting entries read per lookup before the remaining (commonest) query terms are skipped. */
export const MAX_POSTINGS_SCANNED = 1000;

// --- Time ---
/** Articles further apart than this are never the same story. Hours. */
export const MATCH_WINDOW_HOURS = 96;
/** Similarity is multiplied by exp(-hoursApart / TIME_DECAY_HOURS). Hours. */
export const TIME_DECAY_HOURS = 240;
/** Similarity factor when a publication time is unknown (time agreement is then no evidence). 0..1.
 *  0.35 since UNDATED_IDF_EXPONENT (flatter weights raise undated cosines; neus undated part F1 with exponent
 *  0.5 and show 0.55: 0.33: 0.6177, 0.35: 0.6218, 0.37: 0.6150, 0.4: 0.6150; 0.4 at IDF^1: 0.6116). With the
 *  hubness-corrected show rule (UNDATED_SHOW_MARGIN, which it scales) neus F1 0.3: 0.6912, 0.35: 0.7000, 0.4:
 *  0.7018, 0.45: 0.6964; the gain at 0.4 comes from joining (0.35 with the margin scaled to match 0.4: 0.6994),
 *  where more of a topic's undated events chain into one story and its hubs are no longer told apart (the
 *  unit test of an explainer in the page's story fails at 0.4): kept at 0.35. */
export const UNDATED_TIME_FACTOR = 0.35;
/** An undated article's (and page's) IDF is raised to this power: without a time window every article of a
 *  topic is a candidate, and full IDF lets the rare framing words of one outlet's wording (an opinion lead's
 *  "firmament", "unapologetic") outweigh the ordinary words that state the event ("tie", "vote", "debate"),
 *  which all its outlets share. Nearest-neighbour test on the undated part of neus (share of each article's
 *  other outlets among its 2 nearest, text only): IDF^1 0.606, ^0.75 0.616, ^0.5 0.624, ^0.25 0.624, ^0 (tf
 *  only) 0.610; field-wise maxima of title/lead cosines 0.525–0.603, a neighbourhood-relative IDF +0.008.
 *  Neus undated part F1 with time factor 0.35, show 0.55: 1: 0.6098, 0.75: 0.6142, 0.5: 0.6218, 0.4: 0.6153,
 *  0.3: 0.6072 (0.6116 before, at IDF^1, factor 0.4, show 0.6). Dated articles keep IDF^1: on all articles,
 *  0.75 / 0.5 lowered dated neus (0.737 -> 0.715 / 0.704) and semeval AUC (0.851 -> 0.8498 / 0.8485) though
 *  uci rose (0.708 -> 0.752 / 0.747). Unitless. */
export const UNDATED_IDF_EXPONENT = 0.5;
/** Posting-list bucket size. Hours (one bucket per UTC day). */
export const POSTING_BUCKET_HOURS = 24;

// --- Story decisions ---
/** Terms kept in a story's centroid. */
export const CENTROID_TERMS = 40;
/** CENTROID_TERMS of a story with no dated member. Undated vectors weigh terms by a flatter IDF
 *  (UNDATED_IDF_EXPONENT), so an event's words spread over more terms and 40 cut off words that its members
 *  share. Neus undated part F1 (with UNDATED_DIRECT_OWN_STORY_RATIO 0.7, 40 stored terms): 40: 0.6290, 50:
 *  0.6326, 60: 0.6354, 80: 0.6342; with UNDATED_MAX_STORED_TERMS 60: 60: 0.6366, 80: 0.6390, 100: 0.6428,
 *  120: 0.6423. For all stories 60 lowered uci (0.708 -> 0.701), hence undated stories only. Count. */
export const UNDATED_CENTROID_TERMS = 100;
/** Share of the best single link in a story's score (the rest is the centroid similarity). 0..1. */
export const LINK_SHARE = 0.3;
/** Weight, as a share of the article's heaviest term, from which a named entity is one of its key
 *  actors/places (an entity in the headline or repeated; passing mentions weigh less). 0..1. */
export const KEY_ENTITY_MIN_SHARE = 0.6;
/** Story score factor when every matched member disagrees on key entities with the article: each side
 *  names a key person/place the other never mentions (Xi–Trump call vs Xi–Putin call). 0..1. */
export const ENTITY_CONFLICT_FACTOR = 0.25;
/** Members disagreeing on key entities per member agreeing, above which a story gets ENTITY_CONFLICT_FACTOR
 *  (before: any one agreeing member vouched for it). One member whose names weigh little (Title Case headline,
 *  names of low IDF because every member repeats them) let the demo's Xi–Trump call join its Xi–Putin story
 *  once "spoke" met "speaks". uci F1 0.705 -> 0.708, neus 0.561 -> 0.562 (1: uci 0.686; 1.5: 0.700; 3: 0.702). */
export const ENTITY_CONFLICT_MAJORITY = 2;
/** Smallest similarity for a new article to join an existing story. Cosine, 0..1. */
export const JOIN_THRESHOLD = 0.1;
/** Smallest similarity to two stories at once for them to be merged. Cosine, 0..1. */
export const MERGE_THRESHOLD = 0.5;
/** Closest neighbours of a new article checked for having started a story of their own before the rest
 *  of it arrived (they move into the new article's story when it fits them). Count. */
export const REASSIGN_CANDIDATES = 3;
/** An article outside the page's story is shown only when its own story (without it) fits it at most this
 *  many times better than the page's story does: a member of a neighbouring event with the same actors
 *  fits its own story far better. Ratio of centroid scores. */
export const DIRECT_OWN_STORY_RATIO = 2;
/** DIRECT_OWN_STORY_RATIO when the candidate or the page's story has no publication time: no window keeps an
 *  event's same-topic neighbours out of reach, so an article is shown from outside the page's story only when
 *  the page's story fits it clearly better than its own story (without it) does, or when it sits alone (neus
 *  undated part F1 with cohesion 3, show 0.6: ratio 2: 0.5766, 1.5: 0.5880, 1: 0.5968; with UNDATED_IDF_EXPONENT
 *  and UNDATED_CENTROID_TERMS: 1: 0.6281, 0.8: 0.6347, 0.7: 0.6354, 0.5: 0.6356; before UNDATED_CENTROID_TERMS
 *  the F1 was flat from 0.7 down to 0.3). Ratio of centroid scores. */
export const UNDATED_DIRECT_OWN_STORY_RATIO = 0.5;
/** Smallest similarity to the page for an article OUTSIDE the page's story to be shown as coverage
 *  anyway (order-dependent clustering may have put it in a neighbouring story). Cosine × time factor. */
export const DIRECT_MATCH_THRESHOLD = 0.12;
/** Smallest similarity to the page for a story member to be shown as its coverage. Cosine. */
export const SHOW_THRESHOLD = 0.05;
/** Without a publication time on either side, an article is shown when its hubness-corrected similarity to the
 *  page (UNDATED_HUBNESS_PENALTY) is at least minus this for a member of the page's story, at least this for any
 *  other candidate of an undated page (all of them are weighed, not only those selectDirectMatches lets through).
 *  Replaced a share of the best member's similarity (0.55: neus 0.6549, undated part 0.6428). Neus F1 (undated
 *  part) by rule: members only, corrected >= 0: 0.6752 (0.6647), >= -0.01: 0.6836 (0.6750); every candidate
 *  alike, >= 0: 0.6855 (0.6776), >= 0.005: 0.6796; members / others with direct matches as members: -0.01 /
 *  0.005: 0.6970, -0.01 / 0.01: 0.6995, -0.01 / 0.015: 0.6985, -0.015 / 0.01: 0.6958; direct matches as
 *  others: -0.01 / 0.01: 0.7004 (0.6947), -0.0075 / 0.0075: 0.6982, -0.0125 / 0.0125: 0.6972, -0.01 / 0.0075:
 *  0.6995, -0.0075 / 0.01: 0.6990. Also lowering best-relative margins (corrected >= best - 0.03) lost recall
 *  (0.6255). Cosine × time factor. */
export const UNDATED_SHOW_MARGIN = 0.01;
/** Without a publication time on the page, a page that no story took (or that sits alone in its own) is shown
 *  the members of the story that fits it best when that story's score reaches this; joining takes
 *  JOIN_THRESHOLD. On the undated part of neus 1,499 of 6,393 articles sat alone after clustering, their
 *  coverage found 0.075 of their other outlets (F1 by threshold: none 0.5968, 0.09: 0.6023, 0.07: 0.6092,
 *  0.06: 0.6088, 0.05: 0.6087, 0.03: 0.6075). Story score as for joining, 0..1. */
export const UNDATED_NEAREST_STORY_THRESHOLD = 0.06;
/** Without a publication time, a story's score for an article is its centroid score times its cohesion
 *  (|sum of its members' unit vectors| / members: 1 when they all say the same, 1/sqrt(n) when they share
 *  nothing) to this power. The centroid's cosine alone favours a story that chains many events of one topic
 *  (its centroid keeps their shared names, its differing words cancel out in the norm), and with no time
 *  window every article of the topic competes for it: on the undated part of neus, stories of 10+ members
 *  held 2,059 of 6,393 articles at 0.30–0.40 precision. Exponent 1 is group-average linkage. Neus undated
 *  part F1 (with UNDATED_DIRECT_OWN_STORY_RATIO 1, show 0.6, no nearest-story rule): 0: 0.4434 (0.5343 at
 *  the old show rule 0.8), 1: 0.5465, 2: 0.5863, 3: 0.5968, 4: 0.5899, 5: 0.5734; dated stories are
 *  untouched. Unitless. */
export const UNDATED_COHESION_EXPONENT = 3;
/** Highest cosines to other articles in an undated article's density (StoredFeatures.nn: its candidates when it
 *  was clustered, and later articles that had it as a candidate); their mean (missing ones count 0) is its
 *  neighbourhood density r, how alike it is to everything on its topic. Text-only nearest-neighbour test on the
 *  undated part of neus (IDF^0.5, 2 nearest by CSLS): k 3: 0.651, 5: 0.651, 7: 0.652 (plain cosine 0.602). Neus
 *  F1 with the member rule alone at -0.01: 3: 0.6693, 5: 0.6836, 8: 0.6704 (the margins were swept at 5).
 *  Kept for undated articles only (dated ones count 0; on neus the same F1): with them on every article,
 *  clustering of the (dated) bench feeds was ~10% slower and took 177 more bytes per article. Count. */
export const NEIGHBOUR_DENSITY_K = 5;
/** Of an article's NEIGHBOUR_DENSITY_K neighbours in its density, at most this many may be members of the story
 *  shown (the rest are its next nearest outside it): with all of them, every report of a story told by 10
 *  outlets alike counted as a hub, and an undated page was shown 4 of its 9 (a test below); with none, the
 *  hubs of a story that chained several events counted as its own (neus F1 with none and margins -0.01 / 0.01:
 *  0.6579; 0 / 0.02: 0.6753; 0.01 / 0.03: 0.6718). 2: 0.6931, 3: 0.6976, 4: 0.7000 (all: 0.7004). Count. */
export const NEIGHBOUR_DENSITY_MAX_OWN = 4;
/** Nearest articles kept per article (StoredFeatures.nn, nnSeq): more than NEIGHBOUR_DENSITY_K, so that the
 *  density still has neighbours outside the shown story. Count. */
export const NEIGHBOURS_KEPT = 10;
/** Hubness correction (CSLS, "cross-domain similarity local scaling") of the similarity of a page and an
 *  article when either has no publication time: cosine - UNDATED_HUBNESS_PENALTY * (r(page) + r(article)) / 2.
 *  An article alike to everything on its topic (an explainer, a round-up, a story told in the topic's stock
 *  words) otherwise is the nearest article of many pages that are other events. Neus F1 with every candidate
 *  at corrected >= 0: 0.9: 0.6351, 0.95: 0.6697, 1: 0.6855, 1.05: 0.6806 (the margin moves with it). Tried in
 *  the join too (the best link's score corrected so, 1 / 0.5): neus 0.6920 / 0.6999 against 0.7004 without.
 *  Unitless. */
export const UNDATED_HUBNESS_PENALTY = 1;

// --- Pairs outside the index ---
/** Similarity of a pair when one side has no matching text (no evidence either way): above the 0 of texts
 *  that share nothing, and level with texts that share only a minor term or two: pairs chosen for sharing
 *  names (SemEval's) are, at such small cosines, no likelier one story than a pair without text.
 *  Cosine, 0..1. */
export const TEXTLESS_PAIR_SCORE = 0.05;

// --- Store ---
/** Articles per IndexedDB transaction during ingest. */
export const INGEST_BATCH_SIZE = 250;
/** Pending articles clustered per IndexedDB transaction (the second step of ingest): records they share
 *  (document frequencies, posting buckets, stories) are read and written once per batch. Bigger batches
 *  need fewer requests per article (250: ~54, 500: ~42, 1000: ~32), but a popup opened meanwhile waits
 *  for the running transaction: 500 keeps that wait about where 250-article ingest batches had it. */
export const CLUSTER_BATCH_SIZE = 500;
/** Characters of summary kept in the store (display and matching use the start only). */
export const STORED_SUMMARY_CHARS = 320;
/** Default retention of articles. Days. */
export const DEFAULT_RETENTION_DAYS = 7;
/** Default number of coverage articles returned. */
export const DEFAULT_COVERAGE_LIMIT = 50;
/** Members of a story read to answer a coverage query (the most recent ones). */
export const MAX_COVERAGE_SCAN = 300;
/** Shared terms listed per explanation. */
export const MAX_EXPLAINED_TERMS = 6;
