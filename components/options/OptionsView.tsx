import { BadgesSection } from './BadgesSection';
import { IndexSection } from './IndexSection';
import { PrivacySection } from './PrivacySection';
import { RatingsSection } from './RatingsSection';
import { SettingsFileSection } from './SettingsFileSection';
import { SourcesSection } from './SourcesSection';
import type { OptionsViewProps, SaveStatus } from './types';

const SECTIONS = [
  ['sources', 'Sources'],
  ['ratings', 'Ratings'],
  ['badges', 'Badges'],
  ['index', 'Index'],
  ['privacy', 'Privacy'],
  ['settings-file', 'Your settings'],
] as const;

/** The save confirmation: always in the DOM so screen readers announce each change of its text. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  return (
    <p id="save-status" class={`px-opt-save px-opt-save-${status.state}`} role="status" aria-live="polite" aria-atomic="true">
      {status.state === 'idle' ? '' : status.message}
    </p>
  );
}

/** The whole options page: navigation, save status and the sections. Props in, JSX out. */
export function OptionsView(props: OptionsViewProps) {
  const { settings, outlets, providers, feeds, index, storage, saveStatus, now, actions } = props;
  return (
    <div class="px-root px-opt">
      <header class="px-opt-header">
        <h1>Parallax settings</h1>
        <SaveStatusLine status={saveStatus} />
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="px-opt-main">
        <SourcesSection settings={settings} outlets={outlets} feeds={feeds} now={now} actions={actions} />
        <RatingsSection settings={settings} providers={providers} actions={actions} />
        <BadgesSection settings={settings} actions={actions} />
        <IndexSection settings={settings} index={index} storage={storage} now={now} actions={actions} />
        <PrivacySection />
        <SettingsFileSection actions={actions} />
      </main>
    </div>
  );
}
