// The article badge and its panel in the page. The badge is out of flow, placed in the headline's own
// whitespace (lib/inpage/badge-placement decides where), so it moves none of the page's content; the panel
// frames the popup page for this tab. Both in shadow roots of their own.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createArticleBadge, setBadgeExpanded } from '../../components/ArticleBadge';
import { createPanelFrame, focusPanel } from '../../components/PanelFrame';
import { chooseBadgePlacement } from '../../lib/inpage/badge-placement';
import type { BadgeInfo, PageDisplay } from '../../lib/protocol';
import { createShadowHost } from './shadow-host';

const PANEL_ID = 'parallax-panel';
/** Message the framed popup posts to close the panel (Escape inside the frame). */
const CLOSE_PANEL_MESSAGE = 'parallax:close-panel';
/** Elements after the headline inspected for the top of what follows it. */
const MAX_NEXT_ELEMENTS = 12;
/** The badge's and panel's sheet: built from components/styles/inpage.css (cssInjectionMode 'ui'). */
const INPAGE_CSS_PATH = '/content-scripts/content.css';

let inpageCss: Promise<string> | null = null;

/** The stylesheet, fetched once from the extension: it stays out of the script every page loads. */
function loadInpageCss(): Promise<string> {
  inpageCss ??= fetch(browser.runtime.getURL(INPAGE_CSS_PATH as '/popup.html'))
    .then((res) => res.text())
    .catch(() => '');
  return inpageCss;
}

export interface BadgeMount {
  info: BadgeInfo;
  display: PageDisplay;
  tabId: number;
  /** The element showing the headline; null puts the badge in the window's corner. */
  anchor: Element | null;
}

export interface MountedBadge {
  remove(): void;
}

/** Top of the first visible in-flow content after `anchor` that lies under it, or null. */
function findNextTop(anchor: Element, own: Element, headline: DOMRect): number | null {
  let el: Element | null = anchor;
  for (let i = 0; el && i < MAX_NEXT_ELEMENTS; i++) {
    let next: Element | null = el.nextElementSibling;
    while (!next && el.parentElement && el.parentElement !== document.body) {
      el = el.parentElement;
      next = el.nextElementSibling;
    }
    if (!next) return null;
    el = next;
    if (next === own) continue;
    const r = next.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom <= headline.top) continue;
    if (r.right <= headline.left || r.left >= headline.right) continue; // beside the headline, not under it
    const position = getComputedStyle(next).position;
    if (position === 'absolute' || position === 'fixed') continue;
    return r.top;
  }
  return null;
}

/** Block-flow display values: a child of such a parent has nothing beside it but floats. */
const BLOCK_FLOW = /^(block|flow-root|list-item)$/;

/** The parent's content box when the parent stacks blocks (the space beside a narrow headline is free). */
function findRoomBeside(anchor: Element): { left: number; right: number } | undefined {
  const parent = anchor.parentElement;
  if (!parent) return undefined;
  const style = getComputedStyle(parent);
  if (!BLOCK_FLOW.test(style.display)) return undefined;
  const r = parent.getBoundingClientRect();
  return {
    left: r.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
    right: r.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
  };
}

/** Puts the badge in the headline's whitespace (or the corner when there is none), in one synchronous step. */
function placeBadge(host: HTMLElement, button: HTMLElement, anchor: Element): void {
  host.removeAttribute('data-placement');
  host.style.setProperty('--px-dx', '0px', 'important');
  host.style.setProperty('--px-dy', '0px', 'important');
  const range = document.createRange();
  range.selectNodeContents(anchor);
  const headline = anchor.getBoundingClientRect();
  const size = button.getBoundingClientRect();
  const placement = chooseBadgePlacement({
    lines: Array.from(range.getClientRects()),
    headline,
    room: findRoomBeside(anchor),
    nextTop: findNextTop(anchor, host, headline),
    badge: { width: size.width, height: size.height },
    viewportWidth: document.documentElement.clientWidth,
    rtl: getComputedStyle(anchor).direction === 'rtl',
  });
  if (!placement) {
    host.setAttribute('data-placement', 'corner');
    return;
  }
  const origin = host.getBoundingClientRect(); // the host's static place, right after the headline
  host.style.setProperty('--px-dx', `${Math.round(placement.left - origin.left)}px`, 'important');
  host.style.setProperty('--px-dy', `${Math.round(placement.top - origin.top)}px`, 'important');
  host.setAttribute('data-placement', placement.where);
}

export async function mountBadge(ctx: ContentScriptContext, { info, display, tabId, anchor }: BadgeMount): Promise<MountedBadge> {
  const css = await loadInpageCss();
  const panelSrc = browser.runtime.getURL(`/popup.html?tab=${tabId}&embed=1`);
  const extensionOrigin = new URL(panelSrc).origin;
  let panel: HTMLElement | null = null;

  const { host, root } = createShadowHost('parallax-badge', css, 'open');
  host.setAttribute('data-outlets', String(info.outlets));
  const button = createArticleBadge(document, {
    info,
    variant: display.badgeStyle,
    onOpen: () => (panel ? closePanel() : openPanel()),
    controls: PANEL_ID,
  });
  root.append(button);

  // The panel gets its own host on <body>: a fixed panel inside the badge's host would be trapped by any
  // page ancestor with a transform, filter or containment.
  const openPanel = () => {
    const shadow = createShadowHost('parallax-panel', css, 'open');
    shadow.root.append(createPanelFrame(document, { id: PANEL_ID, src: panelSrc, onClose: closePanel }));
    document.body.append(shadow.host);
    panel = shadow.host;
    setBadgeExpanded(button, true);
    focusPanel(shadow.root.querySelector<HTMLElement>('.px-panel') ?? button);
  };
  const closePanel = () => {
    panel?.remove();
    panel = null;
    setBadgeExpanded(button, false);
    button.focus();
  };
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (panel && event.origin === extensionOrigin && event.data === CLOSE_PANEL_MESSAGE) closePanel();
  });

  let resize: ResizeObserver | null = null;
  if (anchor) {
    // Synchronously inserted and placed: the badge appears where it stays (no shift of its own).
    anchor.after(host);
    const place = () => placeBadge(host, button, anchor);
    place();
    // The headline re-wraps when fonts load or the window is resized: the badge follows its last line.
    resize = new ResizeObserver(place);
    resize.observe(anchor);
  } else {
    host.setAttribute('data-placement', 'corner');
    document.body.append(host);
  }

  const remove = () => {
    resize?.disconnect();
    panel?.remove();
    panel = null;
    host.remove();
  };
  ctx.onInvalidated(remove);
  return { remove };
}
