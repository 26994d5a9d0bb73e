import { describe, expect, it } from 'vitest';
import { classifyIndex } from '../../../lib/coverage/index-state';
import { INDEX_BUILDING, INDEX_EMPTY, INDEX_OFFLINE, INDEX_READY } from '../../components/fixtures';

describe('classifyIndex', () => {
  it('tells building, empty, offline and ready apart', () => {
    expect(classifyIndex(INDEX_BUILDING)).toBe('building');
    expect(classifyIndex(INDEX_EMPTY)).toBe('empty');
    expect(classifyIndex(INDEX_OFFLINE)).toBe('offline');
    expect(classifyIndex(INDEX_READY)).toBe('ready');
  });
  it('trusts the caller about the network, but an index with articles stays usable', () => {
    expect(classifyIndex(INDEX_EMPTY, true)).toBe('offline');
    expect(classifyIndex(INDEX_READY, true)).toBe('ready');
  });
});
