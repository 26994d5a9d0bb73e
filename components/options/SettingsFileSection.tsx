import { ConfirmButton, FileImportField, OptionsSection } from './Fields';
import type { OptionsActions } from './types';

/** Settings as a JSON file (export, import with validation) and back to the defaults. */
export function SettingsFileSection({ actions }: { actions: OptionsActions }) {
  return (
    <OptionsSection id="settings-file" title="Your settings">
      <p class="px-opt-hint">
        Settings are saved as soon as you change them. Export them to a file to keep a copy or to move them to a browser
        without sync.
      </p>
      <div class="px-opt-inline">
        <button id="export-settings" type="button" class="px-btn" onClick={() => actions.exportSettings()}>
          Export settings (JSON)
        </button>
      </div>
      <FileImportField
        id="import-settings"
        label="Import settings from a JSON file"
        accept=".json,application/json"
        onText={actions.importSettings}
      />
      <div class="px-opt-block">
        <ConfirmButton
          id="reset-settings"
          label="Reset all settings"
          confirmLabel="Yes, reset to the defaults"
          warning="Turns every outlet back on, removes your custom feeds and site list, and restores the default badges, ratings and schedule. The index stays."
          onConfirm={actions.resetSettings}
        />
      </div>
    </OptionsSection>
  );
}
