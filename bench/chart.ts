// The results chart: time per resource against N, one line per hosting and
// one for the engine floor, as a small SVG written by hand (no dependency).
// N runs on a log scale, so 10 to 2000 spread evenly.

export interface Series {
  label: string;
  color: string;
  /** [N, ms per resource], by growing N. */
  points: [number, number][];
}

const W = 560;
const H = 300;
const PAD = { left: 56, right: 150, top: 30, bottom: 40 };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A round upper bound for the y axis. */
function ceiling(max: number): number {
  const step = 10 ** Math.floor(Math.log10(max || 1));
  return Math.ceil(max / step) * step;
}

export function chart(title: string, series: Series[]): string {
  const ns = [...new Set(series.flatMap((s) => s.points.map(([n]) => n)))].sort((a, b) => a - b);
  const top = ceiling(Math.max(0, ...series.flatMap((s) => s.points.map(([, y]) => y))));
  const [lo, hi] = [Math.log10(ns[0] ?? 1), Math.log10(ns[ns.length - 1] ?? 10)];
  const x = (n: number) => PAD.left + (hi === lo ? 0.5 : (Math.log10(n) - lo) / (hi - lo)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${PAD.left}" y="18" font-weight="bold">${esc(title)}</text>`,
    `<line x1="${PAD.left}" y1="${y(0)}" x2="${W - PAD.right}" y2="${y(0)}" stroke="#444"/>`,
    `<line x1="${PAD.left}" y1="${y(0)}" x2="${PAD.left}" y2="${PAD.top}" stroke="#444"/>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const v = (top * k) / 4;
    out.push(`<line x1="${PAD.left}" y1="${y(v)}" x2="${W - PAD.right}" y2="${y(v)}" stroke="#ddd"/>`);
    out.push(`<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${+v.toFixed(1)}</text>`);
  }
  for (const n of ns) out.push(`<text x="${x(n)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${n}</text>`);
  out.push(`<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 6}" text-anchor="middle">N (resources, log scale)</text>`);
  out.push(
    `<text x="14" y="${(PAD.top + H - PAD.bottom) / 2}" transform="rotate(-90 14 ${(PAD.top + H - PAD.bottom) / 2})" text-anchor="middle">ms per resource</text>`,
  );
  series.forEach((s, k) => {
    const pts = s.points.map(([n, v]) => `${x(n).toFixed(1)},${y(v).toFixed(1)}`);
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.join(" ")}"/>`);
    for (const p of pts) out.push(`<circle cx="${p.split(",")[0]}" cy="${p.split(",")[1]}" r="3" fill="${s.color}"/>`);
    const ly = PAD.top + 10 + k * 20;
    out.push(`<line x1="${W - PAD.right + 14}" y1="${ly}" x2="${W - PAD.right + 34}" y2="${ly}" stroke="${s.color}" stroke-width="2"/>`);
    out.push(`<text x="${W - PAD.right + 40}" y="${ly + 4}">${esc(s.label)}</text>`);
  });
  out.push("</svg>", "");
  return out.join("\n");
}
