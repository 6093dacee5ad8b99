/**
 * The roles table of a content folder, made at build time for the roles function (api/): every
 * contact by e-mail, the gminy's tenants and e-mail domains. Removing a person from the
 * directory removes their roles at the next deploy; nothing is looked up at sign-in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadContent } from '../../content/node/load-content.ts';
import { rolesTable, type RolesTable } from '../roles.ts';

export const rolesTableOf = (contentDir: string): RolesTable => {
  const content = loadContent(contentDir);
  return rolesTable({ contacts: content.contacts, municipalities: content.municipalities });
};

/** Writes the table as JSON (it holds e-mail addresses: never into a site's output folder). */
export const writeRolesTable = (contentDir: string, file: string): RolesTable => {
  const table = rolesTableOf(contentDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
  return table;
};
