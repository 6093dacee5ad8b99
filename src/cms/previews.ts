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
import {
  eventFacts,
  kindOfEntry,
  newsFacts,
  practiceFacts,
  priorityBadge,
  statusBadge,
  type EventFactsData,
  type Fact,
  type NewsFactsData,
  type PracticeFactsData,
} from '../lib/site/entry-facts.ts';

interface PreviewProps {
  entry: ImmutableMap<string, unknown>;
  widgetFor: (name: string) => ReactNode;
}

type Data = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The preview has the entry's data as Decap holds it: the schema's field names, but values
 * possibly half-typed or empty. The facts helpers take the same names and show any value that
 * does not parse yet as typed; empty strings mean "not filled in". What only the build can
 * resolve (a gmina's title, a contact's name) is shown as the editor picked it.
 */
const filled = (d: Data): Data => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== '' && v !== null && v !== undefined));
const facts: Partial<Record<CollectionName, (d: Data) => Fact[]>> = {
  events: (d) => eventFacts(d as EventFactsData),
  news: (d) => newsFacts(d as NewsFactsData),
  practices: (d) => practiceFacts(d as PracticeFactsData, d['municipality'] ? { gmina: { title: str(d['municipality']) } } : {}),
};

const badges = (name: CollectionName, d: Data): ReactNode[] => {
  const state = name === 'news' ? priorityBadge(str(d['priority'])) : name === 'events' ? statusBadge(str(d['status'])) : undefined;
  const out: ReactNode[] = state ? [h('span', { key: 's', className: `badge ${state.tone}` }, state.label)] : [];
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
    const data = filled(((entry.get('data') as ImmutableMap<string, unknown> | undefined)?.toJS() ?? {}) as Data);
    const title = str(data['title']) || str(data['name']);
    const cancelled = name === 'events' && data['status'] === 'odwołane';
    const shown = facts[name]?.(data) ?? [];
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
          h('p', { className: 'card-meta' }, h('span', { className: 'kind' }, kindOfEntry(name, data)), ...badges(name, data)),
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
