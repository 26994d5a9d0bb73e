// Settings export and import as a JSON file: what the user downloads, and validation of what they load back.
// Pure (text in, Settings out, validated by normalizeSettings); runs in the options page and in tests.
// Must not touch storage: the caller decides whether to save what was read.

import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

export const SETTINGS_FILE_FORMAT = 'parallax-settings';
export const SETTINGS_FILE_VERSION = 1;
/** A settings file is a few kB; anything this large is not one. */
export const SETTINGS_FILE_MAX_BYTES = 1_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export interface SettingsImport {
  settings: Settings;
  /** Fields of the file that were unknown (ignored) or invalid (replaced by the default or clamped). */
  warnings: string[];
}

/** The file cannot be used at all; `message` is one line for the user. */
export class SettingsImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsImportError';
  }
}

/** The JSON text of a settings file (pretty-printed: people read and diff these). */
export function exportSettingsJson(settings: Settings, now: number): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: normalizeSettings(settings),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads a settings file. Accepts Parallax's own export or a bare settings object; every field goes through
 * normalizeSettings, so nothing invalid reaches storage. Throws SettingsImportError when unusable.
 */
export function parseSettingsJson(text: string): SettingsImport {
  if (typeof text !== 'string' || !text.trim()) throw new SettingsImportError('The file is empty.');
  if (text.length > SETTINGS_FILE_MAX_BYTES) throw new SettingsImportError('The file is too large to be a settings file.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new SettingsImportError('The file is not valid JSON.');
  }
  if (!isRecord(data)) throw new SettingsImportError('The file does not contain a settings object.');

  let raw: Record<string, unknown>;
  if ('format' in data || 'settings' in data) {
    if (data.format !== SETTINGS_FILE_FORMAT) {
      throw new SettingsImportError('This is not a Parallax settings file (unknown "format").');
    }
    if (typeof data.version !== 'number' || data.version > SETTINGS_FILE_VERSION) {
      throw new SettingsImportError('This settings file comes from a newer version of Parallax; update Parallax first.');
    }
    if (!isRecord(data.settings)) throw new SettingsImportError('The file has no "settings" object.');
    raw = data.settings;
  } else {
    raw = data;
  }

  const known = Object.keys(DEFAULT_SETTINGS);
  if (!known.some((k) => Object.prototype.hasOwnProperty.call(raw, k))) {
    throw new SettingsImportError('The file contains no Parallax setting.');
  }
  const settings = normalizeSettings(raw);
  const warnings: string[] = [];
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) warnings.push(`Ignored unknown setting "${key.slice(0, 60)}".`);
  }
  for (const key of known as (keyof Settings)[]) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
    if (JSON.stringify(raw[key]) !== JSON.stringify(settings[key])) {
      warnings.push(`Adjusted "${key}" to a value Parallax accepts.`);
    }
  }
  return { settings, warnings };
}
