// The malformed content fixture (tests/fixtures/malformed/) and what each file must produce:
// the content check names it (file and field), or it is valid and renders safely.
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/build-site.ts';

export const MALFORMED = join(ROOT, 'tests/fixtures/malformed');

/** What the check must say about each file: the field named, and the file the problem names. */
export const EXPECTED: Record<string, { field: string; file?: string }> = {
  'contacts/zly-email.md': { field: 'email' },
  'documents/sciezka-wstecz.md': { field: 'files.0.path' },
  'documents/udawany-pdf.md': { field: 'plik', file: 'uploads/udawany.pdf' },
  'events/koniec-przed-poczatkiem.md': { field: 'end' },
  'events/subskrypcja.md': { field: 'plik' },
  'faq/skrypt-mdx.mdx': { field: 'body' },
  'news/Wazne-Ogloszenie.md': { field: 'plik' },
  [`news/${'bardzo-dluga-nazwa-pliku-'.repeat(9)}koniec.md`]: { field: 'plik' },
  'news/bez-naglowka.md': { field: 'frontmatter' },
  'news/binarny.md': { field: 'plik' },
  'news/data-30-lutego.md': { field: 'date' },
  'news/data-polska.md': { field: 'date' },
  'news/dostep-tajny.md': { field: 'access' },
  'news/fora-tekst.md': { field: 'forums' },
  'news/kodowanie-latin2.md': { field: 'plik' },
  'news/kotwice.md': { field: 'tags.0' },
  'news/link-javascript.md': { field: 'body' },
  'news/naglowek-lista.md': { field: 'frontmatter' },
  'news/niezamkniety-naglowek.md': { field: 'frontmatter' },
  'news/nieznane-forum.md': { field: 'forums.0' },
  'news/obsluga-zdarzen.md': { field: 'body' },
  'news/podwojny.md': { field: 'plik' },
  'news/podwojny.mdx': { field: 'plik' },
  'news/pusty-naglowek.md': { field: 'title' },
  'news/pusty.md': { field: 'frontmatter' },
  'news/skrypt.md': { field: 'body' },
  'news/spotkanie-łódź.md': { field: 'plik' },
  'news/tag-js.md': { field: 'frontmatter' },
  'news/tagi-tekst.md': { field: 'tags' },
  'news/tytul-liczba.md': { field: 'title' },
  'news/tytul-za-dlugi.md': { field: 'title' },
  'news/yaml-cudzyslow.md': { field: 'frontmatter' },
  'news/yaml-tabulator.md': { field: 'frontmatter' },
  'news/yaml-wciecie.md': { field: 'frontmatter' },
  'news/zdublowany-klucz.md': { field: 'frontmatter' },
  'projects/wspolrzedne-tekst.md': { field: 'latitude' },
  'uploads/..%2f..%2fpasswd.pdf': { field: 'plik' },
  'uploads/obraz.svg': { field: 'plik' },
  'uploads/strona.html': { field: 'plik' },
  'uploads/udawany.pdf': { field: 'plik' },
};

/** Valid despite their form: they must build, and render as text (see the build test). */
export const RENDERS = [
  'faq/szczegoly-mdx.mdx',
  'news/bom-i-crlf.md',
  'news/html-w-tresci.md',
  'news/html-w-tytule.md',
  'news/konce-crlf.md',
  'news/znak-bom.md',
];
