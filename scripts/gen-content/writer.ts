/**
 * The generator's toolkit: seeded random choices, Polish text from the vocabulary, and the file
 * writer. Every collection's writer (collections.ts) draws from the one random sequence in a fixed
 * order, so the same seed always gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { FORUM_SLUGS } from '../../src/schema/collections.ts';
import { tagSlug } from '../../src/lib/content/tag-slugs.ts';
import { COMMON_TAGS, FILE_LABELS, FORUMS, GMINY, HEADINGS, LIST_ITEMS, SENTENCES, type ForumSlug } from './vocabulary.ts';

/**
 * mulberry32, a tiny well-known 32-bit PRNG (public domain), written out here because it is
 * eight lines and its output must never change with a dependency update: the benchmark's
 * content must stay the same across versions.
 */
export const prng = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Attachments copied from the sample content and referenced from many entries. */
export const PUBLIC_FILES = ['diagnoza-sump-podsumowanie.pdf', 'wzor-klauzuli-waloryzacyjnej.docx', 'wzor-klauzuli-waloryzacyjnej.odt', 'lista-kontrolna-wydarzenia.pdf', 'forum-edukacja-2026-10-notatka.odt', 'zestawienie-naborow-fem-zit.odt'];
export const MEMBER_FILES = ['przeglad-orzecznictwa-kio-2026.pdf', 'forum-zp-2026-11-notatka.docx', 'wykaz-bledow-korekty-pzp.pdf'];

/** Publication dates run up to "today" of the sample site; events run to the end of 2027. */
export const FIRST_DAY = Date.UTC(2017, 0, 1);
export const TODAY = Date.UTC(2026, 10, 26);
export const LAST_EVENT_DAY = Date.UTC(2027, 11, 31);
export const DAY_MS = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const frontmatter = (data: Record<string, unknown>, body: string) =>
  `---\n${dump(data, { lineWidth: -1, quotingType: '"', noRefs: true })}---\n\n${body.trim()}\n`;

/** The toolkit over one output folder and one seed; `written.files` counts the entries written. */
export const makeWriter = (out: string, seed: number) => {
  const written = { files: 0 };
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => random() < p;
  const dayBetween = (from: number, to: number) => isoDay(from + int(Math.floor((to - from) / DAY_MS) + 1) * DAY_MS);

  const write = (collection: string, slug: string, text: string) => {
    mkdirSync(join(out, collection), { recursive: true });
    writeFileSync(join(out, collection, `${slug}.md`), text);
    written.files++;
  };
  const gminy = Object.keys(GMINY);
  const slugged = (title: string, i: number) => `${tagSlug(title).slice(0, 60).replace(/-+$/, '')}-${i}`;
  const access = (membersShare = 0.3) => (chance(membersShare) ? 'members' : 'public');

  /** One or two forums, the first decides the topic and most tags. */
  const forumsOf = (): ForumSlug[] => {
    const first = pick(FORUM_SLUGS);
    return chance(0.2) ? [...new Set([first, pick(FORUM_SLUGS)])] : [first];
  };
  const tagsFor = (forums: ForumSlug[]) => {
    const tags = new Set<string>();
    const n = 1 + int(3);
    for (let i = 0; i < n; i++) tags.add(pick(FORUMS[pick(forums)].tags));
    if (chance(0.15)) tags.add(pick(COMMON_TAGS));
    return [...tags];
  };
  const fill = (template: string, v: { forum: ForumSlug; topic: string; gmina: string; year: number; tag?: string }) =>
    template
      .replaceAll('{topic}', v.topic)
      .replaceAll('{forum}', FORUMS[v.forum].title)
      .replaceAll('{where}', GMINY[v.gmina]!.inWhere)
      .replaceAll('{gmina}', GMINY[v.gmina]!.title.replace(/^(Gmina|Miasto) /, ''))
      .replaceAll('{year}', String(v.year))
      .replaceAll('{tag}', v.tag ?? v.topic);
  /** n different items of a list, in random order (a partial Fisher–Yates shuffle). */
  const some = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list];
    for (let i = 0; i < Math.min(n, copy.length); i++) {
      const j = i + int(copy.length - i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  };
  const paragraph = (v: Parameters<typeof fill>[1], n: number) => some(SENTENCES, n).map((s) => fill(s, v)).join(' ');
  /** A body of a few paragraphs, a heading and a list: what editors write. */
  const body = (v: Parameters<typeof fill>[1], size: 'short' | 'long') => {
    const parts = [paragraph(v, 2 + int(3))];
    if (size === 'long') {
      parts.push(`## ${pick(HEADINGS)}`, paragraph(v, 3 + int(3)));
      parts.push(some(LIST_ITEMS, 3 + int(3)).map((item) => `- ${item}`).join('\n'));
      if (chance(0.5)) parts.push(`## ${pick(HEADINGS)}`, paragraph(v, 2 + int(4)));
    }
    return parts.join('\n\n');
  };
  const context = (forums: ForumSlug[], from = FIRST_DAY, to = TODAY) => {
    const forum = forums[0]!;
    const date = dayBetween(from, to);
    const tags = tagsFor(forums);
    return { forum, topic: pick(FORUMS[forum].topics), gmina: pick(gminy), year: Number(date.slice(0, 4)), tag: tags[0]!, date, tags };
  };
  const attachments = (acc: string, min: number) => {
    const n = min + int(2);
    const list = Array.from({ length: n }, () => {
      const members = acc === 'members' && chance(0.4);
      const name = pick(members ? MEMBER_FILES : PUBLIC_FILES);
      return { path: `${members ? '/uploads-members/' : '/uploads/'}${name}`, label: FILE_LABELS[name]! };
    });
    return [...new Map(list.map((f) => [f.path, f])).values()];
  };
  return { written, int, pick, chance, dayBetween, write, gminy, slugged, access, forumsOf, tagsFor, fill, some, paragraph, body, context, attachments };
};

export type Writer = ReturnType<typeof makeWriter>;
