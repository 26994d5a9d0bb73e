// XSS probes shared by the reliability suites: links that could run code, and whether a payload ran.
import type { Page } from 'playwright-core';

export const PAYLOAD_GRACE_MS = 1_500;

/** javascript:/data:/vbscript: URLs in the page, or only inside Parallax's own shadow roots. */
export async function findUnsafeLinks(page: Page, scope: 'document' | 'extension-ui'): Promise<string[]> {
  return page.evaluate((scope) => {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('[href], [src], [action], [formaction]')) {
        for (const attr of ['href', 'src', 'action', 'formaction']) {
          const v = el.getAttribute(attr);
          if (v !== null && /^\s*(?:javascript|data|vbscript):/i.test(v)) out.push(`${el.tagName}[${attr}]=${v}`);
        }
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    if (scope === 'document') visit(document);
    else for (const host of document.querySelectorAll('*')) if (/^parallax-/i.test(host.tagName) && host.shadowRoot) visit(host.shadowRoot);
    return out;
  }, scope);
}

/** True when a payload set `window.__pwned` (after a grace period for delayed payloads). */
export async function isPwned(page: Page): Promise<boolean> {
  await new Promise((r) => setTimeout(r, PAYLOAD_GRACE_MS));
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined);
}
