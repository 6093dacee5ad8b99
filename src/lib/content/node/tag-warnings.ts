/**
 * Near-duplicate tags ("dowóz uczniów" / "dowozy uczniów", "wspólne zamówienia" / "zamówienia
 * wspólne", "P&R" / "Parkuj i Jedź"): a warning, not an error — the editor picks one spelling.
 * Tags are compared folded (case, Polish letters), word by word with Polish endings cut off
 * (singular and plural meet), in any word order; an acronym and its written-out form from the
 * search synonyms (content/search/synonyms.yaml) count as the same tag.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES } from '../../../schema/collections.ts';
import { fold } from '../../contacts/client/filter.ts';
import { loadSynonyms } from '../../search/node/synonyms.ts';
import { entryFiles, slugOf } from './content-dir.ts';
import { readFrontmatter } from './content-check.ts';

const stem = (word: string): string => (word.length > 4 ? word.slice(0, Math.max(4, word.length - 3)) : word);

/** The comparison key of a tag: folded word stems in alphabetical order. */
export const tagKey = (tag: string): string =>
  (fold(tag).match(/[\p{L}\p{N}&]+/gu) ?? []).map(stem).sort().join(' ');

export interface TagWarning {
  tags: string[];
  /** Where each spelling is used: `collection/slug`. */
  usedIn: Record<string, string[]>;
}

/** Groups of tags that differ only in spelling, from tag → where it is used. */
export const nearDuplicateTags = (
  uses: ReadonlyMap<string, readonly string[]>,
  synonyms: readonly { acronym: string; expansions: string[] }[] = [],
): TagWarning[] => {
  const alias = new Map<string, string>();
  for (const s of synonyms) for (const e of s.expansions) alias.set(tagKey(e), tagKey(s.acronym));
  const groups = new Map<string, string[]>();
  for (const tag of uses.keys()) {
    const key = alias.get(tagKey(tag)) ?? tagKey(tag);
    groups.set(key, [...(groups.get(key) ?? []), tag]);
  }
  return [...groups.values()]
    .filter((tags) => tags.length > 1)
    .map((tags) => ({ tags: tags.sort(), usedIn: Object.fromEntries(tags.map((t) => [t, [...(uses.get(t) ?? [])]])) }));
};

/** Near-duplicate tags of a content folder. */
export const tagWarnings = (dir: string): TagWarning[] => {
  const uses = new Map<string, string[]>();
  for (const name of COLLECTION_NAMES) {
    for (const file of entryFiles(dir, name)) {
      let data: unknown;
      try {
        data = readFrontmatter(readFileSync(join(dir, name, file), 'utf8'));
      } catch {
        continue; // the content check reports unreadable files
      }
      const tags = (data as { tags?: unknown } | null)?.tags;
      if (!Array.isArray(tags)) continue;
      for (const tag of tags) if (typeof tag === 'string') uses.set(tag, [...(uses.get(tag) ?? []), `${name}/${slugOf(file)}`]);
    }
  }
  let synonyms: { acronym: string; expansions: string[] }[] = [];
  try {
    synonyms = loadSynonyms(dir);
  } catch {
    synonyms = [];
  }
  return nearDuplicateTags(uses, synonyms);
};

export const formatTagWarning = (w: TagWarning): string =>
  `podobne tagi: ${w.tags.map((t) => `„${t}” (${w.usedIn[t]?.slice(0, 3).join(', ')}${(w.usedIn[t]?.length ?? 0) > 3 ? ', …' : ''})`).join(' i ')} — wybierz jedną pisownię`;
