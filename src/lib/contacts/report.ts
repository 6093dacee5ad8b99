/**
 * The editors' freshness report: contacts verified more than 6 months ago, grouped by gmina,
 * each with the person to ask for an update. The members-only page `/kontakty/do-weryfikacji/`
 * and `npm run report:contacts` both print this, so they always agree.
 */
import { t } from '../../i18n/pl.ts';
import { EXTERNAL, OFFICE, STALE_AFTER_MONTHS, freshSince, type ContactView, type Directory, type Place } from './rules.ts';

export interface StaleItem {
  person: ContactView;
  /** Who can confirm the data: the gmina coordinator, or for office and outside contacts the
   * coordinators of their forums. Empty when the person is that coordinator: ask them directly. */
  ask: ContactView[];
}

export interface StaleGroup {
  place: Place;
  title: string;
  /** Gmina groups: the municipal coordinator. */
  coordinator?: ContactView | undefined;
  items: StaleItem[];
}

const forumCoordinators = (dir: Directory, p: ContactView): ContactView[] => [
  ...new Set(
    p.forums
      .map((f) => dir.forums.find((x) => x.slug === f.slug)?.coordinator)
      .filter((c): c is ContactView => c !== undefined && c !== p),
  ),
];

/** Stale contacts by gmina (in the directory's gmina order), then the office, then outside institutions. */
export const staleReport = (dir: Directory): StaleGroup[] => {
  const stale = dir.people.filter((p) => p.stale);
  const groups: StaleGroup[] = dir.gminy.map((g) => ({
    place: g.slug,
    title: g.title,
    coordinator: g.coordinator,
    items: stale
      .filter((p) => p.place === g.slug)
      .map((person) => ({ person, ask: g.coordinator && g.coordinator !== person ? [g.coordinator] : [] })),
  }));
  for (const [place, title] of [
    [OFFICE, t('contacts.group.office')],
    [EXTERNAL, t('contacts.group.external')],
  ] as const) {
    groups.push({
      place,
      title,
      items: stale.filter((p) => p.place === place).map((person) => ({ person, ask: forumCoordinators(dir, person) })),
    });
  }
  return groups.filter((g) => g.items.length > 0);
};

const reach = (p: ContactView) => [p.name, p.email, p.phone].filter(Boolean).join(', ');

/** The report as plain text for the terminal. */
export const formatStaleReport = (groups: readonly StaleGroup[], today: string): string => {
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const lines = [
    t('report.title'),
    t('report.intro', { months: STALE_AFTER_MONTHS, date: freshSince(today) }),
    t('report.count', { count }),
  ];
  if (count === 0) return [...lines, '', t('report.none')].join('\n');
  for (const g of groups) {
    lines.push('', g.coordinator ? `${g.title} — ${t('report.askGmina')} ${reach(g.coordinator)}` : g.title);
    for (const { person, ask } of g.items) {
      const who = g.coordinator && ask[0] === g.coordinator
        ? ''
        : ` — ${ask.length ? `${t('report.ask')}: ${ask.map(reach).join('; ')}` : t('report.askSelf')}`;
      lines.push(`  • ${person.name}, ${person.position} — ${t('report.verifiedOn', { date: person.verified })}${who}`);
    }
  }
  return lines.join('\n');
};
