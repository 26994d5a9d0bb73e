import { useEffect, useRef } from 'preact/hooks';

export interface PanelFrameProps {
  /** The extension page that renders the story (the popup for this tab), loaded in an iframe. */
  src: string;
  onClose: () => void;
  /** Id of the dialog (the badge's aria-controls). */
  id?: string;
}

/**
 * The in-page panel: a non-modal dialog framing the popup page. The frame keeps the story out of the
 * page's reach (it is another origin) and the popup's code out of the content script.
 */
export function PanelFrame({ src, onClose, id = 'px-panel' }: PanelFrameProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus moves into the panel when it opens (the container gives it back to the badge on close).
    closeRef.current?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div class="px-root px-panel" role="dialog" aria-modal="false" aria-labelledby={`${id}-title`} id={id} onKeyDown={onKeyDown}>
      <div class="px-panel-head">
        <h2 class="px-panel-title" id={`${id}-title`}>
          Parallax · other coverage of this story
        </h2>
        <button ref={closeRef} type="button" class="px-iconbtn" aria-label="Close Parallax panel" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <iframe class="px-panel-frame" src={src} title="Parallax: coverage of this story" />
    </div>
  );
}
