// The scheme zoo of the benchmark: `score` on every regulation preset and the demo agency, each next
// to a plain float64 loop over the same input. The float loop (`shapeFloat`) reads the same appraisal —
// every actual, every rating — and computes ratio scores, capped, weighted per perspective, the 360°
// others mean with the anonymity minimum, the composition, the rounding and the band: the work a
// hand-written float version of the scheme would do. It does not reproduce preset formulas (PP 46/2011
// efficiency, PP 30/2019 capaian IKI), so its numbers are not compared; its time is the practical limit.
import { readFileSync } from "node:fs";
import { rng, benchAppraisal, benchScheme, COMPETENCIES, RATERS } from "./workload.mjs";

const ANONYMOUS = new Set(["peer", "subordinate", "external"]);

/** The float loop's model of a compiled plan: per indicator its perspective slot, target and weight. */
function shapeOf(plan) {
  const s = plan.scheme;
  const pIndex = new Map(s.perspectives.map((p, i) => [p.id, i]));
  const objectivePerspective = new Map(s.objectives.map((o) => [o.id, o.perspective]));
  const indicators = s.indicators.map((d) => ({
    id: d.id,
    p: pIndex.get(d.perspective ?? objectivePerspective.get(d.objective)),
    target: Number(d.target ?? d.range?.max ?? 100) || 1,
    weight: Number(d.weight ?? 1),
    cap: d.cap === undefined ? Infinity : Number(d.cap),
  }));
  const b = s.behaviour;
  const scale = b === undefined ? { min: 0, max: 100 } : typeof b.scale === "string" ? { likert4: { min: 1, max: 4 }, likert5: { min: 1, max: 5 }, likert7: { min: 1, max: 7 }, percent: { min: 0, max: 100 } }[b.scale] : { min: Number(b.scale.min), max: Number(b.scale.max) };
  const weightOf = (id) => Number(s.composition.find((c) => c.component === id)?.weight ?? 0);
  return {
    indicatorIndex: new Map(indicators.map((d, i) => [d.id, i])),
    indicators,
    perspectiveWeights: s.perspectives.map((p) => Number(p.weight ?? 1)),
    competencyIndex: new Map((b?.competencies ?? []).map((c, i) => [c.id, i])),
    scale,
    results: weightOf("results"),
    behaviour: b === undefined ? 0 : weightOf("behaviour"),
    bands: (s.bands?.table ?? []).map((x) => ({ id: x.id, min: x.min === undefined ? -Infinity : Number(x.min), max: x.max === undefined ? Infinity : Number(x.max) })),
  };
}

/** The float64 loop over one appraisal of a plan's shape. */
export function shapeFloat(m, appraisal) {
  const P = m.perspectiveWeights.length;
  const pSum = new Float64Array(P);
  const pW = new Float64Array(P);
  for (const row of appraisal.actuals) {
    const i = m.indicatorIndex.get(row.indicator);
    if (i === undefined || row.actual === null) continue;
    const d = m.indicators[i];
    const s = Math.min(d.cap, (Number(row.actual) / d.target) * 100);
    pSum[d.p] += d.weight * s;
    pW[d.p] += d.weight;
  }
  let rSum = 0;
  let rW = 0;
  for (let p = 0; p < P; p++) {
    if (pW[p] === 0) continue;
    rSum += m.perspectiveWeights[p] * (pSum[p] / pW[p]);
    rW += m.perspectiveWeights[p];
  }
  const results = rSum / rW;
  let behaviour = 0;
  const C = m.competencyIndex.size;
  if (C > 0 && appraisal.ratings !== undefined) {
    const groups = new Map();
    for (const r of appraisal.ratings) {
      const v = Number(r.value);
      if (r.group === "self" || r.value === null || Number.isNaN(v)) continue; // N/A
      let g = groups.get(r.group);
      if (g === undefined) groups.set(r.group, (g = { sum: new Float64Array(C), n: new Float64Array(C) }));
      const c = m.competencyIndex.get(r.competency);
      g.sum[c] += v;
      g.n[c] += 1;
    }
    let overall = 0;
    for (let c = 0; c < C; c++) {
      let sum = 0;
      let n = 0;
      for (const [group, g] of groups) {
        if (ANONYMOUS.has(group) && g.n[c] < 3) continue;
        sum += g.sum[c];
        n += g.n[c];
      }
      overall += n === 0 ? 0 : sum / n;
    }
    behaviour = ((overall / C - m.scale.min) / (m.scale.max - m.scale.min)) * 100;
  }
  const final = Math.round(((m.results * results + m.behaviour * behaviour) / (m.results + m.behaviour)) * 100) / 100;
  const band = m.bands.find((b) => final >= b.min && final < b.max);
  return { final, band: band ? band.id : null };
}

const dec1 = (n) => `${Math.trunc(n / 10)}.${Math.abs(n % 10)}`;

/** Ratings of the bench's 8 raters on the given competencies, values from `next` on the scale. */
function ratingsOf(competencies, next, lo, hi) {
  return RATERS.flatMap(({ rater, group }) => competencies.map((competency) => ({ rater, group, competency, value: next(lo, hi) })));
}

/**
 * The zoo: name, compiled plan and a workload of `n` appraisals per scheme, built from the presets'
 * public builders and the demo's sample data; with `validation`, every plan validates appraisals with it.
 */
export function zoo(core, presets, n, root, validation) {
  const out = [];
  // Every plan compiled with the given appraisal validation (compile's `validation` option), if any.
  const compile = (scheme, options = {}) => core.compile(scheme, validation === undefined ? options : { ...options, validation });
  const add = (scheme, plan, appraisals) => out.push({ scheme, plan, appraisals, shape: shapeOf(plan) });

  add("bench", compile(benchScheme()), Array.from({ length: n }, (_, i) => benchAppraisal(i)));

  // PP 46/2011: an SKP of 8 activities (kuantitas, kualitas, waktu, biaya on half of them) and perilaku.
  {
    const { pp46_2011 } = presets;
    const activities = Array.from({ length: 8 }, (_, i) => ({
      id: `act${i}`,
      label: `Kegiatan ${i + 1}`,
      kuantitas: { target: 12 + i },
      waktu: { target: 12 },
      ...(i % 2 === 0 ? { biaya: { target: 1_000_000 * (i + 1) } } : {}),
    }));
    const plan = compile(pp46_2011.skpScheme({ id: "skp-pp46", activities }), { formulas: pp46_2011.formulas });
    const next = rng(46);
    const appraisals = Array.from({ length: n }, (_, k) => {
      const a = pp46_2011.skpAppraisal({
        employee: { id: `E${k}` },
        activities: activities.map((act, i) => ({
          id: act.id,
          kuantitas: next(8, 14 + i),
          kualitas: next(70, 100),
          waktu: next(9, 12),
          ...(i % 2 === 0 ? { biaya: 1_000_000 * (i + 1) - next(0, 200_000) } : {}),
        })),
        perilaku: { orientasiPelayanan: next(70, 95), integritas: next(70, 95), komitmen: next(70, 95), disiplin: next(70, 95), kerjaSama: next(70, 95) },
      });
      return a;
    });
    add("pp46_2011", plan, appraisals);
  }

  // PP 30/2019 + PermenPANRB 8/2021: 6 IKI (two with a target range), perilaku by atasan, 3 peers, 3 bawahan.
  {
    const { pp30_2019 } = presets;
    const indicators = Array.from({ length: 6 }, (_, i) => ({ id: `iki${i}`, label: `IKI ${i + 1}`, weight: 10 + i * 5, ...(i < 2 ? { range: { min: 80, max: 90 } } : { target: 90 + i }) }));
    const plan = compile(pp30_2019.scheme({ id: "skp-pp30", indicators }), { formulas: pp30_2019.formulas });
    const aspects = pp30_2019.PERILAKU_ASPECTS.map((a) => a.id);
    const next = rng(30);
    const appraisals = Array.from({ length: n }, (_, k) => ({
      employee: { id: `E${k}` },
      actuals: indicators.map((d) => ({ indicator: d.id, actual: dec1(next(700, 1000)) })),
      ratings: ratingsOf(aspects, next, 60, 100).filter((r) => r.group !== "self"),
    }));
    add("pp30_2019", plan, appraisals);
  }

  // PermenPANRB 6/2022: the bench scorecard in the preset (BerAKHLAK, both ratings, the predikat matrix).
  {
    const { permenpanrb6_2022 } = presets;
    const card = benchScheme();
    const plan = compile(permenpanrb6_2022.scheme({ id: "skp-6-2022", perspectives: card.perspectives, indicators: card.indicators }));
    const appraisals = Array.from({ length: n }, (_, i) => benchAppraisal(i));
    add("permenpanrb6_2022", plan, appraisals);
  }

  // The public-sector Balanced Scorecard: the bench's IKU in the preset's perspectives, results only.
  {
    const { publicSectorBsc } = presets;
    const card = benchScheme();
    const plan = compile(publicSectorBsc.scheme({ id: "bsc", iku: card.indicators, bands: card.bands }));
    const appraisals = Array.from({ length: n }, (_, i) => {
      const { ratings: _r, ...a } = benchAppraisal(i);
      return a;
    });
    add("publicSectorBsc", plan, appraisals);
  }

  // The demo agency (examples/data): its scorecard in the 6/2022 preset, its 62 appraisals cycled.
  {
    const { permenpanrb6_2022 } = presets;
    const card = JSON.parse(readFileSync(`${root}/examples/data/agency-scheme.json`, "utf8"));
    const sample = JSON.parse(readFileSync(`${root}/examples/data/agency-appraisals.json`, "utf8"));
    const plan = compile(
      permenpanrb6_2022.scheme({
        id: card.id,
        ...(card.period === undefined ? {} : { period: card.period }),
        ...(card.perspectives === undefined ? {} : { perspectives: card.perspectives }),
        ...(card.objectives === undefined ? {} : { objectives: card.objectives }),
        indicators: card.indicators,
        ...(card.missing === undefined ? {} : { missing: { minCoverage: card.missing.minCoverage } }),
      }),
    );
    add("demo", plan, Array.from({ length: n }, (_, i) => sample[i % sample.length]));
  }
  return out;
}

export { COMPETENCIES };
