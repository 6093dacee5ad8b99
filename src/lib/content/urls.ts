/** URLs of entries and lists. Entry URLs come from file names: practices/x.md → /dobre-praktyki/x/. */
import { collections, type CollectionName } from '../../schema/collections.ts';

export const entryUrl = (collection: CollectionName, slug: string): string =>
  `/${collections[collection].route}/${slug}/`;

/** A list page: `/baza-wiedzy/`, `/baza-wiedzy/strona/2/`, `/baza-wiedzy/forum/mobilnosc/strona/2/`. */
export const listUrl = (base: string, o: { forum?: string | undefined; page?: number } = {}): string =>
  `/${base}/` + (o.forum ? `forum/${o.forum}/` : '') + (o.page && o.page > 1 ? `strona/${o.page}/` : '');

/** Human-readable size of an attachment, e.g. "48 KB". */
export const formatBytes = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1024 / 1024).toLocaleString('pl-PL', { maximumFractionDigits: 1 })} MB`;
