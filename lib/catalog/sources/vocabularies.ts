// Vocabularies that translate the reference tables' codes into the catalog's: country names and
// alpha-3 codes to ISO alpha-2, languages, media types, ownership kinds, curated line codes.
// CLI-only (compiler); never imported by the extension.

import type { OutletType, Ownership } from '../types';

export const TYPE_CODES: Readonly<Record<string, OutletType>> = {
  W: 'wire', N: 'newspaper', B: 'broadcaster', P: 'public-broadcaster', D: 'digital', M: 'magazine', S: 'state-media',
};
export const OWNERSHIP_CODES: Readonly<Record<string, Ownership>> = {
  i: 'independent', c: 'corporate', p: 'public-broadcaster', s: 'state-controlled', n: 'nonprofit',
  v: 'private', k: 'cooperative', o: 'other',
};

/** MBFC / feed-list country names and ISO 3166-1 alpha-3 codes -> alpha-2. */
export const COUNTRY_CODES: Readonly<Record<string, string>> = {
  usa: 'US', 'united states': 'US', us: 'US', 'united kingdom': 'GB', uk: 'GB', canada: 'CA', australia: 'AU',
  'new zealand': 'NZ', ireland: 'IE', india: 'IN', pakistan: 'PK', bangladesh: 'BD', 'sri lanka': 'LK',
  nepal: 'NP', germany: 'DE', france: 'FR', italy: 'IT', spain: 'ES', portugal: 'PT', netherlands: 'NL',
  'the netherlands': 'NL', belgium: 'BE', switzerland: 'CH', austria: 'AT', sweden: 'SE', norway: 'NO',
  denmark: 'DK', finland: 'FI', iceland: 'IS', estonia: 'EE', latvia: 'LV', lithuania: 'LT', poland: 'PL',
  'czech republic': 'CZ', czechia: 'CZ', slovakia: 'SK', hungary: 'HU', romania: 'RO', bulgaria: 'BG',
  bulargia: 'BG', serbia: 'RS', croatia: 'HR', slovenia: 'SI', 'bosnia and herzegovina': 'BA', montenegro: 'ME',
  'north macedonia': 'MK', albania: 'AL', kosovo: 'XK', greece: 'GR', cyprus: 'CY', malta: 'MT', turkey: 'TR',
  russia: 'RU', ukraine: 'UA', belarus: 'BY', moldova: 'MD', georgia: 'GE', armenia: 'AM', azerbaijan: 'AZ',
  israel: 'IL', palestine: 'PS', lebanon: 'LB', syria: 'SY', jordan: 'JO', iraq: 'IQ', iran: 'IR',
  'saudi arabia': 'SA', 'united arab emirates': 'AE', uae: 'AE', qatar: 'QA', kuwait: 'KW', bahrain: 'BH',
  oman: 'OM', yemen: 'YE', egypt: 'EG', libya: 'LY', tunisia: 'TN', algeria: 'DZ', morocco: 'MA',
  nigeria: 'NG', ghana: 'GH', kenya: 'KE', tanzania: 'TZ', uganda: 'UG', rwanda: 'RW', ethiopia: 'ET',
  'south africa': 'ZA', zimbabwe: 'ZW', zambia: 'ZM', 'dr congo': 'CD', senegal: 'SN', cameroon: 'CM',
  china: 'CN', 'hong kong': 'HK', taiwan: 'TW', macau: 'MO', japan: 'JP', 'south korea': 'KR',
  'north korea': 'KP', singapore: 'SG', malaysia: 'MY', indonesia: 'ID', philippines: 'PH', thailand: 'TH',
  vietnam: 'VN', cambodia: 'KH', myanmar: 'MM', afghanistan: 'AF', kazakhstan: 'KZ', brazil: 'BR',
  argentina: 'AR', mexico: 'MX', chile: 'CL', colombia: 'CO', columbia: 'CO', peru: 'PE', venezuela: 'VE',
  ecuador: 'EC', uruguay: 'UY', paraguay: 'PY', bolivia: 'BO', 'costa rica': 'CR', cuba: 'CU', panama: 'PA',
  'dominican republic': 'DO', 'puerto rico': 'PR', jamaica: 'JM', guatemala: 'GT', honduras: 'HN',
  'el salvador': 'SV', nicaragua: 'NI', luxembourg: 'LU', 'trinidad and tobago': 'TT', fiji: 'FJ',
  gbr: 'GB', can: 'CA', aus: 'AU', nzl: 'NZ', irl: 'IE', ind: 'IN', pak: 'PK', bgd: 'BD',
  lka: 'LK', npl: 'NP', deu: 'DE', fra: 'FR', ita: 'IT', esp: 'ES', prt: 'PT', nld: 'NL', bel: 'BE',
  che: 'CH', aut: 'AT', swe: 'SE', nor: 'NO', dnk: 'DK', fin: 'FI', isl: 'IS', est: 'EE', lva: 'LV',
  ltu: 'LT', pol: 'PL', cze: 'CZ', svk: 'SK', hun: 'HU', rou: 'RO', bgr: 'BG', srb: 'RS', hrv: 'HR',
  svn: 'SI', bih: 'BA', mne: 'ME', mkd: 'MK', alb: 'AL', grc: 'GR', cyp: 'CY', mlt: 'MT', tur: 'TR',
  rus: 'RU', ukr: 'UA', blr: 'BY', mda: 'MD', geo: 'GE', arm: 'AM', aze: 'AZ', isr: 'IL', pse: 'PS',
  lbn: 'LB', syr: 'SY', jor: 'JO', irq: 'IQ', irn: 'IR', sau: 'SA', are: 'AE', qat: 'QA', kwt: 'KW',
  bhr: 'BH', omn: 'OM', yem: 'YE', egy: 'EG', lby: 'LY', tun: 'TN', dza: 'DZ', mar: 'MA', nga: 'NG',
  gha: 'GH', ken: 'KE', tza: 'TZ', uga: 'UG', rwa: 'RW', eth: 'ET', zaf: 'ZA', zwe: 'ZW', zmb: 'ZM',
  cod: 'CD', sen: 'SN', cmr: 'CM', chn: 'CN', hkg: 'HK', twn: 'TW', jpn: 'JP', kor: 'KR', prk: 'KP',
  sgp: 'SG', mys: 'MY', idn: 'ID', phl: 'PH', tha: 'TH', vnm: 'VN', khm: 'KH', mmr: 'MM', afg: 'AF',
  kaz: 'KZ', bra: 'BR', arg: 'AR', mex: 'MX', chl: 'CL', col: 'CO', per: 'PE', ven: 'VE', ecu: 'EC',
  ury: 'UY', pry: 'PY', bol: 'BO', cri: 'CR', cub: 'CU', pan: 'PA', dom: 'DO', pri: 'PR', jam: 'JM',
  lux: 'LU',
};

/** Main language of a country, for outlets whose feeds do not say. */
export const COUNTRY_LANGUAGES: Readonly<Record<string, string>> = {
  US: 'en', GB: 'en', CA: 'en', AU: 'en', NZ: 'en', IE: 'en', IN: 'en', PK: 'en', NG: 'en', KE: 'en',
  ZA: 'en', GH: 'en', SG: 'en', PH: 'en', MT: 'en', CY: 'en', LK: 'en', UG: 'en', ZW: 'en', JM: 'en',
  DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'fr', LU: 'fr', IT: 'it', ES: 'es', MX: 'es', AR: 'es',
  CL: 'es', CO: 'es', PE: 'es', VE: 'es', EC: 'es', UY: 'es', CR: 'es', CU: 'es', BO: 'es', PY: 'es',
  PT: 'pt', BR: 'pt', NL: 'nl', SE: 'sv', NO: 'no', DK: 'da', FI: 'fi', IS: 'is', EE: 'et', LV: 'lv',
  LT: 'lt', PL: 'pl', CZ: 'cs', SK: 'sk', HU: 'hu', RO: 'ro', BG: 'bg', RS: 'sr', HR: 'hr', SI: 'sl',
  BA: 'bs', GR: 'el', TR: 'tr', RU: 'ru', UA: 'uk', BY: 'ru', IL: 'he', IR: 'fa', SA: 'ar', AE: 'ar',
  QA: 'ar', EG: 'ar', JO: 'ar', LB: 'ar', IQ: 'ar', PS: 'ar', MA: 'ar', DZ: 'ar', TN: 'ar', CN: 'zh-Hans',
  HK: 'zh-Hant', TW: 'zh-Hant', JP: 'ja', KR: 'ko', MY: 'ms', ID: 'id', TH: 'th', VN: 'vi', BD: 'bn',
  NP: 'ne', KH: 'km', MM: 'my', ET: 'am', TZ: 'sw',
};

/** Reference-list language codes that are not BCP 47 as written. */
export const LANGUAGE_FIXES: Readonly<Record<string, string>> = { gr: 'el', arq: 'ar', cnr: 'sr', 'sq-XK': 'sq' };

export const MEDIA_TYPES: Readonly<Record<string, OutletType>> = {
  newspaper: 'newspaper', 'tv station': 'broadcaster', 'radio station': 'broadcaster', magazine: 'magazine',
  'news agency': 'wire', website: 'digital', 'tv station/website': 'broadcaster', journal: 'magazine',
};

export const KAGI_OWNERSHIP: Readonly<Record<string, Ownership>> = {
  'Private Media': 'private', 'Private Enterprise': 'corporate', 'Independent Media': 'independent',
  'Private Independent Media': 'independent', 'Non-Profit': 'nonprofit', 'Public Media': 'public-broadcaster',
  'Public Broadcaster': 'public-broadcaster', 'Public agency (statutory, editorially independent)': 'public-broadcaster',
  'State Media / Digital': 'state-controlled',
};
