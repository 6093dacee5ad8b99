// Projects with coordinates as KML 2.2 for Google Earth (issue 19).
import type { APIRoute } from 'astro';
import { t } from '../../i18n/pl.ts';
import { projectsKml } from '../../lib/data/geo.ts';
import { projectPoints } from '../../lib/data/points.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    projectsKml(await projectPoints(), { site: String(site), name: t('section.projects'), description: t('projects.kmlDescription') }),
    { headers: { 'Content-Type': 'application/vnd.google-earth.kml+xml; charset=utf-8' } },
  );
