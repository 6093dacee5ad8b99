/**
 * The search record of an entry (type, forums, gminy, tags, date), built from the same card
 * data lists use, so search results describe entries exactly as lists do.
 */
import { t } from '../../i18n/pl.ts';
import { toCards, type AnyEntry } from '../site/cards.ts';
import { entryMap } from '../content/entries.ts';
import type { SearchRecord } from './filters.ts';

const gminaOf = (e: AnyEntry): string | undefined =>
  e.collection === 'municipalities' ? e.id : 'municipality' in e.data ? e.data.municipality : undefined;

export const searchRecord = async (e: AnyEntry): Promise<SearchRecord> => {
  const [card] = await toCards([e]);
  const gminy = await entryMap('municipalities');
  const gmina = gminaOf(e);
  // Projects involve several gminy; every one of them is a filter value.
  const slugs = e.collection === 'projects' || e.collection === 'data' ? e.data.municipalities : gmina ? [gmina] : [];
  const titles = slugs.flatMap((s) => gminy.get(s)?.data.title ?? []);
  return {
    type: t(`kind.${e.collection}`),
    forums: card?.forums.map((f) => f.title) ?? [],
    gminy: titles,
    tags: 'tags' in e.data ? [...e.data.tags] : [],
    ...(card?.when ? { date: card.when.text, day: card.when.iso.slice(0, 10) } : {}),
  };
};
