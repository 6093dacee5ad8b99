/**
 * RSS 2.0 feeds of the news (written by @astrojs/rss): all news, the notice board, one per
 * forum and one per tag. They live under /rss/ so they never clash with the list routes
 * (`/aktualnosci/forum/<forum>/`). Each build's feeds hold only what that build may show, so
 * member-only news appears in the members site's feeds and never in the public ones.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { t } from '../../i18n/pl.ts';
import type { Audience } from '../content/access.ts';
import { wallClockInstant } from '../../core/dates.ts';
import { tagSlug } from '../content/tag-slugs.ts';
import { entryUrl } from '../content/urls.ts';

/** What a feed needs of a news entry. */
export interface FeedNews {
  id: string;
  data: { title: string; summary: string; date: string; kind: string; forums: string[]; tags: string[] };
}

export interface NewsFeed {
  /** Site path, e.g. `/rss/forum/mobilnosc.xml`. */
  path: string;
  /** Channel title (without the site's name). */
  label: string;
  keep: (n: FeedNews) => boolean;
}

export const ALL_NEWS_FEED = '/rss/aktualnosci.xml';
export const BOARD_FEED = '/rss/tablica.xml';
export const forumFeedPath = (forum: string): string => `/rss/forum/${forum}.xml`;
export const tagFeedPath = (tag: string): string => `/rss/tag/${tagSlug(tag)}.xml`;

/** Every feed of a build: all news, the board, each forum, each tag used by a news item. */
export const newsFeeds = (forums: readonly { slug: string; title: string }[], news: readonly FeedNews[]): NewsFeed[] => {
  const tags = new Map<string, string>();
  for (const n of news) for (const tag of n.data.tags) if (!tags.has(tagSlug(tag))) tags.set(tagSlug(tag), tag);
  return [
    { path: ALL_NEWS_FEED, label: t('section.news'), keep: () => true },
    { path: BOARD_FEED, label: t('section.board'), keep: (n) => n.data.kind === 'ogłoszenie' },
    ...forums.map((f) => ({ path: forumFeedPath(f.slug), label: f.title, keep: (n: FeedNews) => n.data.forums.includes(f.slug) })),
    ...[...tags.values()].map((tag) => ({
      path: tagFeedPath(tag),
      label: t('feed.tagLabel', { tag }),
      keep: (n: FeedNews) => n.data.tags.some((x) => tagSlug(x) === tagSlug(tag)),
    })),
  ];
};

/** The feed's title as a reader shows it; the members site says it is for members. */
export const feedTitle = (label: string, audience: Audience): string => {
  const name = t('feed.title', { label });
  return audience === 'members' ? t('feed.title.members', { name }) : name;
};

/**
 * Items of a feed, newest first. A news item has a day, not a time: its publication moment is
 * midnight of that day in Warsaw, so readers in any zone show the right day.
 */
export const feedItems = (news: readonly FeedNews[], siteUrl: string): RSSFeedItem[] =>
  [...news]
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
    .map((n) => ({
      title: n.data.title,
      link: new URL(entryUrl('news', n.id), siteUrl).href,
      pubDate: new Date(wallClockInstant(n.data.date).epochMilliseconds),
      description: n.data.summary,
      categories: [n.data.kind, ...n.data.tags],
    }));
