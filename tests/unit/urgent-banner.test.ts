// The urgent banner remembers dismissed items per id AND expiry: an extended item comes back.
import { describe, expect, it } from 'vitest';
import { bannerItemKey, dismiss, parseDismissed, visibleItems } from '../../src/lib/news/client/banner-memory.ts';

describe('urgent banner memory', () => {
  const a = bannerItemKey('pilne-sprawozdania', '2026-12-11');
  const b = bannerItemKey('kotly-klasy-3', '2026-12-31');

  it('hides what was dismissed and shows the rest', () => {
    expect(visibleItems([a, b], [a])).toEqual([b]);
    expect(visibleItems([a, b], [])).toEqual([a, b]);
  });

  it('shows an item again when its expiry is extended', () => {
    const extended = bannerItemKey('pilne-sprawozdania', '2027-01-15');
    expect(visibleItems([extended], [a])).toEqual([extended]);
  });

  it('forgets dismissed items that are no longer on the page, so storage does not grow', () => {
    const old = bannerItemKey('stare', '2026-01-01');
    expect(dismiss([a, b], [old, b], a)).toEqual([b, a]);
  });

  it('treats unreadable storage as nothing dismissed', () => {
    expect(parseDismissed(null)).toEqual([]);
    expect(parseDismissed('{zepsute')).toEqual([]);
    expect(parseDismissed('{"a":1}')).toEqual([]);
    expect(parseDismissed(JSON.stringify([a, 3]))).toEqual([a]);
  });
});
