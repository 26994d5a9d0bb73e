import { ConfirmButton, OptionsSection, ResultLine, readChosenFile, useActionResult } from './Fields';
import type { OptionsActions } from './types';

/** Settings as a JSON file (export, import with validation) and back to the defaults. */
export function SettingsFileSection({ actions }: { actions: OptionsActions }) {
  const imported = useActionResult();
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
      <div class="px-opt-field">
        <label for="import-settings">Import settings from a JSON file</label>
        <input
          id="import-settings"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void imported.run(async () => {
              const text = await readChosenFile(input);
              return text === null ? { ok: true } : actions.importSettings(text);
            });
          }}
        />
      </div>
      <ResultLine result={imported.result} />
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
