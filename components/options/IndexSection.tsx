import { formatDateTime, formatRelativeTime, plural } from '../../lib/coverage/labels';
import type { IndexStatus } from '../../lib/coverage/types';
import { REFRESH_MINUTES_RANGE, RETENTION_DAYS_RANGE, type Settings } from '../../lib/settings';
import { IndexProgress } from '../IndexProgress';
import { ConfirmButton, NumberField, OptionsSection, ResultLine, useActionResult } from './Fields';
import type { OptionsActions, StorageUsage } from './types';

export interface IndexSectionProps {
  settings: Settings;
  index: IndexStatus | null;
  storage: StorageUsage | null;
  now: number;
  actions: OptionsActions;
}

/** "1.2 MB", "340 kB", "12 bytes" (decimal units, as browsers report quotas). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1000) return plural(Math.round(bytes), 'byte');
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = bytes / 1000;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i += 1;
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

/** The local index: schedule, retention, refresh now with live progress, its size, and clearing it. */
export function IndexSection({ settings, index, storage, now, actions }: IndexSectionProps) {
  const refresh = useActionResult();
  const running = index?.progress.running ?? false;
  const last = index?.lastRefresh ?? null;
  return (
    <OptionsSection id="index" title="Index">
      <fieldset class="px-opt-fieldset">
        <legend>Schedule</legend>
        <NumberField
          id="setting-refresh-minutes"
          label="Fetch feeds every"
          unit="minutes"
          value={settings.refreshMinutes}
          min={REFRESH_MINUTES_RANGE.min}
          max={REFRESH_MINUTES_RANGE.max}
          hint="Feeds that have not changed cost almost nothing to check."
          onCommit={(v) => actions.updateSettings({ refreshMinutes: v })}
        />
        <NumberField
          id="setting-retention-days"
          label="Keep articles for"
          unit="days"
          value={settings.retentionDays}
          min={RETENTION_DAYS_RANGE.min}
          max={RETENTION_DAYS_RANGE.max}
          hint="Older articles are removed from the index after each refresh."
          onCommit={(v) => actions.updateSettings({ retentionDays: v })}
        />
      </fieldset>

      <div class="px-opt-block">
        <h3>Contents</h3>
        {index ? (
          <dl class="px-opt-stats">
            <div>
              <dt>Articles</dt>
              <dd id="index-articles">{index.articles.toLocaleString('en')}</dd>
            </div>
            <div>
              <dt>Stories</dt>
              <dd id="index-stories">{index.stories.toLocaleString('en')}</dd>
            </div>
            <div>
              <dt>Feeds fetched</dt>
              <dd>{index.feeds.toLocaleString('en')}</dd>
            </div>
            <div>
              <dt>Last refresh</dt>
              <dd>
                {last ? <time dateTime={new Date(last).toISOString()} title={formatDateTime(last)}>{formatRelativeTime(last, now)}</time> : 'never'}
              </dd>
            </div>
            <div>
              <dt>Storage used</dt>
              <dd id="index-storage">
                {storage ? `${formatBytes(storage.usage)} of ${formatBytes(storage.quota)} available` : 'unknown'}
              </dd>
            </div>
          </dl>
        ) : (
          <p class="px-opt-empty" role="status">
            Reading the index…
          </p>
        )}
      </div>

      <div class="px-opt-block">
        <h3>Refresh</h3>
        <button
          id="refresh-now"
          type="button"
          class="px-btn px-btn-primary"
          disabled={refresh.pending || running}
          onClick={() => void refresh.run(actions.refreshNow)}
        >
          {running ? 'Refreshing…' : 'Refresh now'}
        </button>
        {index && (running || index.progress.finishedAt) ? (
          <div class="px-opt-progress" id="refresh-progress">
            <IndexProgress index={index} time={{ now }} />
          </div>
        ) : null}
        <ResultLine result={refresh.result} />
      </div>

      <div class="px-opt-block">
        <h3>Clear</h3>
        <ConfirmButton
          id="clear-index"
          label="Clear the index"
          confirmLabel="Yes, delete all collected articles"
          warning="Deletes every article and story Parallax has collected on this computer. Your settings stay. The next refresh collects them again."
          onConfirm={actions.clearIndex}
        />
      </div>
    </OptionsSection>
  );
}
