import { checkDistribution, type DistributionCheck, type DistributionCurveInput, type Plan, type Result } from "kinerja";
import { labelText, type Lang } from "../i18n.js";
import { compareDecimal } from "../display.js";

/** One employee as the report shows them. */
export interface ReportEmployee {
  readonly nip: string;
  readonly name: string;
  readonly unit: string;
  readonly final: string;
  readonly band: string | null;
  readonly results: string | null;
  readonly behaviour: string | null;
  readonly resultsRating: string | null;
  readonly behaviourRating: string | null;
}

/** One self–other gap (self minus others on one competency). */
export interface ReportGap {
  readonly nip: string;
  readonly name: string;
  readonly competency: string;
  readonly self: string;
  readonly others: string;
  readonly gap: string;
}

/** Everything the report draws, taken from the library's results. */
export interface ReportData {
  readonly title: string;
  readonly lang: Lang;
  readonly employees: readonly ReportEmployee[];
  /** Band ids from best to worst, with their labels. */
  readonly bands: readonly { readonly id: string; readonly label: string }[];
  /** The results-rating and behaviour-rating thresholds (0–100 scale scores), when the scheme has them. */
  readonly thresholds: { readonly results: { readonly meets: string; readonly above: string } | null; readonly behaviour: { readonly meets: string; readonly above: string } | null };
  /** The predikat matrix cells (results level × behaviour level → band id), when the scheme has one. */
  readonly matrix: readonly { readonly results: string; readonly behaviour: string; readonly band: string }[];
  readonly distribution: DistributionCheck | null;
  /** The curve's label. */
  readonly curveLabel: string;
  /** The largest self–other gaps (by size), at most 15. */
  readonly gaps: readonly ReportGap[];
  /** Rows that could not be scored. */
  readonly failed: number;
}

const abs = (t: string): string => (t.startsWith("-") ? t.slice(1) : t);

/** Collects the report's data from full results (`evaluate`). */
export function reportData(options: { readonly plan: Plan; readonly results: readonly Result[]; readonly curve: DistributionCurveInput | null; readonly lang: Lang; readonly failed: number }): ReportData {
  const { plan, results, lang } = options;
  const s = plan.scheme;
  const competencyLabel = new Map((s.behaviour?.competencies ?? []).map((c) => [c.id, labelText(lang, c.label, c.id)]));
  const bandsTable = s.bands?.table ?? [];
  // Best first: bands are listed from low to high in schemes; the curve lists best first.
  const curveOrder = options.curve?.categories.map((c) => c.id) ?? [];
  const bands = [...bandsTable]
    .sort((a, b) => (curveOrder.length > 0 ? curveOrder.indexOf(a.id) - curveOrder.indexOf(b.id) : bandsTable.indexOf(b) - bandsTable.indexOf(a)))
    .map((b) => ({ id: b.id, label: labelText(lang, b.label, b.id) }));
  const employees: ReportEmployee[] = results.map((r) => ({
    nip: r.employee.id,
    name: r.employee.name ?? "",
    unit: r.employee.unit ?? "-",
    final: r.final.score,
    band: r.final.band?.id ?? null,
    results: r.components.find((c) => c.id === "results")?.score ?? null,
    behaviour: r.behaviour?.score ?? null,
    resultsRating: r.resultsRating?.id ?? null,
    behaviourRating: r.behaviour?.rating?.id ?? null,
  }));
  const gaps: ReportGap[] = [];
  for (const r of results) {
    for (const g of r.behaviour?.gaps.items ?? []) {
      if (g.gap === null || g.self === null || g.others === null) continue;
      gaps.push({ nip: r.employee.id, name: r.employee.name ?? r.employee.id, competency: competencyLabel.get(g.competency) ?? g.competency, self: g.self, others: g.others, gap: g.gap });
    }
  }
  gaps.sort((a, b) => compareDecimal(abs(b.gap), abs(a.gap)) || a.nip.localeCompare(b.nip) || a.competency.localeCompare(b.competency));
  const withBand = results.filter((r) => r.final.band !== null);
  const rating = (t: { meets: string | number; above: string | number } | undefined) => (t === undefined ? null : { meets: String(t.meets), above: String(t.above) });
  return {
    title: labelText(lang, s.label, s.id),
    lang,
    employees,
    bands,
    thresholds: { results: rating(s.resultsRating), behaviour: rating(s.behaviour?.rating as { meets: string; above: string } | undefined) },
    matrix: (s.matrix?.cells ?? []).map((c) => ({ results: c.results, behaviour: c.behaviour, band: c.band })),
    curveLabel: options.curve === null ? "" : labelText(lang, options.curve.label as string | { id: string; en?: string } | undefined, options.curve.id),
    distribution: options.curve === null || withBand.length === 0 ? null : checkDistribution(withBand, { curve: options.curve, by: "unit" }),
    gaps: gaps.slice(0, 15),
    failed: options.failed,
  };
}
