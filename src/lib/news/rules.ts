/** News rules: what is urgent now, what has expired (expired items stay in the archive). */
import type { PRIORITIES } from '../../schema/collections.ts';

interface NewsLike {
  priority: (typeof PRIORITIES)[number];
  expires?: string | undefined;
}

/** Expired after the last day it is valid (`expires` is inclusive). */
export const isExpired = (n: NewsLike, today: string): boolean => Boolean(n.expires && n.expires < today);

/** Urgent and still valid: shown at the top of the home page. */
export const isUrgentNow = (n: NewsLike, today: string): boolean => n.priority === 'pilny' && !isExpired(n, today);
