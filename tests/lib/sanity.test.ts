import { describe, expect, it } from 'vitest';
import { BIAS_BUCKETS } from '../../lib/catalog/types';

describe('bias buckets', () => {
  it('lists the five buckets from left to right', () => {
    expect(BIAS_BUCKETS).toEqual(['left', 'lean-left', 'center', 'lean-right', 'right']);
  });
});
