// Classifies a URL by its shape: dated or slugged article paths versus home, section, tag, author,
// search, video, live, gallery, event and account pages. Runs in the content script and the CLI; pure
// URL work, no DOM, no outlet knowledge (that is the catalog's).

export type UrlShapeKind =
  | 'article'
  | 'home'
  | 'section'
  | 'tag'
  | 'author'
  | 'search'
  | 'video'
  | 'live'
  | 'gallery'
  | 'event'
  | 'account'
  | 'record'
  | 'unknown';

export interface UrlShape {
  kind: UrlShapeKind;
  /** How sure the shape is, 0..1. */
  strength: number;
  detail: string;
}

// Path segment vocabularies (several languages; matched as whole segments).
const TAG_SEGMENTS = /^(?:tags?|topics?|themen?|thema|schlagworte?|etiquetas?|temas?|argomenti|tagged|keywords?|sujets?|onderwerp|stichwort|hashtag)$/;
const AUTHOR_SEGMENTS = /^(?:authors?|autor(?:es|en)?|auteurs?|journalists?|profiles?|people|by|columnists?|writers?|contributors?|staff|redaktion|autori)$/;
const SECTION_SEGMENTS = /^(?:categor(?:y|ies)|categoria|categorie|kategorie|kategori|sections?|sektion|rubrik|rubrique|ressort|seccion|secciones|archiv(?:es?)?|page|paged|latest|news-list|index|all)$/;
const SEARCH_SEGMENTS = /^(?:search|suche|buscar|busqueda|recherche|cerca|ricerca|zoeken|results|sok|haku)$/;
const VIDEO_SEGMENTS = /^(?:videos?|watch|player|tv|mediathek|vod|clips?|(?:en-)?directo|live-?tv|podcasts?|audio|playlist)$/;
const LIVE_SEGMENTS = /^(?:live(?:-?blog|-updates)?|liveticker|ticker|diretta|direkt|en-vivo|en-direct)$/;
const GALLERY_SEGMENTS = /^(?:galler(?:y|ies)|photos?|pictures|picture-galleries|slideshows?|fotos?|bilder|fotogalerie|galeria|galerie|in-pictures|photo-gallery|fotogalleria|imagenes)$/;
/** Event announcements and registration pages (seminars, webinars, conferences), not reports on them. */
const EVENT_SEGMENTS = /^(?:events?|seminars?|webinars?|conferences?|veranstaltung(?:en)?|termine|evenements?|eventos?|eventi|symposi(?:um|a))$/;
const ACCOUNT_SEGMENTS = /^(?:log-?in|logon|sign-?in|register|registration|sign-?up|accounts?|users?|subscribe|subscription|auth|paywall|consent|myaccount|profile-login|password)(?:\.[a-z]+)?$/;
const ACCOUNT_HOST = /^(?:auth|login|accounts?|secure|id|sso|signin|consent|myaccount|subscribe)\./;
const SEARCH_PARAMS = ['q', 'query', 's', 'search', 'keyword', 'keywords', 'searchterm', 'text'];
const LISTING_PARAMS = ['cat', 'category', 'tag', 'paged', 'page', 'author', 'section'];
const ARTICLE_ID_PARAMS = /^(?:id|storyid|articleid|article_id|story_id|p|sid|aid|newsid|news_id|artid|contentid|itemid|nid|docid)$/i;

const DATE_IN_PATH = /(?:^|[/_-])(?:19|20)\d\d(?:[/_-](?:0?[1-9]|1[0-2])(?:[/_-](?:0?[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=[/_.-]|$))|(?:^|\/)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d(?=[/_.-]|$)/;
const LONG_NUMBER = /\d{5,}/;
const HEX_ID = /[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i;
const FILE_EXT = /\.(?:s?html?|stm|php\d?|aspx?|cfm|cms|ece|jsp|jp|nsf|ssf)$/i;
const INDEX_FILE = /^(?:index|default|home|main|start|portada)\.[a-z]+$/i;
/** A registry record's identifier ending the path: an uppercase prefix and 6-12 digits and dashes (4
 *  digits first), not led by a year and month ("NCT03746262" of a trial registry, "CVE-2021-44228", "PMC1234567"). News
 *  sites' ids of that shape begin with their date (Yonhap's "AEN20180101000100315", the Washington Post's
 *  "AR2008010502038"), run longer (the WSJ's 18-digit "SB119873001823452323") or split their digits early
 *  (the WSJ's "SS-2-476772"). Of 15,060 URLs in ../shared/data only the two registry records match. Matched
 *  on the path as written (case kept). */
const RECORD_ID_PATH = /\/[A-Z]{2,5}[-_]?(?!(?:19|20)\d\d[01]\d[0-3])\d{4}[\d_-]{1,7}\d(?:\.[a-z]+)?\/?$/;

/** Any of the kind vocabularies below (live, video, gallery, event, tag, author, section): most article
 *  paths hold none, and one test per segment then spares the seven passes over the segments. */
const ANY_KIND_SEGMENT = new RegExp(
  [LIVE_SEGMENTS, VIDEO_SEGMENTS, GALLERY_SEGMENTS, EVENT_SEGMENTS, TAG_SEGMENTS, AUTHOR_SEGMENTS, SECTION_SEGMENTS].map((re) => re.source).join('|'),
);
/** Kind words that start a last segment ("live-updates-…", "video-…", "photos-…"), and any of them. */
const LIVE_PREFIX = /^(?:live|liveblog)[-_]/;
const VIDEO_PREFIX = /^videos?[-_]/;
const GALLERY_PREFIX = /^(?:gallery|photos?|pictures)[-_]/;
const ANY_KIND_PREFIX = new RegExp([LIVE_PREFIX, VIDEO_PREFIX, GALLERY_PREFIX].map((re) => re.source).join('|'));

/** Any letter. Regexes with Unicode classes stay module constants: bundlers that lower them for older
 *  targets turn a literal inside a function into a `new RegExp` compiled on every call. */
export const LETTER_RE = /\p{L}/u;

function wordsOf(segment: string): string[] {
  return segment
    .replace(FILE_EXT, '')
    .split(/[-_+.]|%20/)
    .filter((w) => w.length > 0);
}

/** A segment that reads like a headline slug: several words joined by - or _. */
function isSlug(segment: string): boolean {
  // Four one-letter words and three separators at the least ("2024", "world" are no slugs).
  if (segment.length < 7) return false;
  const words = wordsOf(segment).filter((w) => LETTER_RE.test(w));
  if (words.length >= 4) return true;
  if (words.length === 3 && segment.length >= 16) return true;
  // CamelCase or run-together headline ("OfficialsgetdowntoplanningSirEdsstatefuneral").
  return /^[\p{L}']{28,}$/u.test(segment);
}

function isLanguageSegment(segment: string): boolean {
  return /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i.test(segment);
}

/** The kind of page its path's vocabulary names (live, video, gallery, event, tag, author, section), or
 *  null. `idLike`: the path has a date or a long id; `hasSlug`: a headline slug. */
function classifyByVocabulary(segments: string[], last: string, idLike: boolean, hasSlug: boolean): UrlShape | null {
  const kindFromSegments = (re: RegExp): boolean => segments.some((s) => re.test(s));
  // Only the non-terminal position of a vocabulary word is decisive when the URL also looks like an
  // article (e.g. /video/2014/12/some-slug is still a video page; /tags/foo is a tag page).
  const nearEnd = (re: RegExp): boolean => segments.slice(-2).some((s) => re.test(s));
  if (nearEnd(LIVE_SEGMENTS) || LIVE_PREFIX.test(last)) {
    return { kind: 'live', strength: 0.7, detail: 'live path' };
  }
  const strength = idLike || hasSlug ? 0.6 : 0.9;
  if (kindFromSegments(VIDEO_SEGMENTS) || VIDEO_PREFIX.test(last)) return { kind: 'video', strength, detail: 'video path' };
  if (kindFromSegments(GALLERY_SEGMENTS) || GALLERY_PREFIX.test(last)) {
    return { kind: 'gallery', strength, detail: 'gallery path' };
  }
  if (kindFromSegments(EVENT_SEGMENTS)) return { kind: 'event', strength, detail: 'event path' };
  const vocabIndex = (re: RegExp): number => segments.findIndex((s) => re.test(s));
  const tagAt = vocabIndex(TAG_SEGMENTS);
  if (tagAt >= 0 && tagAt >= segments.length - 2 && !idLike) return { kind: 'tag', strength: 0.9, detail: 'tag path' };
  const authorAt = vocabIndex(AUTHOR_SEGMENTS);
  if (authorAt >= 0 && authorAt >= segments.length - 2 && !idLike) return { kind: 'author', strength: 0.9, detail: 'author path' };
  const sectionAt = vocabIndex(SECTION_SEGMENTS);
  if (sectionAt >= 0 && !idLike && (!hasSlug || sectionAt >= segments.length - 2)) {
    return { kind: 'section', strength: 0.8, detail: 'category path' };
  }
  return null;
}

/** Classifies the URL; `unknown` when nothing in its shape speaks either way. */
export function classifyUrlShape(url: URL): UrlShape {
  const host = url.hostname.toLowerCase();
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  const segments = path
    .toLowerCase()
    .split('/')
    .filter((s) => s.length > 0);
  // forEach, not [...searchParams]: in Firefox content scripts URL objects are Xray-wrapped and their
  // iterators are not iterable ("searchParams.keys() is not iterable").
  const entries: [string, string][] = [];
  // Most article URLs have no query: then skip the URLSearchParams object and its lookups.
  const hasQuery = url.search.length > 1;
  if (hasQuery) url.searchParams.forEach((v, k) => entries.push([k, v]));
  const params = entries.map(([k]) => k.toLowerCase());
  // Old CMSes put the article id in the query: ?objectid=10486887, ?content_id=<uuid>,
  // ?page=/nhl/news/ADN4121153.htm, ?File=080118125042.xml.
  const hasArticleIdParam = entries.some(
    ([k, v]) =>
      !SEARCH_PARAMS.includes(k.toLowerCase()) &&
      ((ARTICLE_ID_PARAMS.test(k) && /\d{3,}|[0-9a-f-]{16,}/i.test(v)) ||
        /\d{5,}/.test(v) ||
        HEX_ID.test(v) ||
        /\.(?:s?html?|xml|stm|aspx?|php|cfm|cms)$/i.test(v)),
  );

  if (ACCOUNT_HOST.test(host) || segments.some((s) => ACCOUNT_SEGMENTS.test(s))) {
    return { kind: 'account', strength: 0.9, detail: 'login/register/account path' };
  }
  if (hasQuery && SEARCH_PARAMS.some((p) => url.searchParams.get(p)) && !hasArticleIdParam) {
    if (segments.length <= 2 || segments.some((s) => SEARCH_SEGMENTS.test(s))) {
      return { kind: 'search', strength: 0.9, detail: 'search query' };
    }
  }
  if (segments.some((s) => SEARCH_SEGMENTS.test(s))) return { kind: 'search', strength: 0.8, detail: 'search path' };

  const last = segments[segments.length - 1] ?? '';
  if (RECORD_ID_PATH.test(path)) return { kind: 'record', strength: 1, detail: 'registry record id' };
  const meaningful = segments.filter((s) => !INDEX_FILE.test(s) && !isLanguageSegment(s));
  const hasDate = DATE_IN_PATH.test(path);
  const hasLongId = segments.some((s) => LONG_NUMBER.test(s) || HEX_ID.test(s)) || hasArticleIdParam;
  const slugSegment = segments.find((s) => isSlug(s));

  if (meaningful.length === 0 && !hasArticleIdParam) {
    if (params.some((p) => LISTING_PARAMS.includes(p))) return { kind: 'section', strength: 0.8, detail: 'listing query' };
    return { kind: 'home', strength: 1, detail: 'site root' };
  }

  if (segments.some((s) => ANY_KIND_SEGMENT.test(s)) || ANY_KIND_PREFIX.test(last)) {
    const kind = classifyByVocabulary(segments, last, hasDate || hasLongId, slugSegment !== undefined);
    if (kind) return kind;
  }
  if (params.some((p) => LISTING_PARAMS.includes(p)) && !hasArticleIdParam && !slugSegment && !hasDate) {
    return { kind: 'section', strength: 0.7, detail: 'listing query' };
  }

  if (hasDate && (slugSegment || hasLongId || FILE_EXT.test(last) || meaningful.length >= 3)) {
    return { kind: 'article', strength: 1, detail: 'dated path' };
  }
  if (slugSegment) return { kind: 'article', strength: 0.9, detail: 'headline slug' };
  if (hasLongId) return { kind: 'article', strength: 0.8, detail: 'numeric article id' };
  // Opaque story ids: /article/ALeqM5g1htWkVtO50vMZ, /story/a1b2c3d4e5f6.
  if (segments.length >= 2 && /^(?=.*\d)(?=.*[a-z])[a-z0-9_-]{12,}$/i.test(last)) {
    return { kind: 'article', strength: 0.6, detail: 'opaque article id' };
  }
  if (hasDate) return { kind: 'article', strength: 0.6, detail: 'date in path' };
  if (FILE_EXT.test(last) && !INDEX_FILE.test(last) && /\d/.test(last)) {
    return { kind: 'article', strength: 0.5, detail: 'numbered page file' };
  }
  // Short word-only paths: /sport/, /sport/soccer, /horror-news/ — sections.
  const wordy = meaningful.every((s) => /^[\p{L}-]+$/u.test(s) && wordsOf(s).length <= 2);
  if (wordy && meaningful.length <= 2 && !url.search) {
    return { kind: 'section', strength: 0.6, detail: 'short word path' };
  }
  return { kind: 'unknown', strength: 0, detail: 'no telling shape' };
}
