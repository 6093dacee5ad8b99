/**
 * The admin's own Content-Security-Policy. Decap CMS injects its styles at run time and talks to
 * its backend (decap-server locally; GitHub or Azure DevOps in production), which the site's
 * strict policy forbids; the admin page gets this policy instead, still without inline scripts
 * and limited to the backends it uses.
 */
import type { CmsOptions } from './decap-config.ts';

const origin = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * `localBackend`: allow decap-server (local editing and its tests, where CMS_LOCAL_BACKEND_URL
 * is set). Production builds leave it out: no localhost in a policy served to the world.
 */
export const adminCsp = (o: CmsOptions, { localBackend = false }: { localBackend?: boolean } = {}): string => {
  const local = localBackend ? origin(o.localBackendUrl) : undefined;
  // decap-server is reached as localhost or 127.0.0.1 (its allowed_hosts); allow both spellings.
  const localAliases = local ? [local, local.replace('//localhost', '//127.0.0.1'), local.replace('//127.0.0.1', '//localhost')] : [];
  const connect = new Set([
    "'self'",
    // Decap reads a picked file back through a blob: URL before uploading it.
    'blob:',
    ...localAliases,
    ...(o.backend === 'github' ? ['https://api.github.com', origin(o.oauthUrl)] : ['https://dev.azure.com', 'https://login.microsoftonline.com']),
  ].filter((x): x is string => Boolean(x)));
  return [
    "default-src 'self'",
    // Decap validates its configuration with AJV, which compiles validators with new Function().
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src ${[...connect].join(' ')}`,
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
};
