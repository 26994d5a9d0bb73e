// Reads the dates feeds actually contain: RFC 822/1123, ISO 8601, and their common broken variants
// (no zone, named zones, wrong weekday, 2-digit years, month names in a few languages, epoch numbers).
// Runs in worker and CLI; pure (the caller passes `now`).

/** Dates before this year are CMS placeholders (epoch 0, 1900...) rather than publication times. */
const EARLIEST_PLAUSIBLE_YEAR = 1995;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  // German, French, Spanish, Italian, Dutch, Portuguese spellings met in localized feeds.
  januar: 1, jänner: 1, februar: 2, märz: 3, mär: 3, maerz: 3, mai: 5, juni: 6, juli: 7, okt: 10,
  oktober: 10, dez: 12, dezember: 12, janv: 1, janvier: 1, févr: 2, fevr: 2, février: 2, fevrier: 2,
  mars: 3, avr: 4, avril: 4, juin: 6, juil: 7, juillet: 7, août: 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, déc: 12, décembre: 12, decembre: 12, ene: 1, enero: 1, febrero: 2,
  marzo: 3, abr: 4, abril: 4, mayo: 5, junio: 6, julio: 7, ago: 8, agosto: 8, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, dic: 12, diciembre: 12, gen: 1, gennaio: 1, febbraio: 2,
  aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12, mrt: 3,
  maart: 3, mei: 5, fev: 2, fevereiro: 2, março: 3, marco: 3, maio: 5, junho: 6, julho: 7, set: 9,
  setembro: 9, out: 10, outubro: 10, novembro: 11, dezembro: 12,
};

const WEEKDAYS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lun', 'mer',
  'jeu', 'ven', 'sam', 'dim', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'at', 'on', 'the', 'of', 'de', 'del', 'um', 'à', 'a', 'h',
]);

/** Zone abbreviations used in feeds, as minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420,
  mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600, ast: -240, adt: -180,
  nst: -210, ndt: -150, et: -300, ct: -360, mt: -420, pt: -480, bst: 60, ist: 330, cet: 60, cest: 120, met: 60, mest: 120, mez: 60,
  mesz: 120, west: 60, eet: 120, eest: 180, msk: 180, jst: 540, kst: 540, hkt: 480, sgt: 480,
  pht: 480, wib: 420, aest: 600, aedt: 660, acst: 570, acdt: 630, awst: 480, nzst: 720, nzdt: 780,
};

const ISO_RE =
  /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2})(?::?(\d{2}))?(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[A-Za-z]{1,5}|[+-]\d{1,2}(?::?\d{2})?)?$/;
const TIME_RE = /^(\d{1,2})[:.h](\d{2})(?:[:.](\d{2})(?:[.,]\d{1,9})?)?(am|pm|a\.m\.|p\.m\.)?$/;
/** 21.11.2026 (a 2-digit year would be ambiguous with a dotted time like 09.41.07). */
const DOTTED_DATE_RE = /^\d{1,2}\.\d{1,2}\.\d{4}$/;
const OFFSET_RE = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  offsetMinutes: number;
}

function readOffset(zone: string | undefined): number | null {
  if (!zone) return 0;
  const lower = zone.toLowerCase();
  const named = ZONES[lower];
  if (named !== undefined) return named;
  const offset = OFFSET_RE.exec(lower);
  if (!offset) return null;
  const hours = Number(offset[2]);
  const minutes = offset[3] ? Number(offset[3]) : 0;
  if (hours > 14 || minutes > 59) return null;
  return (offset[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function toEpoch(parts: DateParts): number | null {
  const { year, month, day, hour, minute, second } = parts;
  if (year < EARLIEST_PLAUSIBLE_YEAR || year > 2200) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (hour > 24 || minute > 59 || second > 60) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), parts.millis);
  // Reject days that do not exist in the month (31 June) instead of rolling into the next one.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  return ms - parts.offsetMinutes * 60_000;
}

function parseIso(text: string): number | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const offsetMinutes = readOffset(m[8]);
  if (offsetMinutes === null) return null;
  return toEpoch({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] ? Number(m[4]) : 0,
    minute: m[5] ? Number(m[5]) : 0,
    second: m[6] ? Number(m[6]) : 0,
    millis: m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0,
    offsetMinutes,
  });
}

function expandYear(value: number, digits: number): number {
  if (digits > 2) return value;
  return value < 70 ? 2000 + value : 1900 + value;
}

/** Token-based reading of RFC 822 and free-form English/European dates. */
function parseLoose(text: string): number | null {
  const normalized = text
    .toLowerCase()
    // Parenthesised comments: "+0000 (UTC)", JavaScript's "GMT+0000 (Coordinated Universal Time)".
    .replace(/\([^()]{0,60}\)/g, ' ')
    .replace(/[(),|@]|\s-\s/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/(\d)-(\p{L})/gu, '$1 $2')
    .replace(/(\p{L})-(\d)/gu, '$1 $2')
    .replace(/(\d)\.(?=\s|$)/g, '$1');
  const tokens = normalized.split(/\s+/).filter(Boolean);
  if (tokens.length > 12) return null;
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offsetMinutes: number | null = null;
  let meridiem: 'am' | 'pm' | null = null;
  const numbers: string[] = [];
  for (const token of tokens) {
    const word = token.replace(/\.$/, '');
    const time = TIME_RE.exec(token);
    if (time) {
      hour = Number(time[1]);
      minute = Number(time[2]);
      second = time[3] ? Number(time[3]) : 0;
      if (time[4]) meridiem = time[4].startsWith('a') ? 'am' : 'pm';
    } else if (word === 'am' || word === 'a.m' || word === 'pm' || word === 'p.m') {
      meridiem = word.startsWith('a') ? 'am' : 'pm';
    } else if (MONTHS[word] !== undefined && month === null) {
      month = MONTHS[word]!;
    } else if (/^\d{1,4}$/.test(word)) {
      numbers.push(word);
    } else if (DOTTED_DATE_RE.test(word) && month === null) {
      // 21.11.2026: dotted numeric dates are day-first wherever they are used.
      const [d, m, y] = word.split('.');
      numbers.push(d!);
      month = Number(m);
      numbers.push(y!);
    } else if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(word)) {
      return null; // 06/10/2024 is ambiguous between day-first and month-first: do not guess.
    } else {
      const offset = readOffset(word);
      // "+0000 (UTC)": the first zone wins, a repeated one is just a comment.
      if (offset !== null) offsetMinutes ??= offset;
      else if (!WEEKDAYS.has(word)) return null; // unknown words mean this is not a date
    }
  }
  if (month === null) return null;
  for (const number of numbers) {
    const value = Number(number);
    if (number.length >= 3 && year === null) year = value;
    else if (day === null && value >= 1 && value <= 31) day = value;
    else if (year === null) year = expandYear(value, number.length);
    else return null;
  }
  if (year === null || day === null) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return toEpoch({ year, month, day, hour, minute, second, millis: 0, offsetMinutes: offsetMinutes ?? 0 });
}

/** Epoch ms of a feed date string, or null when it is missing or unreadable. */
export function parseFeedDate(input: string | null | undefined): number | null {
  if (!input) return null;
  const text = input.trim();
  if (text === '' || text.length > 80) return null;
  if (/^\d{9,10}$/.test(text)) return parseFeedTimestamp(Number(text) * 1000);
  if (/^\d{12,13}$/.test(text)) return parseFeedTimestamp(Number(text));
  return parseIso(text) ?? parseLoose(text);
}

function parseFeedTimestamp(ms: number): number | null {
  return new Date(ms).getUTCFullYear() >= EARLIEST_PLAUSIBLE_YEAR ? ms : null;
}

/** ISO 8601 string of a feed date with future dates clamped to `now`; null when missing or unreadable. */
export function normalizeFeedDate(input: string | null | undefined, now: number): string | null {
  const ms = parseFeedDate(input);
  if (ms === null) return null;
  return new Date(Math.min(ms, now)).toISOString();
}
