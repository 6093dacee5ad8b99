/**
 * Who may see what on the members' site (Azure Static Web Apps): the roles a signed-in person
 * gets, decided from a table generated at build time from content (no directory look-ups at
 * sign-in). SWA calls the roles function (`auth.rolesSource`) after every sign-in with the
 * person's claims; the function answers with `rolesFor`.
 *
 * - `czlonek`: listed in the contacts directory, or signed in with a work account of a tenant
 *   or an e-mail domain on the gminy's allow-list (`tenants`, `emailDomains` in municipalities);
 * - `forum-<slug>`: for each forum the directory lists the person in (its room, /pokoje/<slug>/);
 * - `redakcja`: contacts marked as editors (the CMS at /admin/).
 */

export const ROLE_MEMBER = 'czlonek';
export const ROLE_EDITOR = 'redakcja';
export const forumRole = (forum: string): string => `forum-${forum}`;

/** The table the roles function reads; made by `rolesTable` from content at build time. */
export interface RolesTable {
  /** Lower-case e-mail → roles. */
  people: Record<string, string[]>;
  /** Lower-case Entra ID tenant ids whose work accounts are members. */
  tenants: string[];
  /** Lower-case e-mail domains whose work accounts are members. */
  domains: string[];
}

/** What the table is made from: contacts and gminy as the content folder has them. */
export interface RolesSource {
  contacts: readonly { data: { email: string; forums: readonly string[]; editor?: boolean | undefined } }[];
  municipalities: readonly { data: { tenants?: readonly string[] | undefined; emailDomains?: readonly string[] | undefined } }[];
}

const norm = (s: string) => s.trim().toLowerCase();

/** The roles table of a content folder: every contact by e-mail, the gminy's tenants and domains. */
export const rolesTable = (src: RolesSource): RolesTable => {
  const people = new Map<string, Set<string>>();
  for (const c of src.contacts) {
    const key = norm(c.data.email);
    const roles = people.get(key) ?? new Set([ROLE_MEMBER]);
    for (const f of c.data.forums) roles.add(forumRole(f));
    if (c.data.editor) roles.add(ROLE_EDITOR);
    people.set(key, roles);
  }
  const sorted = (xs: Iterable<string>) => [...new Set([...xs].map(norm))].sort();
  return {
    people: Object.fromEntries([...people].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)])),
    tenants: sorted(src.municipalities.flatMap((m) => m.data.tenants ?? [])),
    domains: sorted(src.municipalities.flatMap((m) => m.data.emailDomains ?? [])),
  };
};

/** A claim as SWA passes it: `typ` (the claim type, often a schema URI) and `val`. */
export interface SwaClaim {
  typ: string;
  val: string;
}

/** The body SWA posts to the roles function after a sign-in. */
export interface SwaRolesRequest {
  identityProvider?: string;
  userId?: string;
  userDetails?: string;
  claims?: SwaClaim[];
  accessToken?: string;
}

const TENANT_CLAIMS = ['tid', 'http://schemas.microsoft.com/identity/claims/tenantid'];
const LOGIN_CLAIMS = ['preferred_username', 'upn', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn'];
const EMAIL_CLAIMS = ['email', 'emails', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'];
/** Personal Microsoft accounts (outlook.com…) sign in through this tenant; never members. */
export const CONSUMER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

const claim = (claims: readonly SwaClaim[], types: readonly string[]): string | undefined =>
  types.map((t) => claims.find((c) => c.typ === t)?.val?.trim()).find((v) => v);

/**
 * A guest account's sign-in name is its home address with `@` turned into `_` plus
 * `#EXT#@<host tenant>`: `jan_wieliczka.pl#EXT#@smk.onmicrosoft.com` → `jan@wieliczka.pl`.
 */
export const guestAddress = (login: string): string | undefined => {
  const i = login.toUpperCase().indexOf('#EXT#');
  if (i < 0) return undefined;
  const local = login.slice(0, i);
  const at = local.lastIndexOf('_');
  return at > 0 ? `${local.slice(0, at)}@${local.slice(at + 1)}` : undefined;
};

export interface Identity {
  /** The address the person is known by (lower case), if any. */
  email?: string;
  tenant?: string;
  guest: boolean;
}

/** Reads who signed in from SWA's request: tenant, whether a guest, and the trusted address. */
export const identityOf = (req: SwaRolesRequest): Identity => {
  const claims = req.claims ?? [];
  const tenant = claim(claims, TENANT_CLAIMS)?.toLowerCase();
  const login = claim(claims, LOGIN_CLAIMS) ?? req.userDetails?.trim() ?? '';
  const guest = /#EXT#/i.test(login) || /#EXT#/i.test(req.userDetails ?? '') || claim(claims, ['acct']) === '1';
  // A member account's sign-in name (UPN) uses a domain its tenant has verified, so it is
  // trusted. The `email` claim is not verified by Entra ID in other tenants (anyone's admin can
  // type any address there), so it is used only for guests, whom our own tenant invited by it.
  const email = guest ? (claim(claims, EMAIL_CLAIMS) ?? guestAddress(login)) : login.includes('@') ? login : undefined;
  return { guest, ...(tenant ? { tenant } : {}), ...(email ? { email: norm(email) } : {}) };
};

/**
 * The roles of a signed-in person. Guests count only when our allow-listed tenant invited them
 * (their tenant id is the host's), and then only by their directory entry or e-mail domain;
 * personal Microsoft accounts and other providers get nothing.
 */
export const rolesFor = (req: SwaRolesRequest, table: RolesTable): string[] => {
  if (req.identityProvider !== 'aad') return [];
  const who = identityOf(req);
  if (!who.tenant || who.tenant === CONSUMER_TENANT) return [];
  const tenantAllowed = table.tenants.includes(who.tenant);
  if (who.guest && !tenantAllowed) return [];
  const roles = new Set<string>();
  if (who.email) {
    for (const r of table.people[who.email] ?? []) roles.add(r);
    const domain = who.email.split('@')[1] ?? '';
    if (table.domains.includes(domain)) roles.add(ROLE_MEMBER);
  }
  if (tenantAllowed && !who.guest) roles.add(ROLE_MEMBER);
  return [...roles].sort();
};
