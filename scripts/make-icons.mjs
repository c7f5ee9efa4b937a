/**
 * Draws the add-in icons into assets/ (run: node scripts/make-icons.mjs).
 *
 * The add-in's icon: a rounded blue square with a white supply bar that falls short of a light-blue demand bar, and a
 * white plan line at the demand level, so the gap between supply and plan shows. The S&OP ribbon
 * tab's buttons (manifest.xml, src/commands/ribbon.ts) get glyphs on a transparent ground, as
 * Office's own buttons have: a play triangle beside the balance bars (Run rolling plan), a table of
 * options (Gap scenarios), a board with a rising chart (Publish meeting pack). Shapes are laid out
 * on a 16-unit grid so the 16 px icon is pixel-exact; larger
 * sizes are the same drawing, anti-aliased by supersampling. The PNGs are written by hand
 * (IHDR, IDAT, IEND with CRC-32) with node's zlib as the only dependency.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
/** The add-in's icon, and the sizes Office asks of a ribbon button's icon. */
const ADD_IN_SIZES = [16, 32, 64, 80, 128];
const BUTTON_SIZES = [16, 32, 80];

const BLUE = [0x15, 0x65, 0xc0];
const WHITE = [0xff, 0xff, 0xff];
const LIGHT_BLUE = [0x90, 0xca, 0xf9];
const DARK_BLUE = [0x0d, 0x47, 0xa1];
const GREEN = [0x2e, 0x7d, 0x32];

/** Axis-aligned rectangle on the 16-unit grid. */
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;

/** Rounded rectangle on the 16-unit grid. */
function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** Triangle on the 16-unit grid (corners in any order). */
function triangle(ax, ay, bx, by, cx, cy) {
  const side = (x, y, x0, y0, x1, y1) => (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0);
  return (x, y) => {
    const d = [side(x, y, ax, ay, bx, by), side(x, y, bx, by, cx, cy), side(x, y, cx, cy, ax, ay)];
    return d.every((v) => v >= 0) || d.every((v) => v <= 0);
  };
}

/** Points inside `outer` but not inside `inner`: an outline. */
const outline = (outer, inner) => (x, y) => outer(x, y) && !inner(x, y);

/** Each drawing's layers are painted in order; the last layer that covers a point decides its colour. */
const ADD_IN = [
  [roundedRect(0, 0, 16, 16, 3), BLUE],
  [rect(3, 8, 7, 13), WHITE], // supply, short of the plan: the gap
  [rect(9, 5, 13, 13), LIGHT_BLUE], // demand
  [rect(2, 13, 14, 14), WHITE], // baseline
  [rect(2, 4, 14, 5), WHITE], // plan line at the demand level
];

const RUN = [
  [rect(1, 9, 4, 15), LIGHT_BLUE], // demand
  [rect(5, 6, 8, 15), BLUE], // supply
  [triangle(9, 2, 9, 14, 15.5, 8), GREEN], // run
];

const SCENARIOS = [
  [outline(rect(1, 2, 15, 14), rect(2, 3, 14, 13)), BLUE],
  [rect(1, 2, 15, 6), BLUE], // header row
  [rect(1, 9, 15, 10), BLUE],
  [rect(6, 2, 7, 14), BLUE],
  [rect(7, 6, 14, 9), LIGHT_BLUE], // the best option, highlighted
];

const MEETING = [
  [outline(rect(1, 1, 15, 11), rect(2, 2, 14, 10)), BLUE], // the board
  [rect(4, 7, 6, 10), LIGHT_BLUE],
  [rect(7, 5, 9, 10), LIGHT_BLUE],
  [rect(10, 3, 12, 10), GREEN], // rising chart
  [rect(7.5, 11, 8.5, 14), DARK_BLUE], // stand
  [rect(4, 14, 12, 15), DARK_BLUE],
];

/** [file, size, drawing] for every PNG in assets/. */
const ICONS = [
  ...ADD_IN_SIZES.map((size) => [`icon-${size}.png`, size, ADD_IN]),
  ["logo-filled.png", 300, ADD_IN],
  ...[
    ["run", RUN],
    ["scenarios", SCENARIOS],
    ["meeting", MEETING],
  ].flatMap(([name, layers]) => BUTTON_SIZES.map((size) => [`${name}-${size}.png`, size, layers])),
];

const SAMPLES = 8; // per axis, per pixel

/** RGBA pixels (non-premultiplied), row by row. */
function draw(size, layers) {
  const pixels = Buffer.alloc(size * size * 4);
  const unit = 16 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * unit;
          const y = (py + (sy + 0.5) / SAMPLES) * unit;
          let colour;
          for (const [inside, c] of layers) if (inside(x, y)) colour = c;
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type: none
    pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(ASSETS, { recursive: true });
for (const [name, size, layers] of ICONS) {
  writeFileSync(join(ASSETS, name), png(size, draw(size, layers)));
}
console.log(`Wrote ${ICONS.map(([name]) => name).join(", ")} to assets/`);
