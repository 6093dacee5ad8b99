/**
 * One source for the site's security policy: the CSP directives Astro writes into every page's
 * <meta> (astro.config.mjs) and the HTTP headers the hosts send (Azure Static Web Apps config,
 * nginx example). Only the site's own origin is allowed; Pagefind needs 'wasm-unsafe-eval'.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Style attributes (calendar colours, FullCalendar's positioning) cannot be hashed per build;
 * they carry no code, so they are allowed (style-src-attr), while <style> elements stay limited
 * to the hashes Astro writes.
 */
export const CSP_STYLE_SOURCES = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] as const;

/**
 * Headers for hosts that can send them. The CSP header adds what a <meta> policy cannot carry
 * (frame-ancestors) and repeats the origin rules. Both policies apply and a page must satisfy
 * each: inline code passes the header through 'unsafe-inline' and the <meta> only when its hash
 * is listed there (Astro writes the hashes per build), so only the site's own code runs.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    ...CSP_DIRECTIVES,
    `script-src ${CSP_SCRIPT_SOURCES.join(' ')} 'unsafe-inline'`,
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  // HTTPS only, for a year (browsers ignore it on plain HTTP, so local previews are unaffected).
  // Without includeSubDomains: other hosts of the association's domain are not ours to decide.
  'Strict-Transport-Security': 'max-age=31536000',
};
