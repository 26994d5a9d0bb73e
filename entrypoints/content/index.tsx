// Content script: analyse the page, report it to the background, show the article badge near the headline
// and chips next to news links. Thin: the decision is lib/page's, the figures the background's, the pixels
// components/'. The panel is the popup page in a frame, so the popup's code stays out of every page.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/styles/inpage.css';
import { ArticleBadge } from '../../components/ArticleBadge';
import { PanelFrame } from '../../components/PanelFrame';
import { findBadgeAnchor } from '../../lib/inpage/badge-anchor';
import type { ChipAnnotator } from '../../lib/inpage/chip-annotator';
import { sendMessage } from '../../lib/messaging';
import { analyzePage } from '../../lib/page/analyze-page';
import type { BadgeInfo, PageDisplay } from '../../lib/protocol';
import { removeLinkChips, startLinkChips } from './chips';

const PANEL_ID = 'parallax-panel';
/** Message the framed popup posts to close the panel (Escape inside the frame). */
const CLOSE_PANEL_MESSAGE = 'parallax:close-panel';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    let badge: ShadowRootContentScriptUi<void> | null = null;
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

interface BadgeMount {
  info: BadgeInfo;
  display: PageDisplay;
  tabId: number;
  anchor: Element | null;
}

async function mountBadge(
  ctx: ContentScriptContext,
  { info, display, tabId, anchor }: BadgeMount,
): Promise<ShadowRootContentScriptUi<void>> {
  const panelSrc = browser.runtime.getURL(`/popup.html?tab=${tabId}&embed=1`);
  const extensionOrigin = new URL(panelSrc).origin;
  let panel: ShadowRootContentScriptUi<void> | null = null;
  let badgeContainer: HTMLElement | null = null;

  const drawBadge = () => {
    if (!badgeContainer) return;
    render(
      <ArticleBadge
        info={info}
        variant={display.badgeStyle}
        onOpen={() => void (panel ? closePanel() : openPanel())}
        expanded={panel !== null}
        controls={PANEL_ID}
      />,
      badgeContainer,
    );
  };
  // The panel gets its own host on <body>: a fixed panel inside the inline badge host would be trapped by
  // any page ancestor with a transform, filter or containment.
  const openPanel = async () => {
    panel = await createShadowRootUi<void>(ctx, {
      name: 'parallax-panel',
      position: 'inline',
      anchor: document.body,
      append: 'last',
      onMount(container) {
        render(<PanelFrame id={PANEL_ID} src={panelSrc} onClose={closePanel} />, container);
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    panel.mount();
    drawBadge();
  };
  const closePanel = () => {
    panel?.remove();
    panel = null;
    drawBadge();
    badgeContainer?.querySelector('button')?.focus();
  };
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (panel && event.origin === extensionOrigin && event.data === CLOSE_PANEL_MESSAGE) closePanel();
  });

  const ui = await createShadowRootUi<void>(ctx, {
    name: 'parallax-badge',
    position: 'inline',
    anchor: anchor ?? document.body,
    append: anchor ? 'after' : 'last',
    onMount(container, _shadow, host) {
      host.setAttribute('data-outlets', String(info.outlets));
      if (!anchor) host.setAttribute('data-placement', 'corner');
      badgeContainer = container;
      drawBadge();
    },
    onRemove(container) {
      panel?.remove();
      panel = null;
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
