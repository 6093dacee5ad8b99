/**
 * The points of the projects map (issue 19), from the entries this build may show: projects
 * with coordinates and the seats of the gminy as reference points. A member-only gmina is left
 * out of a public project's list, never shown by its slug.
 */
import { entries } from '../content/entries.ts';
import type { MapPoint, ProjectPoint } from './geo.ts';

export const projectPoints = async (): Promise<ProjectPoint[]> => {
  const gminy = new Map((await entries('municipalities')).map((g) => [g.id, g.data.title]));
  return (await entries('projects')).flatMap((p) =>
    p.data.latitude !== undefined && p.data.longitude !== undefined
      ? [
          {
            id: p.id,
            title: p.data.title,
            latitude: p.data.latitude,
            longitude: p.data.longitude,
            url: `/projekty/${p.id}/`,
            status: p.data.status,
            start: p.data.start,
            end: p.data.end,
            summary: p.data.summary,
            gminy: p.data.municipalities.flatMap((g) => gminy.get(g) ?? []),
          },
        ]
      : [],
  );
};

export const seatPoints = async (): Promise<MapPoint[]> =>
  (await entries('municipalities')).flatMap((g) =>
    g.data.latitude !== undefined && g.data.longitude !== undefined
      ? [{ id: g.id, title: g.data.title, latitude: g.data.latitude, longitude: g.data.longitude, url: `/gminy/${g.id}/` }]
      : [],
  );
