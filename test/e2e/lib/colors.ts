/** Red, green, blue (0–255) and alpha (0–1). */
export type Rgba = [number, number, number, number];

/** Parses the forms colours take in the workbench: #rgb[a]/#rrggbb[aa] (package.json defaults) and rgb()/rgba() (computed styles, CSS variables). */
export function parseColor(value: string): Rgba {
  const text = value.trim();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text);
  if (hex) {
    const digits = hex[1]!.length <= 4 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    const channel = (i: number) => parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    return [channel(0), channel(1), channel(2), digits.length === 8 ? channel(3) / 255 : 1];
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(text);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : Number(fn[4]);
    return [Number(fn[1]), Number(fn[2]), Number(fn[3]), alpha];
  }
  if (text === 'transparent') return [0, 0, 0, 0];
  throw new Error(`Unparseable colour "${value}"`);
}

/** Same colour within rounding (alpha travels as 2–3 decimals through CSS). */
export function sameColor(actual: string, expected: string): boolean {
  const a = parseColor(actual);
  const e = parseColor(expected);
  return a[0] === e[0] && a[1] === e[1] && a[2] === e[2] && Math.abs(a[3] - e[3]) < 0.02;
}
