import { describe, expect, it } from 'vitest';
import { currentAudience, visibleTo } from '../../src/lib/content/access.ts';

describe('audiences', () => {
  it('shows member-only entries only in the members build', () => {
    expect(visibleTo('public', 'public')).toBe(true);
    expect(visibleTo('public', 'members')).toBe(false);
    expect(visibleTo('members', 'members')).toBe(true);
    expect(visibleTo('members', 'public')).toBe(true);
  });

  it('builds for the public by default and rejects an unknown audience', () => {
    expect(currentAudience({})).toBe('public');
    expect(currentAudience({ SITE_AUDIENCE: 'members' })).toBe('members');
    expect(() => currentAudience({ SITE_AUDIENCE: 'wszyscy' })).toThrow(/SITE_AUDIENCE/);
  });
});
