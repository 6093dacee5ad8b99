// Projects with coordinates as GeoJSON (RFC 7946) for QGIS and geoportals (issue 19).
import type { APIRoute } from 'astro';
import { projectsGeoJson } from '../../lib/data/geo.ts';
import { projectPoints } from '../../lib/data/points.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(projectsGeoJson(await projectPoints(), String(site)), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
