// `npm run serve` (and the second half of `npm start`): serves the built sites locally —
// dist/public/ on PORT (default 4321) and dist/members/ on PORT+1 when it was built.
// The local preview has no login: the members site is open to anyone on this machine.
import { existsSync } from 'node:fs';
import { t } from '../src/i18n/pl.ts';
import { AUDIENCES } from '../src/lib/content/access.ts';
import { serveDir } from './static-server.ts';

const base = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';

for (const [i, audience] of AUDIENCES.entries()) {
  const dir = `dist/${audience}`;
  if (!existsSync(dir)) continue;
  await serveDir(dir, base + i, { host, ...(audience === 'members' ? { banner: t('preview.noLogin') } : {}) });
  const label = audience === 'public' ? 'publiczna' : 'dla członków (podgląd lokalny — bez logowania)';
  console.log(`Strona ${label}: http://localhost:${base + i}/`);
}
console.log('Zatrzymanie: Ctrl+C');
