// Content script: analyse the page, report it to the background, show the article badge near the headline.
// Thin: the decision is lib/page's, the figures the background's, the pixels components/'.

import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import '../../components/styles/inpage.css';
import { ArticleBadge } from '../../components/ArticleBadge';
import { InPagePanel } from '../../components/InPagePanel';
import type { TabReport } from '../../lib/coverage/types';
import { findBadgeAnchor } from '../../lib/inpage/badge-anchor';
import { sendMessage } from '../../lib/messaging';
import { analyzePage } from '../../lib/page/analyze-page';
import type { BadgeInfo } from '../../lib/protocol';
import { loadSettings, type Settings } from '../../lib/settings';
import { removeLinkChips, startLinkChips } from './chips';
import type { ChipAnnotator } from '../../lib/inpage/chip-annotator';

const PANEL_ID = 'parallax-panel';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let badge: ShadowRootContentScriptUi<void> | null = null;
    let chips: ChipAnnotator | null = null;
    let lastUrl = '';

    const clear = () => {
      badge?.remove();
      badge = null;
    };
    ctx.onInvalidated(() => {
      chips?.stop();
      removeLinkChips();
    });

    const run = async () => {
      const href = location.href;
      if (href === lastUrl) return;
      lastUrl = href;
      clear();
      const hints = await sendMessage('page:hints', { url: href });
      if (!hints.enabled || ctx.isInvalid) return;
      const analysis = analyzePage(document, new URL(href), hints);
      const info = await sendMessage('page:analyzed', {
        url: href,
        analysis: { isArticle: analysis.isArticle, score: analysis.score, article: analysis.article },
      });
      const settings = await loadSettings();
      // Chips run on every enabled page (home pages, aggregators, search results, articles' related links).
      if (settings.linkChips && !chips && !ctx.isInvalid) chips = startLinkChips();
      if (!analysis.isArticle || !analysis.article || !info || !settings.articleBadge || ctx.isInvalid) return;
      if (location.href !== href) return; // navigated meanwhile; the next run handles it
      badge = await mountBadge(ctx, info, settings, findBadgeAnchor(document, analysis.article.headline));
    };

    const safeRun = () => run().catch((err: unknown) => console.debug('Parallax:', err));
    safeRun();
    // Single-page sites: re-detect when the URL changes through the history API.
    ctx.addEventListener(window, 'wxt:locationchange', () => safeRun());
  },
});

async function mountBadge(
  ctx: ContentScriptContext,
  info: BadgeInfo,
  settings: Settings,
  anchor: Element | null,
): Promise<ShadowRootContentScriptUi<void>> {
  const ui = await createShadowRootUi<void>(ctx, {
    name: 'parallax-badge',
    position: 'inline',
    anchor: anchor ?? document.body,
    append: anchor ? 'after' : 'last',
    onMount(container, _shadow, host) {
      host.setAttribute('data-outlets', String(info.outlets));
      if (!anchor) host.setAttribute('data-placement', 'corner');
      const openPanel = async () => {
        let report: TabReport;
        try {
          report = await sendMessage('page:report', {});
        } catch (err) {
          report = { state: 'error', message: err instanceof Error ? err.message : String(err) };
        }
        render(
          <>
            <ArticleBadge info={info} variant={settings.badgeStyle} onOpen={closePanel} expanded controls={PANEL_ID} />
            <InPagePanel id={PANEL_ID} report={report} now={Date.now()} onClose={closePanel} />
          </>,
          container,
        );
      };
      const closePanel = () => {
        render(
          <ArticleBadge info={info} variant={settings.badgeStyle} onOpen={openPanel} expanded={false} controls={PANEL_ID} />,
          container,
        );
      };
      closePanel();
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
