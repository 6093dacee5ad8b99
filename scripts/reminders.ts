// `npm run reminders -- --date 2026-12-01 [--dry-run] [--out folder] [--only-at-hour 7]`:
// e-mails the reminders of a day (src/lib/mail/reminders.ts): meetings of the next day and
// deadlines in 3 days, one e-mail per forum and audience, to the addresses in
// content/poczta/listy.yaml. Without --date: today in Warsaw. --only-at-hour makes a scheduled
// run do nothing unless it is that hour in Warsaw (GitHub's cron is in UTC).
import { parseArgs } from 'node:util';
import { siteUrl } from '../src/lib/content/access.ts';
import { contentDir } from '../src/lib/content/node/content-dir.ts';
import { buildNow, warsawDay } from '../src/core/dates.ts';
import { loadContent } from '../src/lib/content/node/load-content.ts';
import { readMailLists } from '../src/lib/mail/node/lists.ts';
import { reminderMails } from '../src/lib/mail/reminders.ts';
import { deliver } from '../src/lib/mail/node/send.ts';
import { isDay, warsawHour } from '../src/lib/mail/schedule.ts';

const { values } = parseArgs({
  options: {
    date: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist/poczta' },
    'only-at-hour': { type: 'string' },
  },
});

const now = buildNow();
const hour = values['only-at-hour'];
if (hour !== undefined && warsawHour(now) !== Number(hour)) {
  console.log(`Pomijam: w Warszawie jest godzina ${warsawHour(now)}, a przypomnienia wychodzą o ${hour}.`);
  process.exit(0);
}
const today = values.date ?? warsawDay(now);
if (!isDay(today)) {
  console.error(`--date: oczekiwano daty RRRR-MM-DD, a jest „${today}”`);
  process.exit(2);
}

try {
  const dir = contentDir();
  const content = loadContent(dir);
  const lists = readMailLists(dir, new Set(content.forums.map((f) => f.id)));
  const mails = reminderMails({ today, forums: content.forums, events: content.events, lists, siteUrl: (a) => siteUrl(a), now });
  for (const line of await deliver(mails, { dryRun: values['dry-run'], out: values.out })) console.log(line);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
