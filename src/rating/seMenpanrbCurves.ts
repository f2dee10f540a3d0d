import * as z from "zod/mini";
import { EMPLOYEE_PREDIKATS, EMPLOYEE_PREDIKAT_LABELS, type EmployeePredikat } from "../concepts/vocabulary.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { DistributionCurveSchema, type DistributionCurve, type DistributionCurveInput } from "./distributionCurve.js";

/** The organisation predikat levels of SE MenPANRB 3/2023 (best → worst), each with its employee distribution curve. */
export const ORGANISATION_PREDIKATS = ["istimewa", "baik", "butuhPerbaikan", "kurang", "sangatKurang"] as const;

/** An organisation predikat level of SE MenPANRB 3/2023 (Istimewa, Baik, Butuh Perbaikan/Cukup, Kurang, Sangat Kurang). */
export type OrganisationPredikat = (typeof ORGANISATION_PREDIKATS)[number];

/** Schema of an {@link OrganisationPredikat}. */
export const OrganisationPredikatSchema = z.enum(ORGANISATION_PREDIKATS);

export { EMPLOYEE_PREDIKATS, EMPLOYEE_PREDIKAT_LABELS, type EmployeePredikat };

const SOURCE =
  "SE MenPANRB No. 3/2023 (Tata Cara Penetapan Predikat Kinerja Pegawai ASN, 31 Jan 2023), implementing PermenPANRB 6/2022; secondary sources (news reports of the SE), see docs/sources.md#se-menpanrb-3-2023";

const CATEGORIES: readonly { readonly id: EmployeePredikat; readonly label: { readonly id: string; readonly en: string } }[] = EMPLOYEE_PREDIKATS.map((id) => ({ id, label: EMPLOYEE_PREDIKAT_LABELS[id] }));

/** Freezes a plain-data tree so that the shipped curves cannot be changed by accident. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

type CategoryId = EmployeePredikat;
type Limits = { min?: string; max?: string; minCount?: number };

const curve = (id: OrganisationPredikat, label: string, limits: Partial<Record<CategoryId, Limits>>, groups: DistributionCurveInput["groups"] = []): DistributionCurveInput => ({
  id: `seMenpanrb3of2023.${id}`,
  label: { id: `Organisasi ${label}`, en: `Organisation rated ${label}` },
  source: SOURCE,
  categories: CATEGORIES.map((c) => ({ id: c.id, label: { ...c.label }, ...limits[c.id] })),
  groups,
});

/**
 * The distribution curves of employee predikat by organisation predikat, SE MenPANRB No. 3/2023
 * "Tata Cara Penetapan Predikat Kinerja Pegawai ASN" (signed 31 January 2023), which implements
 * PermenPANRB 6/2022. Source of the table: SE MenPANRB 3/2023, docs/sources.md#se-menpanrb-3-2023 (secondary sources
 * naikpangkat.com, jpnn.com and kompas.com reporting the SE; the SE's own text was not seen **[S]**).
 *
 * | organisation | limits on the employees' predikat |
 * |---|---|
 * | `istimewa` | Sangat Baik at most 70 % |
 * | `baik` | Baik at most 70 %; at least one Butuh Perbaikan and/or Kurang |
 * | `butuhPerbaikan` | Butuh Perbaikan at least 60 %; Sangat Baik at most 10 % |
 * | `kurang` | Kurang/Misconduct at least 60 %; Butuh Perbaikan at least 10 %; Sangat Baik at most 10 % |
 * | `sangatKurang` | Sangat Kurang at least 60 %; Kurang and/or Butuh Perbaikan at least 10 %; no Sangat Baik |
 *
 * Categories, best → worst: `sangatBaik`, `baik`, `butuhPerbaikan`, `kurang` (Kurang/Misconduct),
 * `sangatKurang`; each counts the band with the same id. When a scheme's band ids differ, map them:
 * `{ ...curve, categories: curve.categories.map((c) => ({ ...c, bands: [myBandId[c.id]] })) }`.
 *
 * Not encoded: "most employees" (sebagian besar) in the Istimewa and Baik rules is read as
 * descriptive, not as a minimum. How quotas are rounded for small units is not stated by the SE;
 * `distributionQuotas` defaults to floor for maxima and ceil for minima and lets the caller choose.
 *
 * @example
 * ```ts
 * distributionQuotas({ size: 20, curve: SE_MENPANRB_3_2023_CURVES.kurang }); // Kurang ≥ 12, BP ≥ 2, SB ≤ 2
 * ```
 */
export const SE_MENPANRB_3_2023_CURVES: Readonly<Record<OrganisationPredikat, DistributionCurveInput>> = deepFreeze({
  istimewa: curve("istimewa", "Istimewa", { sangatBaik: { max: "0.7" } }),
  baik: curve("baik", "Baik", { baik: { max: "0.7" } }, [
    {
      id: "butuhPerbaikanKurang",
      label: { id: "Butuh Perbaikan dan/atau Kurang", en: "Needs improvement and/or Poor" },
      categories: ["butuhPerbaikan", "kurang"],
      minCount: 1,
    },
  ]),
  butuhPerbaikan: curve("butuhPerbaikan", "Butuh Perbaikan", { sangatBaik: { max: "0.1" }, butuhPerbaikan: { min: "0.6" } }),
  kurang: curve("kurang", "Kurang", { sangatBaik: { max: "0.1" }, butuhPerbaikan: { min: "0.1" }, kurang: { min: "0.6" } }),
  sangatKurang: curve("sangatKurang", "Sangat Kurang", { sangatBaik: { max: "0" }, sangatKurang: { min: "0.6" } }, [
    {
      id: "butuhPerbaikanKurang",
      label: { id: "Kurang dan/atau Butuh Perbaikan", en: "Poor and/or Needs improvement" },
      categories: ["butuhPerbaikan", "kurang"],
      min: "0.1",
    },
  ]),
});

/**
 * The distribution curve an organisation predikat selects (SE MenPANRB 3/2023), validated and
 * normalised as `checkDistribution` and `calibrate` read it.
 *
 * @param predikat - the organisation's predikat
 * @returns the curve of {@link SE_MENPANRB_3_2023_CURVES} for it
 * @throws `KinerjaError` `INVALID_INPUT` for anything but the five predikat ids
 */
export function curveOfOrganisation(predikat: OrganisationPredikat): DistributionCurve {
  const p = parseWith(OrganisationPredikatSchema, predikat, "INVALID_INPUT", "organisation predikat");
  return DistributionCurveSchema.parse(SE_MENPANRB_3_2023_CURVES[p]);
}

/**
 * Checks that options name exactly one of `curve` and `organisationPredikat` (zod `superRefine` body of
 * the `checkDistribution` and `calibrate` options).
 */
export function oneCurveSource(v: { readonly curve?: unknown; readonly organisationPredikat?: unknown }, ctx: z.core.$RefinementCtx): void {
  if ((v.curve === undefined) === (v.organisationPredikat === undefined)) {
    ctx.addIssue({ code: "custom", path: ["curve"], message: "give exactly one of curve or organisationPredikat (which selects the SE MenPANRB 3/2023 curve)" });
  }
}
