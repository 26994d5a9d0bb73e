import { useEffect, useRef } from 'preact/hooks';
import type { CoverageEntry, TabReport } from '../lib/coverage/types';
import { ReportBody } from './PopupView';
import type { PopupActions } from './types';

export interface InPagePanelProps {
  report: TabReport;
  /** Epoch ms for relative times. */
  now: number;
  onClose: () => void;
  /** Omitted: the panel still works; the action buttons do nothing (the container should pass them). */
  actions?: PopupActions;
  searchResults?: CoverageEntry[] | null;
  offline?: boolean;
  /** Id of the dialog (the badge's aria-controls). */
  id?: string;
  locale?: string;
  timeZone?: string;
}

const NO_ACTIONS: PopupActions = {
  refreshNow() {},
  search() {},
  reportNotSameStory() {},
  disableSite() {},
  openOptions() {},
};

/** The popup's story content in a non-modal dialog on the page; close button and Escape close it. */
export function InPagePanel({
  report,
  now,
  onClose,
  actions = NO_ACTIONS,
  searchResults = null,
  offline,
  id = 'px-panel',
  locale,
  timeZone,
}: InPagePanelProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Move focus into the panel when it opens so keyboard and screen-reader users land in it, and give it
    // back on close to what had it (the badge), if that element is still there. Works in a shadow root.
    const root = closeRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const previous = (root?.activeElement ?? null) as HTMLElement | null;
    closeRef.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      class="px-root px-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      id={id}
      onKeyDown={onKeyDown}
    >
      <div class="px-panel-head">
        <h2 class="px-panel-title" id={`${id}-title`}>
          Parallax · other coverage of this story
        </h2>
        <button ref={closeRef} type="button" class="px-iconbtn" aria-label="Close Parallax panel" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="px-panel-body">
        <ReportBody
          report={report}
          actions={actions}
          searchResults={searchResults}
          time={{ now, locale, timeZone }}
          offline={offline}
          idPrefix={`${id}-r`}
        />
      </div>
    </div>
  );
}
