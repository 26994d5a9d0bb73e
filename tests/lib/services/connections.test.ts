import { describe, expect, it } from 'vitest';
import { shareConnection } from '../../../lib/services/connections';

describe('shareConnection', () => {
  it('opens once for concurrent and later callers', async () => {
    let opens = 0;
    const get = shareConnection(async () => ({ id: ++opens }));
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(await get()).toBe(a);
    expect(opens).toBe(1);
  });

  it('lets the next caller retry after a failed open', async () => {
    let opens = 0;
    const get = shareConnection(async () => {
      opens += 1;
      if (opens === 1) throw new Error('transient');
      return 'db';
    });
    await expect(get()).rejects.toThrow('transient');
    expect(await get()).toBe('db');
    expect(opens).toBe(2);
  });
});
