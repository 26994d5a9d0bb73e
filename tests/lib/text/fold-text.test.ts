import { describe, expect, it } from 'vitest';
import { foldText } from '../../../lib/text/fold-text';

describe('foldText', () => {
  it('lowercases and strips diacritics so spellings meet', () => {
    expect(foldText('Élysée')).toBe('elysee');
    expect(foldText('ELYSÉE')).toBe('elysee');
    expect(foldText('Müller')).toBe('muller');
    expect(foldText('São Paulo')).toBe('sao paulo');
  });
  it('applies NFKC (ligatures, full-width letters) and folds letters NFD keeps', () => {
    expect(foldText('ﬁnance')).toBe('finance');
    expect(foldText('ＡＢＣ')).toBe('abc');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('İstanbul')).toBe('istanbul');
  });
  it('keeps non-Latin letters intact', () => {
    expect(foldText('Москва')).toBe('москва');
    expect(foldText('नमस्ते')).toBe('नमस्ते');
  });
  it('folds plain ASCII (its fast path) exactly as the full normalisation does', () => {
    const full = (t: string) => t.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]+/g, '').normalize('NFC');
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    for (const t of [ascii, 'NATO', "Biden's U.S. trip", 'MH370', 'e\u0301'.slice(0, 1)]) expect(foldText(t)).toBe(full(t));
    // Not ASCII: the full path still runs.
    expect(foldText('CAFÉ')).toBe('cafe');
  });
});
