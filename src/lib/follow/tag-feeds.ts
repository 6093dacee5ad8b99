/**
 * Calendar feeds per tag (`/kalendarz/tag/<tag>.ics`), for the "Obserwuj" box of tag pages:
 * the tag's events plus the funding-call deadlines and entry-into-force days of entries with the
 * tag. In the members build with a feed token, also under the secret subscription prefix.
 */
import type { Temporal } from 'temporal-polyfill';
import { t } from '../../i18n/pl.ts';
import type { Audience } from '../content/access.ts';
import { icsCalendar, feedPath, type CalendarFile, type IcsEvent } from '../calendar/ics.ts';
import { callDeadline } from '../calls/status.ts';
import { tagSlug } from '../content/tag-slugs.ts';
import { legalDeadline } from './legal.ts';

/** The feed file of a tag, relative to /kalendarz/ (as `feedPath` wants it). */
export const tagFeedFile = (tag: string): string => `tag/${tagSlug(tag)}.ics`;

type Tagged = { collection: string; id: string; data: { tags: string[] } };

/** Calendar items of one tag's entries: events as they are, calls and legal changes as their days. */
export const tagCalendarItems = (tagged: readonly Tagged[]): IcsEvent[] =>
  tagged.flatMap((e): IcsEvent[] => {
    if (e.collection === 'events') return [e as unknown as IcsEvent];
    if (e.collection === 'calls') return [callDeadline(e as never, (title) => t('call.deadlineTitle', { title }))];
    if (e.collection === 'news') return [legalDeadline(e as never, (title) => t('legal.calendarTitle', { title })) ?? []].flat();
    return [];
  });

export const tagCalendarFiles = (
  tags: readonly { slug: string; label: string }[],
  bySlug: ReadonlyMap<string, readonly Tagged[]>,
  o: { audience: Audience; siteUrl: string; now: Temporal.Instant; token?: string | undefined },
): CalendarFile[] =>
  tags.flatMap((tag) => {
    const label = t('follow.tagCalendar', { tag: tag.label });
    const name = t('ics.name', { label });
    const body = icsCalendar(tagCalendarItems(bySlug.get(tag.slug) ?? []), {
      name: o.audience === 'members' ? t('ics.name.members', { name }) : name,
      siteUrl: o.siteUrl,
      now: o.now,
      subscription: true,
    });
    const file = `tag/${tag.slug}.ics`;
    return [{ path: feedPath(file), body }, ...(o.token ? [{ path: feedPath(file, o.token), body }] : [])];
  });
