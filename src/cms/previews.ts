/**
 * Preview templates of the admin: an entry as the site shows it (the markup and classes of
 * src/layouts/EntryLayout.astro and the entry pages, styled by the site's own CSS, which the
 * admin registers with CMS.registerPreviewStyle). Events, news and good practices get their
 * facts (when, where, priority, source…); every other collection the common part.
 */
import { createElement as h, type ReactNode } from 'react';
import type { Map as ImmutableMap } from 'immutable';
import { t } from '../i18n/pl.ts';
import type { CollectionName } from '../schema/collections.ts';
import { formatDay, formatWhen } from '../core/dates.ts';
import { capitalise } from '../i18n/text.ts';

interface PreviewProps {
  entry: ImmutableMap<string, unknown>;
  widgetFor: (name: string) => ReactNode;
}

interface Fact {
  label: string;
  value: string;
  href?: string | undefined;
}

type Data = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Half-typed dates must not break the preview: show them as typed. */
const safe = (format: () => string, raw: string) => {
  try {
    return format();
  } catch {
    return raw;
  }
};
const day = (v: unknown) => safe(() => formatDay(str(v)), str(v));

const facts: Partial<Record<CollectionName, (d: Data) => (Fact | false)[]>> = {
  events: (d) => [
    !!d['start'] && {
      label: t('event.when'),
      value: safe(() => formatWhen(str(d['start']), str(d['end']) || undefined, d['allDay'] === true), str(d['start'])),
    },
    !!d['status'] && d['status'] !== 'planowane' && {
      label: t('event.status'),
      value: d['status'] === 'odwołane' ? t('event.cancelled') : t('event.moved'),
    },
    !!d['location'] && { label: t('event.where'), value: str(d['location']) },
    !!d['online'] && { label: t('event.online'), value: t('event.onlineLink'), href: str(d['online']) },
    !!d['registration'] && { label: t('event.registration'), value: t('event.registrationLink'), href: str(d['registration']) },
  ],
  news: (d) => [
    !!d['date'] && { label: t('entry.date'), value: day(d['date']) },
    (d['priority'] === 'pilny' || d['priority'] === 'ważny') && { label: t('news.priority'), value: t(`priority.${d['priority']}`) },
    !!d['expires'] && { label: t('news.expires'), value: day(d['expires']) },
  ],
  practices: (d) => [
    !!d['municipality'] && { label: t('entry.municipality'), value: str(d['municipality']) },
    !!d['source'] && { label: t('entry.source'), value: str(d['source']) },
    !!d['date'] && { label: t('entry.date'), value: day(d['date']) },
  ],
};

const kindOf = (name: CollectionName, d: Data): string => {
  if (name === 'events' && d['type']) return capitalise(str(d['type']));
  if (name === 'news' && d['kind']) return capitalise(str(d['kind']));
  return t(`kind.${name}`);
};

const badges = (name: CollectionName, d: Data): ReactNode[] => {
  const out: ReactNode[] = [];
  if (name === 'news' && (d['priority'] === 'pilny' || d['priority'] === 'ważny')) {
    const urgent = d['priority'] === 'pilny';
    out.push(h('span', { key: 'p', className: `badge ${urgent ? 'badge-urgent' : 'badge-important'}` }, t(`priority.${d['priority']}`)));
  }
  if (name === 'events' && (d['status'] === 'odwołane' || d['status'] === 'przeniesione')) {
    const cancelled = d['status'] === 'odwołane';
    out.push(h('span', { key: 's', className: `badge ${cancelled ? 'badge-cancelled' : 'badge-moved'}` }, cancelled ? t('event.cancelled') : t('event.moved')));
  }
  if (d['access'] === 'members') out.push(h('span', { key: 'm', className: 'badge badge-members' }, t('entry.membersOnly')));
  return out;
};

const files = (d: Data): ReactNode => {
  const items = Array.isArray(d['files']) ? (d['files'] as Data[]) : [];
  if (items.length === 0) return null;
  return h(
    'section',
    { className: 'files' },
    h('h2', null, t('entry.files')),
    h('ul', null, items.map((f, i) => h('li', { key: i }, h('a', { href: str(f['path']) }, str(f['label']) || str(f['path']))))),
  );
};

/** The preview component of one collection. */
export const previewTemplate = (name: CollectionName) =>
  function EntryPreview({ entry, widgetFor }: PreviewProps) {
    const data = ((entry.get('data') as ImmutableMap<string, unknown> | undefined)?.toJS() ?? {}) as Data;
    const title = str(data['title']) || str(data['name']);
    const cancelled = name === 'events' && data['status'] === 'odwołane';
    const shown = (facts[name]?.(data) ?? []).filter((f): f is Fact => Boolean(f));
    const tags = list(data['tags']);
    return h(
      'main',
      { className: 'wrap', id: 'tresc' },
      h(
        'article',
        { className: 'entry' },
        h(
          'header',
          { className: 'entry-header' },
          h('p', { className: 'card-meta' }, h('span', { className: 'kind' }, kindOf(name, data)), ...badges(name, data)),
          h('h1', null, cancelled ? `${t('event.cancelled').toUpperCase()}: ${title}` : title),
          data['summary'] ? h('p', { className: 'lead' }, str(data['summary'])) : null,
        ),
        shown.length > 0
          ? h(
              'dl',
              { className: 'facts' },
              shown.map((f, i) => h('div', { key: i }, h('dt', null, f.label), h('dd', null, f.href ? h('a', { href: f.href }, f.value) : f.value))),
            )
          : null,
        h('div', { className: 'prose' }, widgetFor('body')),
        files(data),
        tags.length > 0
          ? h(
              'section',
              { className: 'entry-tags' },
              h('h2', null, t('entry.tags')),
              h('ul', { className: 'chips' }, tags.map((tag) => h('li', { key: tag }, h('span', { className: 'chip chip-tag' }, `#${tag}`)))),
            )
          : null,
      ),
    );
  };
