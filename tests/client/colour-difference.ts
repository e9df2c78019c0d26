/**
 * How different two colours look, for tests of the palettes: the distance in OKLab (Björn Ottosson's
 * perceptual space, where 0.02 is about the smallest step one sees), for normal vision and as the three
 * dichromacies see them (Machado, Oliveira and Fernandes 2009, severity 1, applied to linear RGB).
 */

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

export const VISIONS = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} satisfies Record<string, Matrix | null>;

export type Vision = keyof typeof VISIONS;

const linear = (channel: number): number =>
  channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;

function linearRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [match[1]!, match[2]!, match[3]!].map((part) => linear(parseInt(part, 16) / 255)) as Rgb;
}

const times = (matrix: Matrix, [r, g, b]: Rgb): Rgb =>
  matrix.map(([x, y, z]) => Math.min(1, Math.max(0, x * r + y * g + z * b))) as Rgb;

function oklab([r, g, b]: Rgb): Rgb {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** The OKLab distance between two `#rrggbb` colours as `vision` sees them. */
export function difference(a: string, b: string, vision: Vision = 'normal'): number {
  const seen = (hex: string): Rgb => {
    const matrix = VISIONS[vision];
    return oklab(matrix === null ? linearRgb(hex) : times(matrix, linearRgb(hex)));
  };
  const [x, y] = [seen(a), seen(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

/** The closest two colours of a palette as `vision` sees them, and how far apart they are. */
export function closestPair(colours: readonly string[], vision: Vision = 'normal'): [string, string, number] {
  let closest: [string, string, number] = ['', '', Infinity];
  for (let i = 0; i < colours.length; i += 1) {
    for (let j = i + 1; j < colours.length; j += 1) {
      const distance = difference(colours[i]!, colours[j]!, vision);
      if (distance < closest[2]) closest = [colours[i]!, colours[j]!, distance];
    }
  }
  return closest;
}
