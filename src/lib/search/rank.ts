/**
 * The order of search results, after Pagefind's own score (which already weighs a title match
 * like a heading, see node/lemma-index.ts): knowledge (documents, practices, FAQ) above notices,
 * past events below everything else of the same score, a title that holds every query word above
 * one that does not, and a series of similar events (monthly meetings of one forum) shown as one
 * result "i N podobnych". Pure: the browser passes in the loaded results and today's date.
 */
import { foldWord, wordsOf } from './lemma.ts';

export interface Hit<D> {
  data: D;
  score: number;
}
export interface RankedHit<D> extends Hit<D> {
  /** Other events of the same series, best first, shown under this one. */
  similar: D[];
}
export interface HitData {
  url: string;
  meta: Record<string, string | undefined>;
}

/** How much an entry kind counts for a topic query (collection names, as in the `kind` meta). */
export const KIND_WEIGHT: Readonly<Record<string, number>> = {
  documents: 1.6,
  practices: 1.6,
  faq: 1.6,
  calls: 1.3,
  projects: 1.3,
  forums: 1,
  news: 0.9,
  events: 0.7,
  municipalities: 1,
  contacts: 1,
};
/** Entry kinds that answer a topic query themselves; a forum's page never ranks above the best of them. */
export const KNOWLEDGE = new Set(['documents', 'practices', 'faq']);
/** Pages that are not entries (a forum's archive of meetings, lists). */
export const OTHER_WEIGHT = 0.8;
/** An event that is over: a notice of the past, kept findable but below the rest. */
export const PAST_EVENT_WEIGHT = 0.5;
/** The title names every word searched for. */
export const TITLE_WEIGHT = 1.5;

const MONTHS = new Set(
  ('styczen stycznia styczniu luty lutego lutym marzec marca marcu kwiecien kwietnia kwietniu maj maja maju czerwiec czerwca ' +
    'czerwcu lipiec lipca lipcu sierpien sierpnia sierpniu wrzesien wrzesnia wrzesniu pazdziernik pazdziernika pazdzierniku ' +
    'listopad listopada listopadzie grudzien grudnia grudniu r').split(' '),
);

/**
 * What makes events one series: the title without dates (months, years, days) — "Posiedzenie
 * Forum Edukacji – marzec 2027" and "… – wrzesień 2026" are one series; an event whose title
 * names its own topic ("… – negocjacje w praktyce (luty 2027)") is not.
 */
export const seriesKey = (title: string): string =>
  wordsOf(title)
    .map(foldWord)
    .filter((w) => !MONTHS.has(w) && !/^\d+$/.test(w))
    .join(' ');

export const rankHits = <D extends HitData>(
  hits: readonly Hit<D>[],
  o: { today: string; titleMatches?: (title: string) => boolean },
): RankedHit<D>[] => {
  const scored = hits.map((h, i) => {
    const kind = h.data.meta['kind'] ?? '';
    let weight = KIND_WEIGHT[kind] ?? OTHER_WEIGHT;
    const day = h.data.meta['day'];
    if (kind === 'events' && day && day < o.today) weight *= PAST_EVENT_WEIGHT;
    const titled = o.titleMatches?.(h.data.meta['title'] ?? '') ?? false;
    if (titled) weight *= TITLE_WEIGHT;
    return { ...h, score: h.score * weight, i, titled };
  });
  // The forum's page is where a topic lives, but the first result should be an entry that
  // answers it: a forum page scoring above the best knowledge entry comes right after it. A
  // forum whose name holds every word searched for is that topic's hub: it comes right after
  // the best knowledge entry even when many entries of the topic mention the words more often
  // (the more the forum publishes, the further its own page would otherwise sink).
  const bestKnowledge = Math.max(0, ...scored.filter((h) => KNOWLEDGE.has(h.data.meta['kind'] ?? '')).map((h) => h.score));
  for (const h of scored) {
    if (h.data.meta['kind'] !== 'forums' || bestKnowledge === 0) continue;
    if (h.score >= bestKnowledge || h.titled) h.score = bestKnowledge * 0.999;
  }
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const out: RankedHit<D>[] = [];
  const series = new Map<string, RankedHit<D>>();
  for (const h of scored) {
    const key = h.data.meta['kind'] === 'events' ? seriesKey(h.data.meta['title'] ?? '') : '';
    const head = key ? series.get(key) : undefined;
    if (head) {
      head.similar.push(h.data);
      continue;
    }
    const ranked = { data: h.data, score: h.score, similar: [] };
    if (key) series.set(key, ranked);
    out.push(ranked);
  }
  return out;
};
