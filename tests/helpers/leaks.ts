// Finds canary strings anywhere in a built site: file names, file contents (text or binary),
// and gzip-compressed files (Pagefind's index fragments), case-insensitively.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { allFiles } from '../../scripts/lib/build-site.ts';

const contains = (bytes: Buffer, needle: string) => bytes.toString('latin1').toLowerCase().includes(needle);
const isGzip = (b: Buffer) => b[0] === 0x1f && b[1] === 0x8b;

/** Files of `dir` whose path or (decompressed) content contains `needle`; relative paths. */
export const findCanaries = (dir: string, needle: string): string[] => {
  const lower = needle.toLowerCase();
  return allFiles(dir).filter((file) => {
    if (relative(dir, file).toLowerCase().includes(lower)) return true;
    const bytes = readFileSync(file);
    if (contains(bytes, lower)) return true;
    if (!isGzip(bytes)) return false;
    try {
      return contains(gunzipSync(bytes), lower);
    } catch {
      return false;
    }
  }).map((f) => relative(dir, f));
};
