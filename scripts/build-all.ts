// `npm run build`: builds the site once per audience — dist/public/ (public entries only) and
// dist/members/ (everything) — from content/ or CONTENT_DIR. Pass `--audience public` to build one.
import { spawnSync } from 'node:child_process';
import { AUDIENCES, type Audience } from '../src/lib/content/access.ts';

const i = process.argv.indexOf('--audience');
const only = i > 0 ? (process.argv[i + 1] as Audience) : undefined;
if (only && !AUDIENCES.includes(only)) throw new Error(`Nieznana grupa odbiorców: ${only}`);

for (const audience of only ? [only] : AUDIENCES) {
  const started = Date.now();
  console.log(`\n▶ Budowanie wersji: ${audience}`);
  const run = spawnSync('npx', ['astro', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_AUDIENCE: audience },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log(`✔ dist/${audience}/ gotowe w ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
