// Content script: analyse the page, report it to the background, show the article badge near the headline
// and chips next to news links. Thin: the decision is lib/page's, the figures the background's, the pixels
// components/'. No Preact here: the script runs in every page, so its UI is a few plain DOM builders.

import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/styles/inpage.css';
import { findBadgeAnchor } from '../../lib/inpage/badge-anchor';
import type { ChipAnnotator } from '../../lib/inpage/chip-annotator';
import { sendMessage } from '../../lib/messaging';
import { analyzePage } from '../../lib/page/analyze-page';
import { mountBadge, type MountedBadge } from './badge';
import { removeLinkChips, startLinkChips } from './chips';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // inpage.css is built into content-scripts/content.css and fetched into the badge's shadow root.
  cssInjectionMode: 'ui',
  main(ctx) {
    let badge: MountedBadge | null = null;
    let chips: ChipAnnotator | null = null;
    let lastUrl = '';

    ctx.onInvalidated(() => {
      chips?.stop();
      removeLinkChips();
    });

    const run = async () => {
      const href = location.href;
      if (href === lastUrl) return;
      lastUrl = href;
      badge?.remove();
      badge = null;
      const display = await sendMessage('page:hints', { url: href });
      if (!display.enabled || ctx.isInvalid) return;
      const analysis = analyzePage(document, new URL(href), display);
      const { tabId, badge: info } = await sendMessage('page:analyzed', {
        url: href,
        analysis: { isArticle: analysis.isArticle, score: analysis.score, article: analysis.article },
      });
      // Chips run on every enabled page (home pages, aggregators, search results, related links).
      if (display.linkChips && !chips && !ctx.isInvalid) chips = startLinkChips();
      if (!analysis.article || !info || !display.articleBadge || ctx.isInvalid) return;
      if (location.href !== href) return; // navigated meanwhile; the next run handles it
      const anchor = findBadgeAnchor(document, analysis.article.headline);
      badge = await mountBadge(ctx, { info, display, tabId, anchor });
    };

    const safeRun = () => run().catch((err: unknown) => console.debug('Parallax:', err));
    safeRun();
    // Single-page sites: re-detect when the URL changes through the history API.
    ctx.addEventListener(window, 'wxt:locationchange', () => safeRun());
  },
});
