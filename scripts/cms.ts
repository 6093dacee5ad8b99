// `npm run cms`: local editing. Starts decap-server (Decap's local backend: it writes straight
// into content/ of this working copy, no Git login) and the Astro dev server of the members
// site, which serves the admin at http://localhost:4322/admin/. Ctrl+C stops both.
import { join } from 'node:path';
import concurrently from 'concurrently';

// Binaries of this project, so the script also works outside `npm run` (tests start it so).
const bin = (name: string) => `"${join(import.meta.dirname, '..', 'node_modules', '.bin', name)}"`;

const decapPort = process.env['CMS_LOCAL_PORT'] ?? '8081';
const sitePort = process.env['PORT'] ?? '4322';

const { result } = concurrently(
  [
    {
      name: 'decap',
      command: bin('decap-server'),
      // Loopback only: the local backend has no login and writes to disk.
      env: { PORT: decapPort, BIND_HOST: '127.0.0.1', MODE: 'fs' },
    },
    {
      name: 'astro',
      command: `${bin('astro')} dev --port ${sitePort}`,
      env: {
        SITE_AUDIENCE: 'members',
        CMS_LOCAL_BACKEND_URL: `http://127.0.0.1:${decapPort}/api/v1`,
        CMS_SITE_URL: `http://localhost:${sitePort}`,
      },
    },
  ],
  { killOthersOn: ['failure', 'success'], prefixColors: ['blue', 'green'] },
);

console.log(`Panel redakcji: http://localhost:${sitePort}/admin/ (lokalnie, bez logowania do GitHuba)`);
await result.catch(() => process.exit(1));
