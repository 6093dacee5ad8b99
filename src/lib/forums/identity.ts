/**
 * One identity per forum, in ONE place: its slug (URL), the domain people know it by
 * ("Mobilność"), its name from the founding report ("Forum Zrównoważonego Transportu"), its short
 * code ("MOB") and its colour. Every page that names a forum shows them together through this
 * module: the label "Mobilność — Forum Zrównoważonego Transportu", chips with colour and code.
 * Domain and name are content (content/forums/*.md, editable in the CMS); code and colour are
 * the site's own and live here.
 */
import { t } from '../../i18n/pl.ts';
import { FORUM_SLUGS } from '../../schema/collections.ts';
import { entryUrl } from '../content/urls.ts';

type ForumSlug = (typeof FORUM_SLUGS)[number];

/**
 * One colour per forum, each dark enough for white text (WCAG AA, checked by a unit test).
 * Colour is never the only cue: the code or the name is always written next to it.
 */
export const FORUM_COLORS: Record<ForumSlug, string> = {
  'inteligentne-zarzadzanie': '#1b3a6b',
  'srodowisko-i-przestrzen': '#1e6b34',
  gospodarka: '#8a4600',
  mobilnosc: '#00677a',
  edukacja: '#6a3d9a',
  'kultura-czasu-wolnego': '#a3124a',
  'uslugi-spoleczne': '#5b5b12',
  'zamowienia-publiczne': '#a4161a',
};

const FALLBACK_COLOR = '#3d4a5c';

const isForumSlug = (slug: string): slug is ForumSlug => (FORUM_SLUGS as readonly string[]).includes(slug);

/** The colour and short code of a forum. */
export const forumStyle = (slug: string): { color: string; code: string } => ({
  color: isForumSlug(slug) ? FORUM_COLORS[slug] : FALLBACK_COLOR,
  code: isForumSlug(slug) ? t(`forumCode.${slug}` as const) : slug,
});

export interface ForumIdentity {
  slug: string;
  /** The full label, "Mobilność — Forum Zrównoważonego Transportu": what every list and heading shows. */
  title: string;
  /** The domain ("Mobilność"): what chips show, next to the colour. */
  domain: string;
  /** The forum's name from the report ("Forum Zrównoważonego Transportu"). */
  name: string;
  code: string;
  color: string;
  href: string;
}

/** A forum's identity from its entry's data. */
export const forumIdentity = (slug: string, data: { title: string; domain: string }): ForumIdentity => ({
  slug,
  title: t('forum.label', { domain: data.domain, name: data.title }),
  domain: data.domain,
  name: data.title,
  ...forumStyle(slug),
  href: entryUrl('forums', slug),
});
