/** Small statistics and formatting helpers for the benchmark. */

export function median(xs) {
  const v = xs.filter((x) => x !== null && x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs, p) {
  const v = xs.filter((x) => x !== null && x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * v.length));
  return v[Math.min(v.length, rank) - 1];
}

export function min(xs) {
  const v = xs.filter((x) => x !== null && x !== undefined && Number.isFinite(x));
  return v.length ? Math.min(...v) : null;
}

export const fmt = {
  s: (ms) => (ms === null || ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`),
  ms: (ms) => (ms === null || ms === undefined ? 'n/a' : `${Math.round(ms)} ms`),
  ms1: (ms) => (ms === null || ms === undefined ? 'n/a' : `${ms.toFixed(1)} ms`),
  gb: (b) => (b === null || b === undefined ? 'n/a' : `${(b / 1024 ** 3).toFixed(2)} GB`),
  mb: (b) => (b === null || b === undefined ? 'n/a' : `${(b / 1024 ** 2).toFixed(1)} MB`),
  kb: (b) => (b === null || b === undefined ? 'n/a' : `${(b / 1024).toFixed(1)} KB`),
  x: (r) => (r === null || r === undefined || !Number.isFinite(r) ? 'n/a' : `${r.toFixed(2)}×`),
};
