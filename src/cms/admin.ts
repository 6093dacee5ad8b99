/**
 * The admin's browser entry (bundled from npm by Astro/Vite into the members build only; no
 * CDN). It reads the configuration the page embeds (generated from the schema at build time),
 * registers the attachment widget, previews and the save-time cleanup, then starts Decap.
 */
import CMS from 'decap-cms-app';
import { fromJS, type Map as ImmutableMap } from 'immutable';
import type { ComponentType } from 'react';
import siteCss from '../styles/global.css?url';
import { attachmentControl } from './attachment-widget.ts';
import { cleanEntryData } from './clean-entry.ts';
import type { DecapConfig } from './decap-config.ts';
import { ATTACHMENT_WIDGET } from './widgets.ts';
import { previewTemplate } from './previews.ts';

const config = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}') as DecapConfig;

// Decap's typings describe components loosely; these casts are the seams to its registry.
type AnyComponent = ComponentType<never>;
const file = CMS.getWidget('file') as unknown as { control: AnyComponent; preview: AnyComponent } | undefined;
if (!file) throw new Error('decap-cms-app: brak widżetu „file”');
CMS.registerWidget(
  ATTACHMENT_WIDGET,
  attachmentControl(file.control as never) as never,
  file.preview as never,
);

CMS.registerPreviewStyle(siteCss);
for (const { name } of config.collections) CMS.registerPreviewTemplate(name, previewTemplate(name) as never);

const fieldsOf = new Map(config.collections.map((c) => [c.name as string, c.fields]));
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: ImmutableMap<string, unknown> }) => {
    const fields = fieldsOf.get(String(entry.get('collection')));
    const data = entry.get('data') as ImmutableMap<string, unknown>;
    return fields ? fromJS(cleanEntryData(fields, data.toJS() as Record<string, unknown>)) : data;
  },
} as never);

CMS.init({ config } as never);
