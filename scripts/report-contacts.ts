// `npm run report:contacts`: prints the contacts whose data were verified more than 6 months
// ago, by gmina, each with the person to ask — the same report as the members-only page
// /kontakty/do-weryfikacji/ (src/lib/contacts/report.ts). Reads CONTENT_DIR or content/ with the
// site's own schema; SITE_NOW pins "today". Exit code 0: the report informs, it does not fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertContentValid, readFrontmatter } from '../src/lib/content/node/content-check.ts';
import { contentDir, entryFiles, scanKnown, slugOf } from '../src/lib/content/node/content-dir.ts';
import { buildDirectory } from '../src/lib/contacts/rules.ts';
import { formatStaleReport, staleReport } from '../src/lib/contacts/report.ts';
import { buildNow, warsawDay } from '../src/core/dates.ts';
import { collections, type CollectionName, type EntryData } from '../src/schema/collections.ts';

const dir = contentDir();
assertContentValid(dir);
const known = scanKnown(dir);

/** Every entry of a collection, parsed by its schema (defaults applied), as `{ id, data }`. */
const read = <N extends CollectionName>(name: N) =>
  entryFiles(dir, name).map((file) => ({
    id: slugOf(file),
    // The union of the collections' schemas loses which one N is; the schema is collections[N].
    data: collections[name].schema(known).parse(readFrontmatter(readFileSync(join(dir, name, file), 'utf8'))) as EntryData<N>,
  }));

const today = warsawDay(buildNow());
const directory = buildDirectory({
  contacts: read('contacts'),
  gminy: read('municipalities'),
  forums: read('forums'),
  today,
});
console.log(formatStaleReport(staleReport(directory), today));
