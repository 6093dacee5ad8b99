// `npm run digest -- --month 2026-11 [--forum <slug>] [--dry-run] [--out folder]`: the monthly digest
// (src/lib/mail/digest.ts) per forum and for all, per audience, e-mailed to the addresses in
// content/poczta/listy.yaml — or, with --dry-run, written as .eml and .html files that an
// editor can open or paste into their mail tool. Without --month: the previous month.
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { siteUrl } from '../src/lib/content/access.ts';
import { contentDir } from '../src/lib/content/node/content-dir.ts';
import { buildNow, warsawDay } from '../src/core/dates.ts';
import { loadContent } from '../src/lib/content/node/load-content.ts';
import { digestMails, isMonth } from '../src/lib/mail/digest.ts';
import { readMailLists } from '../src/lib/mail/node/lists.ts';
import { deliver } from '../src/lib/mail/node/send.ts';

const { values } = parseArgs({
  options: {
    month: { type: 'string' },
    forum: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist/poczta' },
  },
});

const month = values.month ?? Temporal.PlainDate.from(warsawDay(buildNow())).toPlainYearMonth().subtract({ months: 1 }).toString();
if (!isMonth(month)) {
  console.error(`--month: oczekiwano miesiąca RRRR-MM, a jest „${month}”`);
  process.exit(2);
}

try {
  const dir = contentDir();
  const content = loadContent(dir);
  const lists = readMailLists(dir, new Set(content.forums.map((f) => f.id)));
  if (values.forum !== undefined && !content.forums.some((f) => f.id === values.forum)) {
    console.error(`--forum: nie ma forum „${values.forum}”; dostępne: ${content.forums.map((f) => f.id).join(', ')}`);
    process.exit(2);
  }
  const mails = digestMails({ month, content, forums: content.forums, lists, siteUrl: (a) => siteUrl(a), forum: values.forum });
  for (const line of await deliver(mails, { dryRun: values['dry-run'], out: values.out })) console.log(line);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
