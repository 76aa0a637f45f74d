import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, GeoJsonObject, Geometry } from 'geojson';
import { compactPathContext } from './compactPathContext.ts';

/** A country as the map draws it: its outline (absent for a country too small for the 1:110m data) and its centre. */
export interface MapCountry {
  d?: string;
  centre: [number, number];
  /** Too small to click comfortably: the map adds a dot at its centre. */
  small: boolean;
}

/** The projected world: the size of the drawing, every country by ISO alpha-2 code, and all land as one outline. */
export interface WorldShapes {
  width: number;
  height: number;
  countries: Map<string, MapCountry>;
  /** Every country's land merged into one outline, for the countries drawn without a link. */
  landOf: (codes: ReadonlySet<string>) => string;
}

const WIDTH = 960;
const HEIGHT = 440;
const ANTARCTICA = '010';
// Below this share of the globe (about Lebanon's size) a country gets a dot as well as its outline.
const SMALL_AREA = 1.5e-5;
// At under 1,000 px wide, half of 1:110m's points (the least visible ones, shared borders kept whole) draw the same map.
const POINTS_KEPT = 0.5;

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function readAtlas(file: string): CountryTopology {
  // Read from the project's packages at build time: the data is not bundled into the site's code.
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  return JSON.parse(fs.readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as CountryTopology;
}

let cache: WorldShapes | undefined;

// Natural Earth 1:110m outlines (world-atlas) in the Equal Earth projection; small states that 1:110m leaves out
// (Singapore, Bahrain, Malta, the Maldives…) are placed from the 1:50m data as dots only. Antarctica is left out.
/** The world map's shapes, projected once per build. */
export function worldShapes(): WorldShapes {
  if (cache) return cache;
  const atlas = presimplify(readAtlas('countries-110m.json'));
  const coarse = simplify(atlas, quantile(atlas, POINTS_KEPT)) as CountryTopology;
  const fine = readAtlas('countries-50m.json');
  const geometries = coarse.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA);
  const shapes = feature(coarse, { ...coarse.objects.countries, geometries }) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], shapes);
  const context = compactPathContext();
  const path = geoPath(projection, context);
  const draw = (shape: GeoJsonObject): string | undefined => {
    path(shape as Feature);
    return context.result() || undefined;
  };
  const byCode = new Map<string, MapCountry>();
  const place = (f: Feature<Geometry, { name: string }>, withOutline: boolean) => {
    const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    if (!code || byCode.has(code)) return;
    const centre = projection(geoCentroid(f));
    if (!centre) return;
    const d = withOutline ? draw(f) : undefined;
    byCode.set(code, { d, centre: [Math.round(centre[0] * 10) / 10, Math.round(centre[1] * 10) / 10], small: !d || geoArea(f) < SMALL_AREA });
  };
  for (const f of shapes.features) place(f, true);
  for (const f of (feature(fine, fine.objects.countries) as FeatureCollection<Geometry, { name: string }>).features) if (f.id !== ANTARCTICA) place(f, false);
  const codeOf = (id: string | number | undefined) => (id === undefined ? undefined : countries.numericToAlpha2(String(id)));
  const landOf = (codes: ReadonlySet<string>) => draw(merge(coarse, geometries.filter((g) => !codes.has(codeOf(g.id) ?? '')) as never)) ?? '';
  cache = { width: WIDTH, height: HEIGHT, countries: byCode, landOf };
  return cache;
}
