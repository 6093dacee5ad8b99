// `npm run build:api`: prepares the Azure Static Web Apps API (api/) for deployment — the roles
// table from content (api/roles-table.json: contacts' e-mails and forums, editors, the gminy's
// tenants and domains) and the functions compiled to JavaScript (api/dist/). CONTENT_DIR picks
// another content folder; `--table-only` skips compiling.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { contentDir } from '../src/lib/content/node/content-dir.ts';
import { writeRolesTable } from '../src/lib/members/node/roles-table.ts';

const root = resolve(import.meta.dirname, '..');
const table = writeRolesTable(contentDir(), join(root, 'api', 'roles-table.json'));
console.log(
  `Tabela ról: osoby z katalogu ${Object.keys(table.people).length}, dzierżawy ${table.tenants.length}, domeny ${table.domains.length} → api/roles-table.json`,
);
if (!process.argv.includes('--table-only')) {
  const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'api')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  console.log('Funkcje API skompilowane do api/dist/');
}
