import { describe, expect, it } from 'vitest';
import { biasForSource, consensusBias, consensusFactual, describeRating, RATING_PROVIDERS, scoreRating } from '../../../lib/catalog/ratings';
import type { Rating } from '../../../lib/catalog/types';

const as = (bias: string): Rating => ({ provider: 'allsides', bias });
const mb = (bias: string, factual?: Rating['factual']): Rating => ({ provider: 'mbfc', bias, factual });

describe('consensusBias', () => {
  it('maps each AllSides label to its bucket', () => {
    expect(consensusBias([as('Left')])).toBe('left');
    expect(consensusBias([as('Lean Left')])).toBe('lean-left');
    expect(consensusBias([as('Center')])).toBe('center');
    expect(consensusBias([as('Lean Right')])).toBe('lean-right');
    expect(consensusBias([as('Right')])).toBe('right');
  });

  it('maps each MBFC category to its bucket (center = Least Biased)', () => {
    expect(consensusBias([mb('left')])).toBe('left');
    expect(consensusBias([mb('left-center')])).toBe('lean-left');
    expect(consensusBias([mb('center')])).toBe('center');
    expect(consensusBias([mb('right-center')])).toBe('lean-right');
    expect(consensusBias([mb('right')])).toBe('right');
  });

  it('agreeing providers give their common bucket', () => {
    expect(consensusBias([as('Lean Left'), mb('left-center')])).toBe('lean-left');
  });

  it('a half-step disagreement rounds toward center', () => {
    expect(consensusBias([as('Center'), mb('left-center')])).toBe('center');
    expect(consensusBias([as('Right'), mb('right-center')])).toBe('lean-right');
    expect(consensusBias([as('Left'), mb('left-center')])).toBe('lean-left');
  });

  it('a two-step disagreement averages to the middle bucket', () => {
    expect(consensusBias([as('Left'), mb('center')])).toBe('lean-left');
    expect(consensusBias([as('Lean Left'), mb('right-center')])).toBe('center');
  });

  it('ignores ratings without political placement', () => {
    expect(consensusBias([mb('fake-news', 'low')])).toBeNull();
    expect(consensusBias([as('Mixed')])).toBeNull();
    expect(consensusBias([as('Right'), mb('fake-news', 'low')])).toBe('right');
    expect(consensusBias([mb('pro-science'), mb('satire'), mb('conspiracy-pseudoscience')])).toBeNull();
    expect(consensusBias([{ provider: 'other', bias: 'left' }])).toBeNull();
    expect(consensusBias([])).toBeNull();
  });

  it('scores are on -2..+2', () => {
    expect(scoreRating(as('Lean Right'))).toBe(1);
    expect(scoreRating(mb('left'))).toBe(-2);
    expect(scoreRating(mb('fake-news'))).toBeNull();
  });
});

describe('consensusFactual', () => {
  it('takes the MBFC level, the lowest when several are given', () => {
    expect(consensusFactual([as('Center'), mb('center', 'very-high')])).toBe('very-high');
    expect(consensusFactual([mb('center', 'high'), mb('left', 'mixed')])).toBe('mixed');
    expect(consensusFactual([as('Center')])).toBeNull();
  });
});

describe('RATING_PROVIDERS', () => {
  it('describes both providers with homepage, license and scale', () => {
    expect(RATING_PROVIDERS.map((p) => p.id)).toEqual(['allsides', 'mbfc']);
    for (const provider of RATING_PROVIDERS) {
      expect(provider.homepage).toMatch(/^https:\/\//);
      expect(provider.license.length).toBeGreaterThan(5);
      expect(provider.scale.length).toBeGreaterThan(40);
    }
  });

  it('labels raw provider values in the provider\'s words', () => {
    expect(describeRating(mb('fake-news'))).toBe('Questionable Source');
    expect(describeRating(mb('center'))).toBe('Least Biased');
    expect(describeRating(as('Lean Left'))).toBe('Lean Left');
  });
});

describe('biasForSource', () => {
  const rated = {
    bias: 'center' as const,
    ratings: [
      { provider: 'allsides', bias: 'Lean Left' },
      { provider: 'mbfc', bias: 'right-center' },
    ],
  };
  it('is the consensus, or the chosen provider alone', () => {
    expect(biasForSource(rated, 'consensus')).toBe('center');
    expect(biasForSource(rated, 'allsides')).toBe('lean-left');
    expect(biasForSource(rated, 'mbfc')).toBe('lean-right');
  });
  it('is null when the chosen provider did not rate the outlet', () => {
    expect(biasForSource({ ...rated, ratings: [] }, 'mbfc')).toBeNull();
  });
});
