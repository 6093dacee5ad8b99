/**
 * Static paths of the section lists (/dobre-praktyki/, /baza-wiedzy/, /faq/, /aktualnosci/,
 * /tablica/, /kalendarz/): each has the whole list and one per forum, paginated. (/kontakty/ is
 * the one-page directory of src/lib/contacts/pages.ts instead.)
 * The list pages only say which collection and which entries; all else is shared here.
 */
import type { CollectionName } from '../../schema/collections.ts';
import { toCards, type Card } from './cards.ts';
import { entries, type Entry } from '../content/entries.ts';
import { listPages, type ListPage } from './paginate.ts';
import { forumIdentities } from '../forums/load.ts';

export interface SectionPageProps extends Omit<ListPage<Card>, 'list'> {
  /** Forums that have entries in this section, for the filter. */
  forumChoices: { slug: string; title: string }[];
}

export const sectionPaths = async <N extends CollectionName>(
  name: N,
  options: { keep?: (e: Entry<N>) => boolean; order?: (list: Entry<N>[]) => Entry<N>[] } = {},
) => {
  let list = (await entries(name)).filter(options.keep ?? (() => true));
  if (options.order) list = options.order(list);
  const cards = await toCards(list as never[]);
  const forums = await forumIdentities();
  const used = new Set(cards.flatMap((c) => c.forums.map((f) => f.slug)));
  const forumChoices = forums.filter((f) => used.has(f.slug)).map((f) => ({ slug: f.slug, title: f.title }));
  return listPages(cards, forumChoices.map((f) => f.slug), (c) => c.forums.map((f) => f.slug)).map(
    ({ list: rest, ...page }) => ({
      params: { list: rest },
      props: { ...page, forumChoices } satisfies SectionPageProps,
    }),
  );
};

/** Static paths of a collection's entry pages: one per visible entry, by file name. */
export const entryPaths = async <N extends CollectionName>(name: N) =>
  (await entries(name)).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
