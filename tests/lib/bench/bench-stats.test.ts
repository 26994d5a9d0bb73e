import { describe, expect, it } from 'vitest';
import { computeMedian, computePercentile, roundTo } from '../../../lib/bench/bench-stats';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles of unsorted values', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(computePercentile(values, 50)).toBe(5);
    expect(computePercentile(values, 95)).toBe(10);
    expect(computePercentile(values, 0)).toBe(1);
    expect(computePercentile([], 95)).toBeNaN();
  });

  it('takes the median of odd and even lists', () => {
    expect(computeMedian([3, 1, 2])).toBe(2);
    expect(computeMedian([4, 1, 3, 2])).toBe(2.5);
    expect(computeMedian([])).toBeNaN();
  });

  it('rounds for the JSON output', () => {
    expect(roundTo(1.23456, 2)).toBe(1.23);
    expect(roundTo(0.00049, 3)).toBe(0);
  });
});
