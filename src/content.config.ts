// Astro content collections, built from the schema registry (src/schema/collections.ts).
// The folder comes from CONTENT_DIR (default content/); entry ids are file names, which give URLs.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as defs, type CollectionName } from './schema/collections.ts';
import { contentDir, scanKnown } from './lib/content/node/content-dir.ts';

const dir = contentDir();
const known = scanKnown(dir);

const loader = (name: CollectionName) =>
  glob({
    pattern: '*.{md,mdx}',
    base: `${dir}/${name}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });

// Spelled out per collection so that Astro infers each entry type from its schema.
export const collections = {
  forums: defineCollection({ loader: loader('forums'), schema: defs.forums.schema(known) }),
  municipalities: defineCollection({ loader: loader('municipalities'), schema: defs.municipalities.schema(known) }),
  contacts: defineCollection({ loader: loader('contacts'), schema: defs.contacts.schema(known) }),
  practices: defineCollection({ loader: loader('practices'), schema: defs.practices.schema(known) }),
  documents: defineCollection({ loader: loader('documents'), schema: defs.documents.schema(known) }),
  faq: defineCollection({ loader: loader('faq'), schema: defs.faq.schema(known) }),
  events: defineCollection({ loader: loader('events'), schema: defs.events.schema(known) }),
  news: defineCollection({ loader: loader('news'), schema: defs.news.schema(known) }),
  calls: defineCollection({ loader: loader('calls'), schema: defs.calls.schema(known) }),
  projects: defineCollection({ loader: loader('projects'), schema: defs.projects.schema(known) }),
  data: defineCollection({ loader: loader('data'), schema: defs.data.schema(known) }),
};
