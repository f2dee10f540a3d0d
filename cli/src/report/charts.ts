import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { ReportData } from "./reportData.js";

/** A chart: its SVG (rendered in Node) and, for each named mark layer, how many marks it must have. */
export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
  /** Mark name → the number of marks drawn from the data (checked by the browser test). */
  readonly marks: Readonly<Record<string, number>>;
  readonly note?: string;
}

/** Renders a Vega-Lite spec to SVG in Node (no browser, no canvas, no network). */
export async function toSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none", loader: vega.loader({ mode: "file" }) });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const FONT = { config: { font: "Helvetica, Arial, sans-serif", view: { stroke: "#ccc" }, axis: { labelFontSize: 10, titleFontSize: 11 } } } as const;
const n = (t: string): number => Number(t);

/** The five charts of the report. */
export async function reportCharts(d: ReportData): Promise<Chart[]> {
  const en = d.lang === "en";
  const bandLabel = new Map(d.bands.map((b) => [b.id, b.label]));
  const bandOrder = d.bands.map((b) => b.label);
  const palette = ["#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027", "#999999"];
  const color = { field: "predikat", type: "nominal", title: "Predikat", scale: { domain: bandOrder, range: palette.slice(0, bandOrder.length) } } as const;
  const charts: Chart[] = [];

  // 1. Predikat distribution per unit against the curve (allowed maximum as a tick).
  if (d.distribution !== null) {
    const rows = d.distribution.groups.flatMap((g) =>
      g.counts.map((c, i) => {
        const allowed = g.ranges[i]?.allowed;
        return { unit: g.unit ?? "-", predikat: bandLabel.get(c.category) ?? c.category, count: c.count, max: allowed && allowed.max < g.size ? allowed.max : null, min: allowed && allowed.min > 0 ? allowed.min : null };
      }),
    );
    const spec = {
      ...FONT,
      data: { values: rows },
      facet: { field: "unit", type: "nominal", title: null, header: { labelFontSize: 11, labelLimit: 320 } },
      columns: 2,
      spec: {
        width: 300,
        height: 150,
        layer: [
          { name: "dist_bars", mark: { type: "bar" }, encoding: { x: { field: "predikat", type: "nominal", sort: bandOrder, title: null, axis: { labelAngle: -30 } }, y: { field: "count", type: "quantitative", title: en ? "employees" : "pegawai" }, color } },
          { name: "dist_max", transform: [{ filter: "datum.max !== null" }], mark: { type: "tick", color: "#b2182b", thickness: 3 }, encoding: { x: { field: "predikat", type: "nominal", sort: bandOrder }, y: { field: "max", type: "quantitative" } } },
          { name: "dist_min", transform: [{ filter: "datum.min !== null" }], mark: { type: "tick", color: "#2166ac", thickness: 3 }, encoding: { x: { field: "predikat", type: "nominal", sort: bandOrder }, y: { field: "min", type: "quantitative" } } },
        ],
      },
    } as unknown as TopLevelSpec;
    charts.push({
      id: "distribution",
      title: en ? `Predikat per unit against the SE MenPANRB 3/2023 curve (${d.curveLabel})` : `Predikat per unit terhadap kurva SE MenPANRB 3/2023 (${d.curveLabel})`,
      svg: await toSvg(spec),
      marks: { dist_bars: rows.length, dist_max: rows.filter((r) => r.max !== null).length, dist_min: rows.filter((r) => r.min !== null).length },
      note: en ? "Red tick: the most employees allowed; blue tick: the fewest required (SE MenPANRB 3/2023, head-counts rounded as the library's defaults)." : "Garis merah: jumlah terbanyak yang diizinkan; garis biru: jumlah paling sedikit yang diwajibkan (SE MenPANRB 3/2023, pembulatan bawaan pustaka).",
    });
  }

  // 2. Histogram of final scores (bins of 2.5 points, counted here so that the bars are known).
  const width = 2.5;
  const bins = new Map<number, number>();
  for (const e of d.employees) {
    const start = Math.floor(n(e.final) / width) * width;
    bins.set(start, (bins.get(start) ?? 0) + 1);
  }
  const hist = [...bins].sort((a, b) => a[0] - b[0]).map(([start, count]) => ({ start, end: start + width, count }));
  charts.push({
    id: "histogram",
    title: en ? "Final scores" : "Sebaran nilai akhir",
    svg: await toSvg({
      ...FONT,
      width: 640,
      height: 200,
      data: { values: hist },
      layer: [
        {
          name: "hist_bars",
          mark: { type: "bar", color: "#4575b4" },
          encoding: { x: { field: "start", type: "quantitative", bin: { binned: true, step: width }, title: en ? "final score" : "nilai akhir" }, x2: { field: "end" }, y: { field: "count", type: "quantitative", title: en ? "employees" : "pegawai" } },
        },
      ],
    } as unknown as TopLevelSpec),
    marks: { hist_bars: hist.length },
  });

  // 3. Units compared: box plots of the final score.
  const units = [...new Set(d.employees.map((e) => e.unit))];
  charts.push({
    id: "boxplot",
    title: en ? "Final score by unit" : "Nilai akhir per unit",
    svg: await toSvg({
      ...FONT,
      width: 640,
      height: 40 * units.length,
      data: { values: d.employees.map((e) => ({ unit: e.unit, final: n(e.final) })) },
      layer: [
        {
          name: "units",
          mark: { type: "boxplot", extent: 1.5 },
          encoding: { y: { field: "unit", type: "nominal", title: null, axis: { labelLimit: 320 } }, x: { field: "final", type: "quantitative", scale: { zero: false }, title: en ? "final score" : "nilai akhir" } },
        },
      ],
    } as unknown as TopLevelSpec),
    // The boxplot composite names its box layer "<name>_layer_1_layer_0" (Vega-Lite 5).
    marks: { units_layer_1_layer_0: units.length },
  });

  // 4. Results × behaviour over the 3×3 predikat matrix.
  const pts = d.employees.filter((e) => e.results !== null && e.behaviour !== null);
  if (d.thresholds.results !== null && d.thresholds.behaviour !== null && pts.length > 0) {
    const rx = [Math.min(0, ...pts.map((p) => n(p.results as string))), n(d.thresholds.results.meets), n(d.thresholds.results.above), Math.max(n(d.thresholds.results.above) + 20, ...pts.map((p) => n(p.results as string)))];
    const by = [0, n(d.thresholds.behaviour.meets), n(d.thresholds.behaviour.above), 100];
    const levels = ["below", "meets", "above"];
    const cells = d.matrix.map((c) => {
      const i = levels.indexOf(c.results);
      const j = levels.indexOf(c.behaviour);
      const x = rx[i] as number;
      const x2 = rx[i + 1] as number;
      const y2 = by[j + 1] as number;
      return { x, x2, y: by[j] as number, y2, cx: (x + x2) / 2, ty: y2 - 4, predikat: bandLabel.get(c.band) ?? c.band };
    });
    charts.push({
      id: "matrix",
      title: en ? "Results × behaviour (the 3 × 3 predikat matrix)" : "Hasil kerja × perilaku (matriks predikat 3 × 3)",
      svg: await toSvg({
        ...FONT,
        width: 520,
        height: 360,
        layer: [
          { name: "matrix_cells", data: { values: cells }, mark: { type: "rect", opacity: 0.25 }, encoding: { x: { field: "x", type: "quantitative", scale: { domain: [rx[0], rx[3]], nice: false }, title: en ? "results score" : "nilai hasil kerja" }, x2: { field: "x2" }, y: { field: "y", type: "quantitative", scale: { domain: [0, 100] }, title: en ? "behaviour score" : "nilai perilaku" }, y2: { field: "y2" }, color } },
          { name: "matrix_labels", data: { values: cells }, mark: { type: "text", fontSize: 10, opacity: 0.7 }, encoding: { x: { field: "cx", type: "quantitative" }, y: { field: "ty", type: "quantitative" }, text: { field: "predikat" } } },
          { name: "matrix_points", data: { values: pts.map((p) => ({ name: p.name, nip: p.nip, results: n(p.results as string), behaviour: n(p.behaviour as string), predikat: p.band === null ? "-" : (bandLabel.get(p.band) ?? p.band) })) }, mark: { type: "circle", size: 40, stroke: "#333", strokeWidth: 0.5, opacity: 0.9 }, encoding: { x: { field: "results", type: "quantitative" }, y: { field: "behaviour", type: "quantitative" }, color, tooltip: [{ field: "name" }, { field: "nip" }] } },
        ],
      } as unknown as TopLevelSpec),
      marks: { matrix_cells: cells.length, matrix_labels: cells.length, matrix_points: pts.length },
    });
  }

  // 5. Largest self–other gaps.
  if (d.gaps.length > 0) {
    const rows = d.gaps.map((g, i) => ({ key: `${i + 1}. ${g.name} — ${g.competency}`, gap: n(g.gap), self: n(g.self), others: n(g.others) }));
    charts.push({
      id: "gaps",
      title: en ? "Largest self–other gaps (self minus others, on the rating scale)" : "Selisih terbesar penilaian diri vs orang lain (diri dikurangi orang lain, pada skala penilaian)",
      svg: await toSvg({
        ...FONT,
        width: 420,
        height: 18 * rows.length,
        data: { values: rows },
        layer: [
          {
            name: "gap_bars",
            mark: { type: "bar" },
            encoding: {
              y: { field: "key", type: "nominal", sort: null, title: null, axis: { labelLimit: 360 } },
              x: { field: "gap", type: "quantitative", title: en ? "gap" : "selisih" },
              color: { condition: { test: "datum.gap > 0", value: "#d6604d" }, value: "#4393c3" },
            },
          },
        ],
      } as unknown as TopLevelSpec),
      marks: { gap_bars: rows.length },
      note: en ? "Red: the employee rates themself higher than others do (blind spot); blue: lower (hidden strength)." : "Merah: pegawai menilai diri lebih tinggi daripada orang lain (blind spot); biru: lebih rendah (kekuatan tersembunyi).",
    });
  }
  return charts;
}
