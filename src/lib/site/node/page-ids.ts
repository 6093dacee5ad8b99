/**
 * The element ids the page templates write (`<h2 id="pliki">`, `aria-labelledby="pliki"`), read
 * from the .astro sources. Markdown headings get ids too; the sanitiser keeps these free so a
 * body heading never duplicates one (invalid HTML, and the page's own labels would point at the
 * editor's heading). Ids built at run time (`forum-${slug}`) are not literal and not listed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../../', import.meta.url));

export const pageIds = (src = SRC): string[] => {
  const ids = new Set<string>();
  for (const folder of ['components', 'layouts', 'pages', 'cms']) {
    for (const f of readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })) {
      if (!f.endsWith('.astro')) continue;
      for (const m of readFileSync(join(src, folder, f), 'utf8').matchAll(/\bid="([A-Za-z][\w-]*)"/g)) ids.add(m[1]!);
    }
  }
  return [...ids].sort();
};
