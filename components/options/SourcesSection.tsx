import type { Outlet } from '../../lib/catalog/types';
import type { FeedOverview } from '../../lib/protocol';
import type { Settings } from '../../lib/settings';
import { CatalogBrowser } from './CatalogBrowser';
import { CustomFeeds } from './CustomFeeds';
import { FeedStatusTable } from './FeedStatusTable';
import { OptionsSection } from './Fields';
import type { OptionsActions } from './types';

export interface SourcesSectionProps {
  settings: Settings;
  outlets: readonly Outlet[];
  feeds: readonly FeedOverview[] | null;
  now: number;
  actions: OptionsActions;
}

/** Which feeds Parallax collects: catalog outlets, the user's own feeds, and how each feed is doing. */
export function SourcesSection({ settings, outlets, feeds, now, actions }: SourcesSectionProps) {
  return (
    <OptionsSection id="sources" title="Sources">
      <h3>Outlets</h3>
      <CatalogBrowser
        outlets={outlets}
        disabledOutlets={settings.disabledOutlets}
        ratingSource={settings.ratingSource}
        setOutletsEnabled={actions.setOutletsEnabled}
      />
      <CustomFeeds feeds={settings.customFeeds} actions={actions} />
      <FeedStatusTable feeds={feeds} outlets={outlets} now={now} />
    </OptionsSection>
  );
}
