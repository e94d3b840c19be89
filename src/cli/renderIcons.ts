import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The pixel sizes the manifest declares (ribbon 16/32/80, store 64/128). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BRAND = "#0B6E69";
const GRID = "#9DB8B5";
const BADGE = "#F2A900";
const INK = "#1F2A2E";

/**
 * The Policy Tables mark: a table whose header row is in the brand colour, with a quotation
 * badge for "every value carries its source sentence". Small sizes drop grid lines and thicken
 * strokes, because at 16 px a 1 px line drawn at 128 px scale vanishes into anti-aliasing.
 */
export function iconSvg(size: number): string {
  const small = size <= 32;
  const s = size / 128;
  const stroke = Math.max(small ? 1.25 / s : 1 / s, 5);
  const table = { x: 6, y: 14, w: 104, h: 92, r: small ? 10 : 12 };
  const header = small ? 30 : 24;
  const columns = small ? [table.x + table.w / 2] : [40, 74];
  const rows = small ? [table.y + header + (table.h - header) / 2] : [60, 83];
  const badge = { cx: 96, cy: 95, r: small ? 30 : 27 };
  const gridLines = [
    ...columns.map((x) => `M${x} ${table.y + header}V${table.y + table.h}`),
    ...rows.map((y) => `M${table.x}  ${y}H${table.x + table.w}`),
  ].join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <defs><clipPath id="t"><rect x="${table.x}" y="${table.y}" width="${table.w}" height="${table.h}" rx="${table.r}"/></clipPath></defs>
  <rect x="${table.x}" y="${table.y}" width="${table.w}" height="${table.h}" rx="${table.r}" fill="#FFFFFF"/>
  <g clip-path="url(#t)">
    <rect x="${table.x}" y="${table.y}" width="${table.w}" height="${header}" fill="${BRAND}"/>
    <path d="${gridLines}" stroke="${GRID}" stroke-width="${stroke}" fill="none"/>
  </g>
  <rect x="${table.x}" y="${table.y}" width="${table.w}" height="${table.h}" rx="${table.r}" fill="none" stroke="${BRAND}" stroke-width="${stroke * 1.4}"/>
  <circle cx="${badge.cx}" cy="${badge.cy}" r="${badge.r}" fill="${BADGE}" stroke="#FFFFFF" stroke-width="${small ? 6 : 5}"/>
  ${quoteMark(badge.cx - (small ? 11 : 10), badge.cy - 3, small ? 1.3 : 1)}
  ${quoteMark(badge.cx + (small ? 9 : 8), badge.cy - 3, small ? 1.3 : 1)}
</svg>`;
}

/** A closing quotation mark: a dot with a tail curling down-left, centred on (x, y). */
function quoteMark(x: number, y: number, scale: number): string {
  const k = (n: number) => (n * scale).toFixed(2);
  return `<path fill="${INK}" d="M${x} ${y} m${k(-7)} 0 a${k(7)} ${k(7)} 0 1 1 ${k(14)} 0 c0 ${k(9)} ${k(-5)} ${k(15)} ${k(-12)} ${k(18)} l${k(-1.5)} ${k(-3)} c${k(3.5)} ${k(-2)} ${k(6)} ${k(-5.5)} ${k(6.5)} ${k(-9.5)} a${k(7)} ${k(7)} 0 0 1 ${k(-7)} ${k(-5.5)}z"/>`;
}

/** Renders every size to assets/icon-<size>.png (committed, so builds need no renderer). */
export function renderIcons(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const png = new Resvg(iconSvg(size), {
      fitTo: { mode: "width", value: size },
      font: { loadSystemFonts: false },
    })
      .render()
      .asPng();
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, png);
    return file;
  });
}

if (require.main === module) {
  const out = resolve(__dirname, "../../assets");
  for (const file of renderIcons(out)) console.log(`wrote ${file}`);
}
