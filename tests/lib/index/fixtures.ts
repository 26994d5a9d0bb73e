// Small realistic articles for the index tests: two events in several outlets, a same-topic different
// event, and a cross-language report.
import type { ArticleInput } from '../../../lib/index/types';

export const HOUR = 3_600_000;
export const T0 = Date.UTC(2026, 2, 10, 12);

export function article(p: Partial<ArticleInput> & { url: string; title: string }): ArticleInput {
  return { summary: null, outletId: null, lang: 'en', published: T0, ...p };
}

export const FED_HIKE: ArticleInput[] = [
  article({
    url: 'https://www.reuters.com/markets/fed-raises-rates-half-point-2026-03-10/?utm_source=rss',
    outletId: 'reuters',
    title: 'Fed raises interest rates by half a point to fight inflation',
    summary: 'The Federal Reserve on Wednesday raised its benchmark interest rate by half a percentage point, the biggest increase since 2000, as Chair Jerome Powell vowed to bring inflation down.',
  }),
  article({
    url: 'https://www.bbc.co.uk/news/business-fed-rates',
    outletId: 'bbc',
    published: T0 + 2 * HOUR,
    title: 'US Federal Reserve raises interest rates by 0.5 percentage points',
    summary: 'The US central bank has raised interest rates by half a percentage point, its biggest rise since 2000, as Jerome Powell tries to cool inflation.',
  }),
  article({
    url: 'https://www.foxbusiness.com/economy/fed-hikes-rates-half-point',
    outletId: 'fox',
    published: T0 + 3 * HOUR,
    title: 'Federal Reserve hikes rates half-point as inflation soars',
    summary: 'The Federal Reserve approved a half-point interest rate hike on Wednesday, the largest since 2000, in its fight against inflation, Powell said.',
  }),
];

export const QUAKE: ArticleInput[] = [
  article({
    url: 'https://apnews.com/article/turkey-syria-earthquake-gaziantep',
    outletId: 'ap',
    published: T0 + 1 * HOUR,
    title: 'Magnitude 7.8 earthquake strikes Gaziantep in southern Turkey, killing hundreds',
    summary: 'A powerful magnitude 7.8 earthquake struck near Gaziantep and Kahramanmaras before dawn on Monday, toppling buildings in Turkey and Syria.',
  }),
  article({
    url: 'https://www.aljazeera.com/news/gaziantep-earthquake-death-toll',
    outletId: 'aljazeera',
    published: T0 + 5 * HOUR,
    title: 'Death toll rises after 7.8 earthquake near Gaziantep',
    summary: 'Rescuers in Gaziantep and Kahramanmaras search rubble after the magnitude 7.8 earthquake that hit Turkey and Syria.',
  }),
];

export const QUAKE_DE = article({
  url: 'https://www.spiegel.de/ausland/erdbeben-gaziantep-kahramanmaras',
  outletId: 'spiegel',
  lang: 'de',
  published: T0 + 6 * HOUR,
  title: 'Erdbeben der Stärke 7,8 erschüttert Gaziantep und Kahramanmaras',
  summary: 'Ein Erdbeben der Stärke 7,8 hat Gaziantep und Kahramanmaras im Süden der Türkei getroffen.',
});

/** Same institution, different event, same week. */
export const FED_TESTIMONY = article({
  url: 'https://www.cnbc.com/2026/03/12/powell-testifies-senate-bank-failures.html',
  outletId: 'cnbc',
  published: T0 + 30 * HOUR,
  title: 'Powell tells senators the collapse of Silicon Valley Bank was a textbook case of mismanagement',
  summary: 'Testifying before the Senate Banking Committee, the Fed chair said supervisors had flagged problems at SVB months before depositors fled.',
});
