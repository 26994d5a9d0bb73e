import { buildElement } from './build-element';

// The in-page panel, built as plain DOM (no Preact in the content script): a non-modal dialog framing the
// popup page. The frame keeps the story out of the page's reach (another origin) and the popup's code out
// of the content script.

export interface PanelFrameProps {
  /** The extension page that renders the story (the popup for this tab), loaded in an iframe. */
  src: string;
  onClose: () => void;
  /** Id of the dialog (the badge's aria-controls). */
  id?: string;
}

/** The panel's dialog; Escape inside it and its close button call `onClose`. Focus it with focusPanel. */
export function createPanelFrame(doc: Document, { src, onClose, id = 'px-panel' }: PanelFrameProps): HTMLElement {
  const close = buildElement(
    doc,
    'button',
    { type: 'button', class: 'px-iconbtn', 'aria-label': 'Close Parallax panel' },
    buildElement(doc, 'span', { 'aria-hidden': 'true' }, '×'),
  );
  close.addEventListener('click', () => onClose());
  const dialog = buildElement(
    doc,
    'div',
    { class: 'px-root px-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': `${id}-title`, id },
    buildElement(
      doc,
      'div',
      { class: 'px-panel-head' },
      buildElement(doc, 'h2', { class: 'px-panel-title', id: `${id}-title` }, 'Parallax · other coverage of this story'),
      close,
    ),
    buildElement(doc, 'iframe', { class: 'px-panel-frame', src, title: 'Parallax: coverage of this story' }),
  );
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  });
  return dialog;
}

/** Moves focus into the panel (its close button) once it is in the document. */
export function focusPanel(dialog: HTMLElement): void {
  dialog.querySelector<HTMLElement>('.px-iconbtn')?.focus();
}
