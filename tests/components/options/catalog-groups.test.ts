import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterOutlets,
  foldForSearch,
  groupOutlets,
  isFilterActive,
  listFilterChoices,
} from '../../../components/options/catalog-groups';
import { OUTLETS } from './options-fixtures';

const ids = (list: { id: string }[]) => list.map((o) => o.id);

describe('catalog groups', () => {
  it('folds case and accents for search', () => {
    expect(foldForSearch('Süddeutsche ÉTÉ')).toBe('suddeutsche ete');
  });

  it('filters by every word of the query over name, id, domain and owner, and by each facet', () => {
    expect(ids(filterOutlets(OUTLETS, { ...EMPTY_FILTER, query: 'fox' }))).toEqual(['fox-news']);
    expect(ids(filterOutlets(OUTLETS, { ...EMPTY_FILTER, query: 'npr.example' }))).toEqual(['npr']);
    expect(ids(filterOutlets(OUTLETS, { ...EMPTY_FILTER, query: 'groupe monde' }))).toEqual(['le-monde']);
    expect(ids(filterOutlets(OUTLETS, { ...EMPTY_FILTER, query: 'groupe fox' }))).toEqual([]);
    expect(ids(filterOutlets(OUTLETS, { ...EMPTY_FILTER, country: 'GB' }))).toEqual(['reuters', 'guardian']);
    expect(ids(filterOutlets(OUTLETS, { ...EMPTY_FILTER, bias: 'unrated' }))).toEqual(['sueddeutsche']);
    expect(ids(filterOutlets(OUTLETS, { ...EMPTY_FILTER, language: 'fr', type: 'newspaper' }))).toEqual(['le-monde']);
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, query: '  ' })).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, type: 'wire' })).toBe(true);
  });

  it('groups by bias from left to right with unrated last, others by label, outlets by name', () => {
    expect(groupOutlets(OUTLETS, 'bias').map((g) => g.key)).toEqual(['lean-left', 'center', 'right', 'unrated']);
    const byCountry = groupOutlets(OUTLETS, 'country');
    expect(byCountry.map((g) => g.label)).toEqual(['France', 'Germany', 'United Kingdom', 'United States']);
    expect(ids(byCountry[2]!.outlets)).toEqual(['reuters', 'guardian']);
    expect(groupOutlets(OUTLETS, 'type').map((g) => g.label)).toEqual([
      'Broadcaster',
      'News agency',
      'Newspaper',
      'Public broadcaster',
    ]);
  });

  it('puts a multilingual outlet in each of its language groups', () => {
    const bilingual = { ...OUTLETS[0]!, id: 'swissinfo', name: 'Swissinfo', languages: ['de', 'fr'] };
    const groups = groupOutlets([bilingual], 'language');
    expect(groups.map((g) => g.label)).toEqual(['French', 'German']);
  });

  it('offers only filter values the catalog has, with counts', () => {
    const choices = listFilterChoices(OUTLETS);
    expect(choices.country.map((c) => c.label)).toEqual(['France (1)', 'Germany (1)', 'United Kingdom (2)', 'United States (2)']);
    expect(choices.bias.map((c) => c.value)).toEqual(['lean-left', 'center', 'right', 'unrated']);
  });

  it('places outlets by the chosen provider when the user picks one', () => {
    const rated = {
      ...OUTLETS[0]!,
      bias: 'center' as const,
      ratings: [
        { provider: 'allsides', bias: 'Lean Left' },
        { provider: 'mbfc', bias: 'right-center' },
      ],
    };
    expect(groupOutlets([rated], 'bias', { source: 'allsides' }).map((g) => g.key)).toEqual(['lean-left']);
    expect(filterOutlets([rated], { ...EMPTY_FILTER, bias: 'lean-right' }, 'mbfc')).toHaveLength(1);
  });
});
