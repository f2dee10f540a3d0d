// The two reference implementations the benchmark compares kinerja with. Both compute the same numbers
// as kinerja's compiled path on the workload of workload.mjs: indicator ratio scores with caps and floors,
// weighted roll-ups, the 360° others mean per competency (groups below the anonymity minimum dropped,
// self excluded), the linear 0–100 conversion, the 70/30 composition, final rounding and the band.
import { Decimal } from "decimal.js";

const ANONYMOUS = new Set(["peer", "subordinate", "external"]);
const MIN_RATERS = 3;

/** Indices of the model, built once (both contenders get them for free, like kinerja's plan). */
export function prepare(model) {
  return {
    ...model,
    perspectiveIndex: new Map(model.perspectives.map((p, i) => [p.id, i])),
    competencyIndex: new Map(model.competencies.map((c, i) => [c, i])),
    indicatorIndex: new Map(model.indicators.map((d, i) => [d.id, i])),
  };
}

/** 1. A plain float64 loop: `Number` everywhere, the final score rounded with Math.round. */
export function floatScore(m, appraisal) {
  const actual = new Float64Array(m.indicators.length).fill(NaN);
  for (const row of appraisal.actuals) {
    const i = m.indicatorIndex.get(row.indicator);
    if (i !== undefined) actual[i] = Number(row.actual);
  }
  const P = m.perspectives.length;
  const pSum = new Float64Array(P);
  const pW = new Float64Array(P);
  for (let i = 0; i < m.indicators.length; i++) {
    const d = m.indicators[i];
    const a = actual[i];
    if (Number.isNaN(a)) continue;
    let s;
    if (d.kind === "h") s = (a / d.target) * 100;
    else if (d.kind === "l") s = Math.max(0, (2 - a / d.target) * 100);
    else s = a < d.range.min ? (a / d.range.min) * 100 : a > d.range.max ? Math.max(0, (2 - a / d.range.max) * 100) : 100;
    if (d.cap !== undefined && s > d.cap) s = d.cap;
    const p = m.perspectiveIndex.get(d.perspective);
    pSum[p] += d.weight * s;
    pW[p] += d.weight;
  }
  let rSum = 0;
  let rW = 0;
  for (let p = 0; p < P; p++) {
    if (pW[p] === 0) continue;
    rSum += m.perspectives[p].weight * (pSum[p] / pW[p]);
    rW += m.perspectives[p].weight;
  }
  const results = rSum / rW;

  // 360: per competency and group, sum and count; groups under the minimum are dropped; self excluded.
  const C = m.competencies.length;
  const groups = new Map();
  for (const r of appraisal.ratings) {
    if (r.group === "self" || r.value === null) continue;
    let g = groups.get(r.group);
    if (g === undefined) groups.set(r.group, (g = { sum: new Float64Array(C), n: new Float64Array(C) }));
    const c = m.competencyIndex.get(r.competency);
    g.sum[c] += Number(r.value);
    g.n[c] += 1;
  }
  let overall = 0;
  for (let c = 0; c < C; c++) {
    let sum = 0;
    let n = 0;
    for (const [group, g] of groups) {
      if (ANONYMOUS.has(group) && g.n[c] < MIN_RATERS) continue;
      sum += g.sum[c];
      n += g.n[c];
    }
    overall += sum / n;
  }
  overall /= C;
  const behaviour = ((overall - m.scale.min) / (m.scale.max - m.scale.min)) * 100;
  const w = m.composition;
  const final = Math.round(((w.results * results + w.behaviour * behaviour) / (w.results + w.behaviour)) * 100) / 100;
  const band = m.bands.find((b) => (b.min === undefined || final >= b.min) && (b.max === undefined || final < b.max));
  return { final, band: band ? band.id : null };
}

/** 2. A naive decimal.js version: a default-config clone, a new Decimal for every value read. */
const D = Decimal.clone();
export function naiveDecimalScore(m, appraisal) {
  const actual = new Map();
  for (const row of appraisal.actuals) actual.set(row.indicator, new D(row.actual));
  const pSum = m.perspectives.map(() => new D(0));
  const pW = m.perspectives.map(() => new D(0));
  for (const d of m.indicators) {
    const a = actual.get(d.id);
    if (a === undefined) continue;
    let s;
    if (d.kind === "h") s = a.div(new D(d.target)).times(100);
    else if (d.kind === "l") s = D.max(0, new D(2).minus(a.div(new D(d.target))).times(100));
    else {
      const lo = new D(d.range.min);
      const hi = new D(d.range.max);
      s = a.lt(lo) ? a.div(lo).times(100) : a.gt(hi) ? D.max(0, new D(2).minus(a.div(hi)).times(100)) : new D(100);
    }
    if (d.cap !== undefined && s.gt(d.cap)) s = new D(d.cap);
    const p = m.perspectiveIndex.get(d.perspective);
    const w = new D(d.weight);
    pSum[p] = pSum[p].plus(w.times(s));
    pW[p] = pW[p].plus(w);
  }
  let rSum = new D(0);
  let rW = new D(0);
  m.perspectives.forEach((p, i) => {
    if (pW[i].isZero()) return;
    const w = new D(p.weight);
    rSum = rSum.plus(w.times(pSum[i].div(pW[i])));
    rW = rW.plus(w);
  });
  const results = rSum.div(rW);

  const groups = new Map();
  for (const r of appraisal.ratings) {
    if (r.group === "self" || r.value === null) continue;
    let g = groups.get(r.group);
    if (g === undefined) groups.set(r.group, (g = new Map()));
    const cell = g.get(r.competency) ?? { sum: new D(0), n: 0 };
    g.set(r.competency, { sum: cell.sum.plus(new D(r.value)), n: cell.n + 1 });
  }
  let overall = new D(0);
  for (const c of m.competencies) {
    let sum = new D(0);
    let n = 0;
    for (const [group, g] of groups) {
      const cell = g.get(c);
      if (cell === undefined || (ANONYMOUS.has(group) && cell.n < MIN_RATERS)) continue;
      sum = sum.plus(cell.sum);
      n += cell.n;
    }
    overall = overall.plus(sum.div(n));
  }
  overall = overall.div(m.competencies.length);
  const behaviour = overall.minus(m.scale.min).div(m.scale.max - m.scale.min).times(100);
  const w = m.composition;
  const final = new D(w.results).times(results).plus(new D(w.behaviour).times(behaviour)).div(w.results + w.behaviour).toDecimalPlaces(2, D.ROUND_HALF_UP);
  const band = m.bands.find((b) => (b.min === undefined || final.gte(b.min)) && (b.max === undefined || final.lt(b.max)));
  return { final, band: band ? band.id : null };
}
