import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionResult } from './types';

/** Runs an async action and keeps its outcome for display (pending, message or error). */
export function useActionResult() {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  async function run(action: () => Promise<ActionResult>): Promise<ActionResult> {
    setPending(true);
    setResult(null);
    let r: ActionResult;
    try {
      r = await action();
    } catch (err) {
      r = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    if (alive.current) {
      setPending(false);
      setResult(r);
    }
    return r;
  }
  return { pending, result, run, clear: () => setResult(null) };
}

/** The outcome line under a control: errors as alerts, successes as polite status. */
export function ResultLine({ id, result }: { id?: string; result: ActionResult | null }) {
  if (!result) return null;
  if (!result.ok) {
    return (
      <p id={id} class="px-opt-error" role="alert">
        {result.error}
      </p>
    );
  }
  return result.message ? (
    <p id={id} class="px-opt-ok" role="status">
      {result.message}
    </p>
  ) : null;
}

export interface ToggleFieldProps {
  id: string;
  label: string;
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** A labelled checkbox with an optional description read by screen readers. */
export function ToggleField({ id, label, description, checked, disabled, onChange }: ToggleFieldProps) {
  const descId = description ? `${id}-desc` : undefined;
  return (
    <div class="px-opt-field px-opt-toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={descId}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <div>
        <label for={id}>{label}</label>
        {description ? (
          <p id={descId} class="px-opt-hint">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export interface NumberFieldProps {
  id: string;
  label: string;
  /** Unit word for the hint and the error ("minutes"). */
  unit: string;
  value: number;
  min: number;
  max: number;
  hint?: string;
  onCommit(value: number): Promise<ActionResult>;
}

/** "12", " 12 " -> 12; anything else (12.5, 1e3, "", "12 min") -> null. */
export function parseWholeNumber(text: string): number | null {
  const t = text.trim();
  return /^\d{1,7}$/.test(t) ? Number(t) : null;
}

/**
 * A whole-number setting saved when the user leaves the field or presses Enter. Out-of-range or non-numeric
 * input is refused with a message and never saved; the field keeps what the user typed so it can be fixed.
 */
export function NumberField({ id, label, unit, value, min, max, hint, onCommit }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(String(value));
    setError(null);
  }, [value]);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  // Reads the field itself, not `draft`: the change event can arrive before the re-render of the last input.
  const commit = async (text: string) => {
    const n = parseWholeNumber(text);
    if (n === null || n < min || n > max) {
      setError(`Enter a whole number of ${unit} from ${min} to ${max}.`);
      return;
    }
    setError(null);
    if (n === value) return;
    const r = await onCommit(n);
    if (!r.ok) setError(r.error);
  };
  return (
    <div class="px-opt-field px-opt-number">
      <label for={id}>{label}</label>
      <div class="px-opt-inline">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => void commit((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit((e.currentTarget as HTMLInputElement).value);
            }
          }}
        />
        <span class="px-opt-unit">{unit}</span>
      </div>
      {hint ? (
        <p id={hintId} class="px-opt-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} class="px-opt-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface ConfirmButtonProps {
  label: string;
  /** Text of the second, confirming click ("Yes, delete all articles"). */
  confirmLabel: string;
  /** What will happen, shown while confirming. */
  warning: string;
  id?: string;
  onConfirm(): Promise<ActionResult>;
}

/** A destructive action that asks for a second, explicit click (no modal dialog; keyboard friendly). */
export function ConfirmButton({ label, confirmLabel, warning, id, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const { pending, result, run } = useActionResult();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    // Keyboard users land on the confirming button, and back on the trigger when the question closes.
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  return (
    <div class="px-opt-confirm">
      {asking ? (
        <div
          class="px-opt-confirm-box"
          role="group"
          aria-label={label}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setAsking(false);
          }}
        >
          <p class="px-opt-warning">{warning}</p>
          <div class="px-opt-inline">
            <button
              ref={confirmRef}
              id={id ? `${id}-confirm` : undefined}
              type="button"
              class="px-btn px-btn-danger"
              disabled={pending}
              onClick={() => {
                void run(onConfirm).then(() => setAsking(false));
              }}
            >
              {confirmLabel}
            </button>
            <button type="button" class="px-btn px-btn-quiet" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={triggerRef} id={id} type="button" class="px-btn px-btn-danger-quiet" onClick={() => setAsking(true)}>
          {label}
        </button>
      )}
      <ResultLine result={result} />
    </div>
  );
}

/** A titled part of the page: a landmark with a heading, reachable from the page's navigation. */
export function OptionsSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} class="px-opt-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A labelled file chooser whose chosen file's text goes to `onText`; the outcome shows below it. */
export function FileImportField({
  id,
  resultId,
  label,
  accept,
  onText,
}: {
  id: string;
  resultId?: string;
  label: string;
  accept: string;
  onText: (text: string) => Promise<ActionResult>;
}) {
  const imported = useActionResult();
  return (
    <>
      <div class="px-opt-field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="file"
          accept={accept}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void imported.run(async () => {
              const text = await readChosenFile(input);
              return text === null ? { ok: true } : onText(text);
            });
          }}
        />
      </div>
      <ResultLine id={resultId} result={imported.result} />
    </>
  );
}

/** Reads a chosen file as text; the input is cleared so choosing the same file again works. */
async function readChosenFile(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  if (!file) return null;
  try {
    return await file.text();
  } finally {
    input.value = '';
  }
}
