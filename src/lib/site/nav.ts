/**
 * The site's sections, from the collections registry: the header menu, the footer, the
 * breadcrumbs and the "back to" links of entry pages all read this list (no hand-written menu).
 * Collections give their route and label; the few sections that are not a collection (the
 * notice board, tags) and the members' tools are added here, once.
 */
import { t } from '../../i18n/pl.ts';
import { COLLECTION_NAMES, collections, type CollectionName } from '../../schema/collections.ts';
import type { Audience } from '../content/access.ts';

export interface NavItem {
  href: string;
  label: string;
}

/** Sections that are not a collection of their own. */
type ExtraSection = 'board' | 'trainings' | 'legal' | 'tags';
export type SectionId = CollectionName | ExtraSection;

const extra: Record<ExtraSection, NavItem> = {
  board: { href: '/tablica/', label: t('section.board') },
  trainings: { href: '/szkolenia/', label: t('training.title') },
  legal: { href: '/zmiany-prawa/', label: t('legal.title') },
  tags: { href: '/tagi/', label: t('section.tags') },
};
const isExtra = (id: SectionId): id is ExtraSection => id in extra;

/** A section's list page and name. */
export const section = (id: SectionId): NavItem =>
  isExtra(id)
    ? extra[id]
    : { href: `/${collections[id].route}/`, label: collections[id].label };

/**
 * The header menu, in the order people look for things (tasks first). Shorter labels than the
 * section headings where the heading is long, so the menu stays on one line from 1024 px.
 */
const MENU: readonly SectionId[] = [
  'forums',
  'events',
  'contacts',
  'documents',
  'practices',
  'news',
  'calls',
  'projects',
  'municipalities',
];
/**
 * Every section, for the footer (and so for the home page: one click to each): the menu, then
 * every other collection of the registry (a new collection appears here by itself), then the rest.
 */
const ALL: readonly SectionId[] = [
  ...MENU,
  ...COLLECTION_NAMES.filter((name) => !MENU.includes(name)),
  ...(Object.keys(extra) as ExtraSection[]),
];

const short: Partial<Record<SectionId, string>> = {
  projects: t('nav.short.projects'),
};

export const menuItems = (): NavItem[] =>
  MENU.map((id) => ({ ...section(id), label: short[id] ?? section(id).label }));

export const footerItems = (): NavItem[] => [
  ...ALL.map(section),
  { href: '/deklaracja-dostepnosci/', label: t('footer.accessibility') },
];

/** The members' tools: only the members build has these pages (the CMS included). */
export const membersItems = (audience: Audience): NavItem[] =>
  audience === 'members'
    ? [
        { href: '/redakcja/', label: t('editors.title') },
        { href: '/admin/', label: t('nav.cms') },
        { href: '/kontakty/kto-czym-sie-zajmuje/', label: t('matrix.title') },
        { href: '/kontakty/do-weryfikacji/', label: t('report.title') },
      ]
    : [];

/** The section an entry belongs to: its collection's, except notice-board items (news of kind "ogłoszenie"). */
export const sectionOfEntry = (collection: CollectionName, data: { kind?: unknown }): NavItem =>
  section(collection === 'news' && data.kind === 'ogłoszenie' ? 'board' : collection);

/** Is `path` inside the section at `href`? (The home page is inside none.) */
export const isCurrent = (path: string, href: string): boolean => href !== '/' && path.startsWith(href);


