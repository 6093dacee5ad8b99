/**
 * `auth.rolesSource` of the members' site: after every sign-in, Azure Static Web Apps posts the
 * person's identity and claims here and gives them the roles answered (`{ "roles": [...] }`).
 * The roles come from a table generated from content at build time (api/roles-table.json, by
 * `npm run build:api`), never from a directory look-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolesFor, type RolesTable, type SwaRolesRequest } from '../../src/lib/members/roles.ts';
import type { AzureContext, AzureRequest, AzureResponse } from './azure.ts';

/** SWA sends JSON; some hosts hand it over as a string. Anything else is an empty request. */
const parse = (body: unknown): SwaRolesRequest => {
  if (typeof body === 'string') {
    try {
      return parse(JSON.parse(body));
    } catch {
      return {};
    }
  }
  return body && typeof body === 'object' ? (body as SwaRolesRequest) : {};
};

export const handleRoles = (body: unknown, table: RolesTable): AzureResponse => ({
  status: 200,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  body: { roles: rolesFor(parse(body), table) },
});

let table: RolesTable | undefined;
/** api/roles-table.json, next to host.json (this file runs from api/dist/api/src/). */
const loadTable = (): RolesTable =>
  (table ??= JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'roles-table.json'), 'utf8')) as RolesTable);

export const run = async (context: AzureContext, req: AzureRequest): Promise<void> => {
  context.res = handleRoles(req.body, loadTable());
};
