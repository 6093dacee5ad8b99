/**
 * Result excerpts made from the entry's own text only (the page content before its hidden search
 * keys), around the first word that matches the query, matched words marked. Returns HTML with
 * the text escaped. Pure: the browser passes in how a word matches (lemma key or prefix).
 */
import { ownText } from './lemma.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const TOKEN = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
const IS_WORD = /^[\p{L}\p{N}]/u;

export const makeExcerpt = (content: string, title: string, matches: (word: string) => boolean, length = 26): string => {
  let text = ownText(content).replace(/\s+/g, ' ');
  // Pagefind's content starts with the heading, which the result already shows as its link.
  const heading = `${title.trim()}.`;
  if (title && text.startsWith(heading)) text = text.slice(heading.length).trim();
  const tokens = text.match(TOKEN) ?? [];
  const words = tokens.flatMap((t, i) => (IS_WORD.test(t) ? [i] : []));
  const first = words.findIndex((i) => matches(tokens[i] ?? ''));
  // Start at the beginning of the match's sentence when it is near, else a few words before it.
  let start = first < 0 ? 0 : Math.max(0, first - 6);
  for (let w = first; w > 0 && first - w < 14; w--) {
    const gap = tokens.slice((words[w - 1] ?? 0) + 1, words[w]).join('');
    if (/[.!?:]\s/.test(gap)) {
      start = w;
      break;
    }
    if (w === 1) start = 0;
  }
  const from = Math.max(0, start);
  const to = Math.min(words.length, from + length);
  if (from >= to) return '';
  const startToken = words[from] ?? 0;
  const endToken = to < words.length ? (words[to - 1] ?? 0) + 1 : tokens.length;
  const body = tokens
    .slice(startToken, endToken)
    .map((t) => (IS_WORD.test(t) && matches(t) ? `<mark>${escapeHtml(t)}</mark>` : escapeHtml(t)))
    .join('');
  return `${from > 0 ? '… ' : ''}${body.trim()}${to < words.length ? ' …' : ''}`;
};
