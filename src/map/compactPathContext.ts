import type { GeoContext } from 'd3-geo';

/** A d3-geo path context that writes what it is given as a compact SVG path; `result()` returns it and starts over. */
export interface CompactPathContext extends GeoContext {
  result(): string;
}

/** A number as the next item of an SVG path list: a minus sign separates it from the one before, else a space. */
function join(values: number[]): string {
  return values.map((v, i) => (i === 0 || v < 0 ? String(v) : ` ${v}`)).join('');
}

// A world map at 960 px needs no fraction of a pixel: whole, relative coordinates without repeated points make the
// map's SVG about half as heavy as d3's absolute path, and rings that shrink below a triangle are left out.
/** Rounds each point to a whole pixel, drops repeats and rings of fewer than three points, and writes relative `m`/`l`/`z`. */
export function compactPathContext(): CompactPathContext {
  let out = '';
  let ring: Array<[number, number]> = [];
  let pen: [number, number] = [0, 0];
  const flush = () => {
    if (ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1]) ring.pop();
    if (ring.length >= 3) {
      const [start, ...rest] = ring;
      out += `${out === '' ? 'M' : 'm'}${join(out === '' ? start! : [start![0] - pen[0], start![1] - pen[1]])}`;
      const deltas: number[] = [];
      let previous = start!;
      for (const point of rest) {
        deltas.push(point[0] - previous[0], point[1] - previous[1]);
        previous = point;
      }
      out += `l${join(deltas)}z`;
      pen = start!;
    }
    ring = [];
  };
  return {
    moveTo(x, y) {
      flush();
      ring = [[Math.round(x), Math.round(y)]];
    },
    lineTo(x, y) {
      const point: [number, number] = [Math.round(x), Math.round(y)];
      const last = ring.at(-1);
      if (!last || last[0] !== point[0] || last[1] !== point[1]) ring.push(point);
    },
    closePath: flush,
    beginPath() {},
    arc() {},
    result() {
      flush();
      const path = out;
      out = '';
      pen = [0, 0];
      return path;
    },
  };
}
