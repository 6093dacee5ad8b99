/**
 * Projects on a map (issue 19): GeoJSON (RFC 7946) and KML of the projects that have
 * coordinates, and an SVG map drawn from the same points at build time — no tiles, no
 * requests to anyone. Pure functions: pages pass in only what their audience may see.
 */

export interface MapPoint {
  /** Entry slug (projects) or gmina slug (seats). */
  id: string;
  title: string;
  latitude: number;
  longitude: number;
  /** Absolute or site-relative address of the point's page. */
  url: string;
}

export interface ProjectPoint extends MapPoint {
  status: string;
  start: string;
  end?: string | undefined;
  summary: string;
  /** Names of the gminy involved (only those this build shows). */
  gminy: string[];
}

/** RFC 7946 §11.2: six decimal places are about 10 cm, more only adds noise. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * A GeoJSON FeatureCollection of project points: positions are [longitude, latitude]
 * (RFC 7946 §3.1.1), WGS 84 without a `crs` member (§4), one Point Feature per project.
 */
export const projectsGeoJson = (points: readonly ProjectPoint[], site: string) => ({
  type: 'FeatureCollection' as const,
  features: points.map((p) => ({
    type: 'Feature' as const,
    id: p.id,
    geometry: { type: 'Point' as const, coordinates: [round(p.longitude), round(p.latitude)] },
    properties: {
      nazwa: p.title,
      opis: p.summary,
      status: p.status,
      poczatek: p.start,
      koniec: p.end ?? null,
      gminy: p.gminy,
      url: new URL(p.url, site).href,
    },
  })),
});

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** KML 2.2 for Google Earth and QGIS: one Placemark per project, coordinates as lon,lat. */
export const projectsKml = (points: readonly ProjectPoint[], o: { site: string; name: string; description: string }): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    '<Document>',
    `<name>${xml(o.name)}</name>`,
    `<description>${xml(o.description)}</description>`,
    ...points.map((p) =>
      [
        `<Placemark id="${xml(p.id)}">`,
        `<name>${xml(p.title)}</name>`,
        `<description>${xml(`${p.summary} ${new URL(p.url, o.site).href}`)}</description>`,
        `<ExtendedData>`,
        `<Data name="status"><value>${xml(p.status)}</value></Data>`,
        `<Data name="gminy"><value>${xml(p.gminy.join(', '))}</value></Data>`,
        `<Data name="url"><value>${xml(new URL(p.url, o.site).href)}</value></Data>`,
        `</ExtendedData>`,
        `<Point><coordinates>${round(p.longitude)},${round(p.latitude)}</coordinates></Point>`,
        '</Placemark>',
      ].join(''),
    ),
    '</Document>',
    '</kml>',
    '',
  ].join('\n');

export interface MapLayout {
  width: number;
  height: number;
  /** Projects a point to SVG coordinates. */
  project: (latitude: number, longitude: number) => { x: number; y: number };
}

/**
 * An equirectangular projection fitted to the points: across the 40 km of the Metropolis the
 * distortion is far below what a reader sees; longitude is scaled by cos(latitude) so that a
 * kilometre is as long east–west as north–south.
 */
export const fitMap = (
  points: readonly { latitude: number; longitude: number }[],
  width = 640,
  pad = 40,
  /** Extra room on the right for labels written after the points. */
  padRight = pad,
): MapLayout => {
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * k, 0.01);
  const spanY = Math.max(north - south, 0.01);
  const scale = (width - pad - padRight) / spanX;
  const height = Math.round(spanY * scale + 2 * pad);
  return {
    width,
    height,
    project: (latitude, longitude) => ({
      x: Math.round((pad + (longitude - west) * k * scale) * 10) / 10,
      y: Math.round((pad + (north - latitude) * scale) * 10) / 10,
    }),
  };
};
