// A custom element with its own shadow root and stylesheet: the page's styles neither reach in nor leak out.
// Hand-made instead of WXT's createShadowRootUi, whose helpers cost ~8 kB in a script that runs in every page.

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/** One constructed stylesheet per css text, adopted by every shadow root that shares it (null: unsupported). */
const sharedSheets = new Map<string, CSSStyleSheet | null>();

function getSharedSheet(css: string): CSSStyleSheet | null {
  if (sharedSheets.has(css)) return sharedSheets.get(css) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null;
  }
  sharedSheets.set(css, sheet);
  return sheet;
}

/** Gives `root` the shared sheet; false when the browser refuses (Firefox content scripts may), and forgets it. */
function adoptSharedSheet(root: ShadowRoot, css: string): boolean {
  const sheet = getSharedSheet(css);
  if (!sheet) return false;
  try {
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return true;
  } catch {
    // fall through: the <style> element below
  }
  sharedSheets.set(css, null);
  return false;
}

/**
 * Builds `<tag>` with a shadow root holding `css`; the caller puts `host` in the document. `shared` (for
 * elements a page has many of, the link chips): every root adopts one constructed stylesheet instead of
 * holding its own <style>, so a hundred chips do not mean a hundred sheets for the style engine to register.
 */
export function createShadowHost(tag: string, css: string, mode: ShadowRootMode, shared = false): ShadowHost {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode });
  if (shared && adoptSharedSheet(root, css)) return { host, root };
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
