/**
 * The Decap CMS configuration, generated from the schema registry (src/schema/collections.ts):
 * one Decap collection per content collection (fields from decap-fields.ts), media folders per
 * access level, and the backend (local decap-server, GitHub or Azure DevOps) from CMS_*
 * variables. tests/unit/decap-drift.test.ts checks the result against zod's behaviour.
 */
import { dump } from 'js-yaml';
import { t } from '../i18n/pl.ts';
import {
  COLLECTION_NAMES,
  collections,
  type CollectionName,
} from '../schema/collections.ts';
import { ROOM_COLLECTIONS } from '../lib/rooms/rooms.ts';
import { CMS_CONTENT_DIR, MEDIA, decapField, type DecapField, type RoomForum } from './decap-fields.ts';
import { collectionSchema, identifierField, shapeOf } from './zod-walk.ts';

export interface DecapCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'md';
  format: 'frontmatter';
  create: true;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  view_filters: { label: string; field: string; pattern: string }[];
  preview_path: string;
  fields: DecapField[];
}



// ——— collections and the whole config ————————————————————————————————————————————

const firstDateField = (fields: DecapField[]) => fields.find((f) => f.widget === 'datetime' && f.required);

const viewFilters = (fields: DecapField[]) =>
  fields.flatMap((f) =>
    f.widget === 'select' && Array.isArray(f['options'])
      ? (f['options'] as (string | { label: string; value: string })[]).map((o) => {
          const { label, value } = typeof o === 'string' ? { label: o, value: o } : o;
          return {
            label: t('cms.filter', { field: f.label, option: label }),
            field: f.name,
            pattern: `^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
          };
        })
      : [],
  );

/**
 * The Decap collection of one content collection: every schema field, plus the body. `rooms`
 * are the forums whose rooms may hold files: attachments of collections that can be kept in a
 * room (access `forum`) get one folder variant per room; other collections get none.
 */
export const decapCollection = (name: CollectionName, rooms: readonly RoomForum[] = []): DecapCollection => {
  const def = collections[name];
  const shape = shapeOf(collectionSchema(name));
  const roomsHere = (ROOM_COLLECTIONS as readonly CollectionName[]).includes(name) ? rooms : [];
  const fields = Object.entries(shape).flatMap(([k, v]) => decapField(k, v, { where: `${name}.${k}`, rooms: roomsHere }) ?? []);
  const id = identifierField(name);
  const date = firstDateField(fields);
  return {
    name,
    label: def.label,
    label_singular: t(`kind.${name}`),
    folder: `${CMS_CONTENT_DIR}/${name}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // {{slug}} is the identifier (title or name) turned into an ASCII file name by `slug` below.
    slug: '{{slug}}',
    identifier_field: id,
    summary: date ? `{{fields.${date.name} | date('DD.MM.YYYY')}} — {{fields.${id}}}` : `{{fields.${id}}}`,
    sortable_fields: [id, ...(date ? [date.name] : [])],
    view_filters: viewFilters(fields),
    preview_path: `${def.route}/{{slug}}/`,
    fields: [...fields, { name: 'body', label: def.body, widget: 'markdown', required: false }],
  };
};

export interface CmsOptions {
  /** `github` (default) or `azure` (Azure DevOps). */
  backend: 'github' | 'azure';
  /** GitHub `owner/name`, or Azure DevOps `organisation/project/repository`. */
  repo: string;
  branch: string;
  /** The OAuth client's address (GitHub backend): Decap opens `<base_url>/auth`. */
  oauthUrl?: string | undefined;
  azureTenantId?: string | undefined;
  azureAppId?: string | undefined;
  /** decap-server's API, used when the admin is opened on localhost. */
  localBackendUrl: string;
  /** The members site, for "view live" links. */
  siteUrl: string;
}

/**
 * Decap accepts the sign-in pop-up's messages only from `base_url` compared with the message's
 * origin, so an OAuth client under a path (the SWA API: `https://site/api`) must be given as
 * origin + `auth_endpoint` (`api/auth`), never as a base_url with a path.
 */
export const oauthEndpoint = (oauthUrl: string): { base_url: string; auth_endpoint: string } => {
  const u = new URL(oauthUrl);
  const path = u.pathname.replace(/^\/+|\/+$/g, '');
  return { base_url: u.origin, auth_endpoint: path ? `${path}/auth` : 'auth' };
};

/**
 * CMS options from the environment at build time: CMS_BACKEND, CMS_REPO, CMS_BRANCH,
 * CMS_OAUTH_URL, CMS_AZURE_TENANT_ID, CMS_AZURE_APP_ID, CMS_LOCAL_BACKEND_URL, CMS_SITE_URL.
 */
export const cmsOptions = (env: Record<string, string | undefined> = process.env): CmsOptions => {
  const backend = env['CMS_BACKEND'] ?? 'github';
  if (backend !== 'github' && backend !== 'azure') {
    throw new Error(`CMS_BACKEND musi mieć wartość github albo azure, a ma „${backend}”`);
  }
  return {
    backend,
    repo: env['CMS_REPO'] ?? 'metropolia-krakowska/baza-wiedzy',
    branch: env['CMS_BRANCH'] ?? 'main',
    oauthUrl: env['CMS_OAUTH_URL'],
    azureTenantId: env['CMS_AZURE_TENANT_ID'],
    azureAppId: env['CMS_AZURE_APP_ID'],
    localBackendUrl: env['CMS_LOCAL_BACKEND_URL'] ?? 'http://localhost:8081/api/v1',
    siteUrl: env['CMS_SITE_URL'] ?? env['MEMBERS_URL'] ?? 'http://localhost:4322',
  };
};

const backendConfig = (o: CmsOptions) => {
  const commit_messages = {
    create: t('cms.commit.create'),
    update: t('cms.commit.update'),
    delete: t('cms.commit.delete'),
    uploadMedia: t('cms.commit.uploadMedia'),
    deleteMedia: t('cms.commit.deleteMedia'),
  };
  return o.backend === 'azure'
    ? {
        name: 'azure',
        repo: o.repo,
        branch: o.branch,
        ...(o.azureTenantId ? { tenant_id: o.azureTenantId } : {}),
        ...(o.azureAppId ? { app_id: o.azureAppId } : {}),
        commit_messages,
      }
    : {
        name: 'github',
        repo: o.repo,
        branch: o.branch,
        ...(o.oauthUrl ? oauthEndpoint(o.oauthUrl) : {}),
        commit_messages,
      };
};

/**
 * The whole Decap configuration, for `CMS.init({ config })`. `rooms`: the forums of the build
 * (src/lib/forums/, from content), whose rooms get attachment folders; the admin passes them.
 */
export const decapConfig = (o: CmsOptions = cmsOptions(), rooms: readonly RoomForum[] = []) => ({
  load_config_file: false,
  locale: 'pl',
  backend: backendConfig(o),
  // Draft → in review → ready, as pull requests; decap-server (local editing) saves directly.
  publish_mode: 'editorial_workflow' as const,
  local_backend: { url: o.localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] },
  site_url: o.siteUrl,
  display_url: o.siteUrl,
  logo: { src: '/favicon.svg' },
  media_folder: MEDIA.public.media_folder.slice(1),
  public_folder: MEDIA.public.public_folder,
  // File names are ASCII slugs: "Łódź: zażółć" → lodz-zazolc (what the content check expects).
  slug: { encoding: 'ascii' as const, clean_accents: true, sanitize_replacement: '-' },
  collections: COLLECTION_NAMES.map((name) => decapCollection(name, rooms)),
});

export type DecapConfig = ReturnType<typeof decapConfig>;

/** The same configuration as YAML, for people to read (served as /admin/config.yml). */
export const decapConfigYaml = (config: DecapConfig): string =>
  '# generated from src/schema by src/cms/decap-config.ts — do not edit\n' +
  '# The admin (/admin/) passes the same object to CMS.init({ config }).\n' +
  dump(config, { lineWidth: 120, noRefs: true });
