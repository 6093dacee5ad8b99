// Numbers agree with their nouns on every built page of both audiences ("1 wpis", "2 wpisy",
// "5 wpisów"): the scan knows the nouns of every counted phrase in src/i18n/pl.ts and asks
// Intl.PluralRules('pl') which form each number needs.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { allFiles } from '../../scripts/lib/build-site.ts';
import { pageText, pluralDisagreements } from '../../scripts/lib/plural-scan.ts';

const builds = inject('fixtureBuild');

describe('counts on built pages', () => {
  it('the scan catches what a reader would (so a clean result means something)', () => {
    expect(pluralDisagreements('Tag (1 wpisów), inny (2 wpisów), trzeci (5 wpisy), 22 wyników')).toHaveLength(4);
    expect(pluralDisagreements('1 wpis, 2 wpisy, 5 wpisów, 12 wpisów, 22 wpisy, 1 osoba, 4 osoby, 3 otwarte nabory, 1 otwarty nabór')).toEqual([]);
    // Not counts: a genitive after a preposition, a range, a time before a title.
    expect(pluralDisagreements('szuka 2–3 gmin do projektu, współpraca z 2 gmin, 10:00 Posiedzenie Forum')).toEqual([]);
  });

  for (const audience of ['public', 'members'] as const) {
    it(`agree with their nouns on every page of the ${audience} build`, () => {
      const wrong: string[] = [];
      const pages = allFiles(builds[audience]).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(20);
      for (const file of pages) {
        for (const d of pluralDisagreements(pageText(readFileSync(file, 'utf8')))) {
          wrong.push(`${file.slice(builds[audience].length)}: „${d.phrase}”`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('the tag index counts entries in the right form', () => {
    const text = pageText(readFileSync(`${builds.public}/tagi/index.html`, 'utf8'));
    expect(text).toMatch(/\(1 wpis\)/);
  });
});
