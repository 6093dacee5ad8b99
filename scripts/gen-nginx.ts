// `npm run gen:nginx`: writes deploy/nginx/*.conf (security headers, the admin's policy, content
// types) from the same sources as the Azure Static Web Apps configuration. Run it after changing
// src/lib/site/security-headers.ts, src/lib/site/host-config.ts or src/cms/admin-csp.ts; a test
// fails while the committed files differ. CMS_BACKEND / CMS_OAUTH_URL shape the admin's policy:
// use the members build's values.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxSnippets } from './lib/nginx-config.ts';

const dir = join(import.meta.dirname, '..', 'deploy', 'nginx');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(nginxSnippets(process.env))) {
  writeFileSync(join(dir, name), text);
  console.log(`deploy/nginx/${name}`);
}
