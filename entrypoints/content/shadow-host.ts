// A custom element with its own shadow root and stylesheet: the page's styles neither reach in nor leak out.
// Hand-made instead of WXT's createShadowRootUi, whose helpers cost ~8 kB in a script that runs in every page.

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/** Builds `<tag>` with a shadow root holding `css`; the caller puts `host` in the document. */
export function createShadowHost(tag: string, css: string, mode: ShadowRootMode): ShadowHost {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
