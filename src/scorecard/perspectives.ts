import type * as z from "zod/mini";
import type { PerspectiveSchema } from "../schema/scheme.js";

/** A perspective as written in a scheme. */
export type PerspectiveInput = z.input<typeof PerspectiveSchema>;

/**
 * The four Balanced Scorecard perspectives of Kaplan & Norton (financial, customer, internal process,
 * learning and growth), equally weighted — the default of every scheme.
 *
 * @example
 * ```ts
 * const scheme = { id: "bsc", perspectives: balancedScorecardPerspectives(), indicators: [...] };
 * ```
 */
export function balancedScorecardPerspectives(): PerspectiveInput[] {
  return [
    { id: "financial", label: { id: "Keuangan", en: "Financial" } },
    { id: "customer", label: { id: "Pelanggan", en: "Customer" } },
    { id: "internalProcess", label: { id: "Proses Bisnis Internal", en: "Internal process" } },
    { id: "learningGrowth", label: { id: "Pembelajaran dan Pertumbuhan", en: "Learning and growth" } },
  ];
}

/**
 * The public-sector variant (Niven; FreeBalance): stakeholders and the community on top, then internal
 * process, learning and growth, and the budget (financial stewardship) as an enabling perspective.
 * Weights are relative and can be changed on the returned objects.
 *
 * @example
 * ```ts
 * const perspectives = publicSectorPerspectives().map((p) => ({ ...p, weight: p.id === "stakeholder" ? 40 : 20 }));
 * ```
 */
export function publicSectorPerspectives(): PerspectiveInput[] {
  return [
    { id: "stakeholder", label: { id: "Pemangku Kepentingan dan Masyarakat", en: "Stakeholders and community" } },
    { id: "internalProcess", label: { id: "Proses Bisnis Internal", en: "Internal process" } },
    { id: "learningGrowth", label: { id: "Pembelajaran dan Pertumbuhan", en: "Learning and growth" } },
    { id: "budget", label: { id: "Anggaran", en: "Budget" } },
  ];
}
