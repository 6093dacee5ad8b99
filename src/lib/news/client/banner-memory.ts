/**
 * The urgent-news banner's memory: which items a person has dismissed, kept in localStorage.
 * An item is remembered by its id AND its expiry, so when an editor extends an urgent item
 * (a new `expires`) it shows again; entries of items no longer on the page are dropped so the
 * stored list cannot grow forever.
 */

/** localStorage key of the dismissed list. */
export const BANNER_STORAGE_KEY = 'mk-pilne-ukryte';

/** The key of one banner item: id plus expiry ("" when it has none). */
export const bannerItemKey = (id: string, expires: string | undefined): string => `${id}@${expires ?? ''}`;

/** Reads the stored list; anything unreadable counts as "nothing dismissed". */
export const parseDismissed = (stored: string | null): string[] => {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

/** Items on this page that should still be shown. */
export const visibleItems = (onPage: readonly string[], dismissed: readonly string[]): string[] =>
  onPage.filter((key) => !dismissed.includes(key));

/**
 * The list to store after dismissing `key`: keeps what was dismissed of the items still
 * current (those on the page), adds `key`, drops the rest.
 */
export const dismiss = (onPage: readonly string[], dismissed: readonly string[], key: string): string[] => [
  ...new Set([...dismissed.filter((k) => onPage.includes(k)), key]),
];
