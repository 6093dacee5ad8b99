// The roles function of the members' site (SWA `auth.rolesSource`): requests shaped as Azure
// Static Web Apps posts them after a sign-in with Microsoft Entra ID (identityProvider, userId,
// userDetails, claims as typ/val), answered from the roles table made from content.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, ROOT, TMP, allFiles, copyFixture } from '../../scripts/lib/build-site.ts';
import { rolesTableOf } from '../../src/lib/members/node/roles-table.ts';
import { guestAddress, rolesFor, type SwaClaim } from '../../src/lib/members/roles.ts';
import { handleRoles } from '../../api/src/roles.ts';

const HOST_TENANT = 'aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa'; // the association's tenant
const SKAWINA_TENANT = 'bbbbbbbb-2222-4222-8222-bbbbbbbbbbbb';
const FOREIGN_TENANT = 'cccccccc-3333-4333-8333-cccccccccccc';

/** A content folder with the gminy's allow-list and one editor, from the fixture. */
const content = (() => {
  const dir = copyFixture('roles');
  const gmina = join(dir, 'municipalities/skawina.md');
  writeFileSync(
    gmina,
    readFileSync(gmina, 'utf8').replace('population: 44000', `population: 44000\ntenants: [${SKAWINA_TENANT.toUpperCase()}, ${HOST_TENANT}]\nemailDomains: [UM.Skawina.example]`),
  );
  const office = join(dir, 'contacts/ola-testowa.md');
  writeFileSync(office, readFileSync(office, 'utf8').replace(/^access:/m, 'editor: true\naccess:'));
  return dir;
})();
const table = rolesTableOf(content);

/** What SWA posts for an Entra ID (v2) sign-in. */
const signIn = (o: { login: string; tenant: string; email?: string; userDetails?: string; tenantClaim?: string; extra?: SwaClaim[] }) => ({
  identityProvider: 'aad',
  userId: 'd75b260a64504067bfc5b2905e3b8182',
  userDetails: o.userDetails ?? o.login,
  claims: [
    { typ: 'iss', val: `https://login.microsoftonline.com/${o.tenant}/v2.0` },
    { typ: 'http://schemas.microsoft.com/identity/claims/objectidentifier', val: '0f8fad5b-d9cb-469f-a165-70867728950e' },
    { typ: o.tenantClaim ?? 'http://schemas.microsoft.com/identity/claims/tenantid', val: o.tenant },
    { typ: 'name', val: 'Jan Próbny' },
    { typ: 'preferred_username', val: o.login },
    ...(o.email ? [{ typ: 'email', val: o.email }] : []),
    { typ: 'ver', val: '2.0' },
    ...(o.extra ?? []),
  ],
  accessToken: 'eyJ0eXAiOiJKV1Qi…',
});
const roles = (req: unknown) => (handleRoles(req, table).body as { roles: string[] }).roles;
const jan = () => readFileSync(join(FIXTURE, 'contacts/jan-probny.md'), 'utf8');

describe('the roles table made from content', () => {
  it('lists every contact by lower-case e-mail with their forums, editors, and the gminy’s allow-list', () => {
    expect(jan()).toContain('email: j.probny@skawina.example');
    expect(table.people['j.probny@skawina.example']).toEqual(['czlonek', 'forum-zamowienia-publiczne']);
    expect(Object.entries(table.people).filter(([, r]) => r.includes('redakcja'))).toHaveLength(1);
    expect(table.tenants).toEqual([HOST_TENANT, SKAWINA_TENANT].sort());
    expect(table.domains).toEqual(['um.skawina.example']);
  });

  it('refuses a malformed tenant id or domain with the file and field named', () => {
    const dir = copyFixture('roles-bad');
    const gmina = join(dir, 'municipalities/skawina.md');
    writeFileSync(gmina, readFileSync(gmina, 'utf8').replace('population: 44000', 'population: 44000\ntenants: [skawina-tenant]\nemailDomains: ["@skawina"]'));
    expect(() => rolesTableOf(dir)).toThrow(/municipalities\/skawina\.md — pole „tenants”: „skawina-tenant” nie jest identyfikatorem dzierżawy/);
    expect(() => rolesTableOf(dir)).toThrow(/pole „emailDomains”: „@skawina” nie jest domeną/);
  });
});

describe('a sign-in (SWA request → roles)', () => {
  it('gives a directory person the members’ site and their forum rooms, whatever the case of the address', () => {
    expect(roles(signIn({ login: 'J.Probny@SKAWINA.example', tenant: FOREIGN_TENANT }))).toEqual(['czlonek', 'forum-zamowienia-publiczne']);
    // the short tenant claim name of v2 tokens is read too
    expect(roles(signIn({ login: 'j.probny@skawina.example', tenant: FOREIGN_TENANT, tenantClaim: 'tid' }))).toEqual(['czlonek', 'forum-zamowienia-publiczne']);
  });

  it('gives editors `redakcja`', () => {
    const editor = Object.entries(table.people).find(([, r]) => r.includes('redakcja'))?.[0] as string;
    expect(roles(signIn({ login: editor, tenant: HOST_TENANT }))).toContain('redakcja');
  });

  it('gives any work account of an allow-listed tenant or domain the members’ site, but no room', () => {
    expect(roles(signIn({ login: 'nowa.osoba@skawina.onmicrosoft.com', tenant: SKAWINA_TENANT }))).toEqual(['czlonek']);
    expect(roles(signIn({ login: 'referent@um.skawina.example', tenant: FOREIGN_TENANT }))).toEqual(['czlonek']);
  });

  it('gives nothing to someone unknown from an unknown tenant', () => {
    expect(roles(signIn({ login: 'ktos@firma.example', tenant: FOREIGN_TENANT }))).toEqual([]);
  });

  it('does not trust the e-mail claim of another tenant (anyone’s admin can type any address there)', () => {
    expect(roles(signIn({ login: 'intruz@obca.example', tenant: FOREIGN_TENANT, email: 'j.probny@skawina.example' }))).toEqual([]);
  });

  it('gives guests of our tenant roles only by their directory entry or domain, and ignores guests elsewhere', () => {
    const guestLogin = 'j.probny_skawina.example#EXT#@metropolia.onmicrosoft.com';
    expect(guestAddress(guestLogin)).toBe('j.probny@skawina.example');
    // A guest of the association's tenant: that tenant is allow-listed, but a guest is not staff.
    expect(roles(signIn({ login: guestLogin, tenant: HOST_TENANT }))).toEqual(['czlonek', 'forum-zamowienia-publiczne']);
    expect(roles(signIn({ login: 'gosc_gmail.com#EXT#@metropolia.onmicrosoft.com', tenant: HOST_TENANT }))).toEqual([]);
    expect(roles(signIn({ login: 'x@y.example', userDetails: 'x@y.example', tenant: HOST_TENANT, extra: [{ typ: 'acct', val: '1' }] }))).toEqual([]);
    // A guest elsewhere: the inviting tenant is not ours, so nothing it says counts.
    expect(roles(signIn({ login: guestLogin.replace('metropolia', 'obca'), tenant: FOREIGN_TENANT, email: 'j.probny@skawina.example' }))).toEqual([]);
  });

  it('gives nothing to personal Microsoft accounts, other providers, or a request without claims', () => {
    expect(roles(signIn({ login: 'j.probny@skawina.example', tenant: '9188040d-6c67-4c5b-b112-36a304b66dad' }))).toEqual([]);
    expect(roles({ ...signIn({ login: 'j.probny@skawina.example', tenant: SKAWINA_TENANT }), identityProvider: 'github' })).toEqual([]);
    expect(roles({ identityProvider: 'aad', userDetails: 'j.probny@skawina.example' })).toEqual([]);
    expect(roles('not json')).toEqual([]);
    expect(roles(JSON.stringify(signIn({ login: 'j.probny@skawina.example', tenant: SKAWINA_TENANT })))).toContain('czlonek');
  });

  it('removes a person’s access at the next build once they leave the directory', () => {
    const dir = copyFixture('roles-removed');
    rmSync(join(dir, 'contacts/jan-probny.md'));
    // The office hands over what Jan coordinated or authored (the check refuses dangling references).
    for (const f of allFiles(dir).filter((x) => x.endsWith('.md'))) {
      writeFileSync(f, readFileSync(f, 'utf8').replaceAll('jan-probny', 'ola-testowa'));
    }
    const after = rolesTableOf(dir);
    expect(rolesFor(signIn({ login: 'j.probny@skawina.example', tenant: FOREIGN_TENANT }), table)).toContain('czlonek');
    expect(rolesFor(signIn({ login: 'j.probny@skawina.example', tenant: FOREIGN_TENANT }), after)).toEqual([]);
  });
});

describe('the deployable function (api/, compiled as the deploy workflow does)', () => {
  it('answers SWA with {roles} from api/roles-table.json', async () => {
    mkdirSync(TMP, { recursive: true });
    const api = mkdtempSync(join(TMP, 'api-'));
    // The same layout as deployed: function.json folders, dist/ from tsc, the table next to them.
    cpSync(join(ROOT, 'api/roles'), join(api, 'roles'), { recursive: true });
    cpSync(join(ROOT, 'api/package.json'), join(api, 'package.json'));
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(ROOT, 'api'), '--outDir', join(api, 'dist')], { cwd: ROOT });
    writeFileSync(join(api, 'roles-table.json'), JSON.stringify(table));
    const fn = JSON.parse(readFileSync(join(api, 'roles/function.json'), 'utf8')) as { scriptFile: string; entryPoint: string; bindings: { route?: string; methods?: string[] }[] };
    expect(fn.bindings[0]).toMatchObject({ route: 'roles', methods: ['post'] });
    const mod = createRequire(import.meta.url)(join(api, 'roles', fn.scriptFile)) as Record<string, (c: object, r: object) => Promise<void>>;
    const context: { res?: { status: number; body: { roles: string[] } } } = {};
    await mod[fn.entryPoint]?.(context, { url: 'https://czlonkowie.example/api/roles', headers: {}, query: {}, body: signIn({ login: 'J.Probny@skawina.example', tenant: SKAWINA_TENANT }) });
    expect(context.res?.status).toBe(200);
    expect(context.res?.body.roles).toEqual(['czlonek', 'forum-zamowienia-publiczne']);
  }, 120_000); // compiling with tsc takes seconds, more on a busy machine
});
