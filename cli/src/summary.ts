import { checkDistribution, summarize, type DistributionCheck, type DistributionCurveInput, type Plan, type Result, type ScoreSummary } from "kinerja";
import { detach } from "./detach.js";
import { labelText, type Lang } from "./i18n.js";
import type { RowOutcome } from "./scoreRows.js";

/** What the rating functions read of a result (they validate only these fields), and the name for messages. */
export interface Compact {
  readonly employee: { readonly id: string; readonly unit: string | null; readonly name: string | null };
  readonly final: { readonly score: string; readonly band: { readonly id: string } | null };
}

/** The summary of a run: per-unit statistics and the distribution against the curve. */
export interface RunSummary {
  readonly rows: number;
  readonly scored: number;
  readonly failed: number;
  /** Per unit (the library's `summarize`), without the per-employee standings. */
  readonly units: readonly Omit<ScoreSummary, "employees">[];
  /** The predikat distribution per unit against the curve (`checkDistribution`), or null without a curve. */
  readonly distribution: DistributionCheck | null;
}

/** Per unit: the final score and band of each scored employee, as shared (interned) texts. */
interface UnitScores {
  readonly scores: string[];
  readonly bands: (string | null)[];
}

/**
 * Collects what the summary needs. Per unit it keeps each scored employee's final score and band as
 * shared texts (scores have few distinct values), so about a pointer or two per row; with
 * `employees: true` (for `kinerja calibrate`, which must name the employees it moves) it keeps the NIP,
 * name, unit, score and band of each. At the end it calls the library's `summarize` and
 * `checkDistribution`.
 */
export class SummaryCollector {
  #rows = 0;
  #failed = 0;
  #scoredCount = 0;
  readonly #keepEmployees: boolean;
  readonly #scored: Compact[] = [];
  readonly #units = new Map<string | null, UnitScores>();
  readonly #texts = new Map<string, string>();

  constructor(options: { readonly employees?: boolean | undefined } = {}) {
    this.#keepEmployees = options.employees ?? false;
  }

  /** One detached copy per distinct text (unit, band, score). */
  #shared(text: string): string {
    const known = this.#texts.get(text);
    if (known !== undefined) return known;
    const copy = detach(text);
    this.#texts.set(copy, copy);
    return copy;
  }

  add(o: RowOutcome): void {
    this.#rows++;
    if (!o.ok) {
      this.#failed++;
      return;
    }
    this.#scoredCount++;
    const s = o.score;
    const unit = s.employee.unit === null ? null : this.#shared(s.employee.unit);
    const score = this.#shared(s.final.score);
    const band = s.final.band ? this.#shared(s.final.band.id) : null;
    if (this.#keepEmployees) {
      this.#scored.push({ employee: { id: detach(s.employee.id), unit, name: s.employee.name === null ? null : detach(s.employee.name) }, final: { score, band: band === null ? null : { id: band } } });
    }
    let u = this.#units.get(unit);
    if (u === undefined) {
      u = { scores: [], bands: [] };
      this.#units.set(unit, u);
    }
    u.scores.push(score);
    u.bands.push(band);
  }

  /** Rows seen so far (scored + failed). */
  get rows(): number {
    return this.#rows;
  }

  /** Rows that failed so far. */
  get failed(): number {
    return this.#failed;
  }

  /** The scored employees (NIP, name, unit, final score and band); empty unless made with `employees: true`. */
  get results(): readonly Compact[] {
    return this.#scored;
  }

  /**
   * The per-unit summary and distribution. The library's `summarize` and `checkDistribution` run one
   * unit at a time, so that their working memory follows the largest unit, not the whole file.
   */
  finish(options: { readonly curve: DistributionCurveInput | null }): RunSummary {
    const units = [...this.#units.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
    const summaries: Omit<ScoreSummary, "employees">[] = [];
    const groups: DistributionCheck["groups"][number][] = [];
    let first: DistributionCheck | null = null;
    for (const unit of units) {
      const u = this.#units.get(unit) as UnitScores;
      // The rating functions read employee.id, unit, final score and band; the ids here only number the
      // employees of this unit (the per-employee standings are not part of the summary).
      const results = u.scores.map((score, i) => ({ employee: { id: String(i + 1), unit }, final: { score, band: u.bands[i] === null ? null : { id: u.bands[i] } } })) as unknown as Result[];
      const { employees: _e, ...g } = summarize(results, { by: "unit" }).groups[0] as ScoreSummary;
      summaries.push(g);
      const withBand = results.filter((r) => r.final.band !== null);
      if (options.curve !== null && withBand.length > 0) {
        const check = checkDistribution(withBand, { curve: options.curve, by: "unit" });
        first ??= check;
        groups.push(...check.groups);
      }
    }
    const distribution = first === null ? null : { ...first, ok: groups.every((g) => g.ok), groups };
    return { rows: this.#rows, scored: this.#scoredCount, failed: this.#failed, units: summaries, distribution };
  }
}

/** A band id (or a curve category id, which the curve shares with the scheme's bands) in words. */
export function bandNamer(plan: Plan, curve: DistributionCurveInput | null, lang: Lang): (id: string) => string {
  const names = new Map<string, string>();
  for (const c of curve?.categories ?? []) names.set(c.id, labelText(lang, c.label, c.id));
  for (const b of plan.scheme.bands?.table ?? []) names.set(b.id, labelText(lang, b.label, b.id));
  return (id) => names.get(id) ?? id;
}

/** The curve for a plan: the given curve when every band of the scheme is one of its categories, else null. */
export function curveFor(plan: Plan, curve: DistributionCurveInput): DistributionCurveInput | null {
  const categories = new Set(curve.categories.map((c) => c.id));
  const bands = plan.scheme.bands?.table ?? [];
  return bands.length > 0 && bands.every((b) => categories.has(b.id)) ? curve : null;
}
