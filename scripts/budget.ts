// `npm run budget`: page weight per page type of the built public site (gzip): HTML, CSS and the
// JavaScript a page loads before anyone uses search. Content pages must stay within ≤ 20 KB of
// JavaScript and ≤ 100 KB in all; the calendar and search pages are interactive tools and are
// reported without a limit. Exit code 1 when a content page is over budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, pageWeight } from '../src/lib/site/node/page-weight.ts';

const dir = process.argv[2] ?? 'dist/public';
if (!existsSync(join(dir, 'index.html'))) throw new Error(`Brak zbudowanej strony w ${dir} — uruchom: npm run build`);

/** The first entry linked from a list page, so each entry type is measured on real content. */
const firstEntry = (list: string) =>
  /<h[23] class="card-title"><a href="([^"]+)"/.exec(readFileSync(join(dir, list, 'index.html'), 'utf8'))?.[1];

const types: [string, string | undefined, boolean][] = [
  ['strona główna', '/', true],
  ['lista forów', '/fora/', true],
  ['forum', '/fora/zamowienia-publiczne/', true],
  ['gmina', '/gminy/skawina/', true],
  ['lista: baza wiedzy', '/baza-wiedzy/', true],
  ['dokument', firstEntry('/baza-wiedzy/'), true],
  ['dobra praktyka', firstEntry('/dobre-praktyki/'), true],
  ['pytanie (FAQ)', firstEntry('/faq/'), true],
  ['aktualność', firstEntry('/aktualnosci/'), true],
  ['tablica ogłoszeń', '/tablica/', true],
  ['wydarzenie', firstEntry('/kalendarz/'), true],
  ['kontakty', '/kontakty/', true],
  ['tag', '/tagi/pzp/', true],
  ['deklaracja dostępności', '/deklaracja-dostepnosci/', true],
  ['kalendarz (narzędzie)', '/kalendarz/', false],
  ['wyszukiwarka (narzędzie)', '/szukaj/', false],
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
console.log(`Waga stron (gzip), ${dir}; limit dla stron z treścią: JS ≤ ${BUDGET.js / 1024} KB, razem ≤ ${BUDGET.total / 1024} KB\n`);
console.log('rodzaj strony'.padEnd(28), '     HTML', '      CSS', '       JS', '    razem', '  ');
let over = 0;
for (const [name, path, limited] of types) {
  if (!path) continue;
  const w = pageWeight(dir, path);
  const bad = limited && (w.js > BUDGET.js || w.total > BUDGET.total);
  if (bad) over++;
  console.log(name.padEnd(28), kb(w.html), kb(w.css), kb(w.js), kb(w.total), bad ? ' ✗ ponad limit' : limited ? ' ✓' : '  (bez limitu)');
}
process.exitCode = over ? 1 : 0;
