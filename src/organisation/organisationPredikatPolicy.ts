import * as z from "zod/mini";
import { Dec } from "../math/decimal.js";
import { DecimalInputSchema, NonNegativeDecimalSchema } from "../schema/primitives.js";
import type { Label } from "../schema/scheme.js";
import type { OrganisationPredikat } from "../rating/seMenpanrbCurves.js";

/** Labels of the organisation predikat levels (SE MenPANRB 3/2023). */
export const ORGANISATION_PREDIKAT_LABELS: Readonly<Record<OrganisationPredikat, Label>> = Object.freeze({
  istimewa: Object.freeze({ id: "Istimewa", en: "Outstanding" }),
  baik: Object.freeze({ id: "Baik", en: "Good" }),
  butuhPerbaikan: Object.freeze({ id: "Butuh Perbaikan/Cukup", en: "Needs improvement" }),
  kurang: Object.freeze({ id: "Kurang", en: "Poor" }),
  sangatKurang: Object.freeze({ id: "Sangat Kurang", en: "Very poor" }),
});

/**
 * The named policy that turns an organisation scorecard into its predikat. SE MenPANRB 3/2023 names the
 * stages (periodic predikat from the progress of the rencana aksi; annual predikat from the achievement of
 * the perjanjian kinerja and the expectation for the unit) and two anchors only — periodic targets exceeded
 * → Istimewa, most actions without progress → Sangat Kurang — but gives no numeric rule for every step.
 * Each step is therefore a field of this policy, with a default and its source.
 */
export const OrganisationPredikatPolicySchema = z.strictObject({
  /** Policy id recorded in the result (change it when you change a field). */
  id: z._default(z.string().check(z.minLength(1), z.maxLength(100)), "kinerja.orgPredikat.meanCapaian.v1"),
  /**
   * Highest capaian of one indicator or action, in percent (default 120, the cap PermenPANRB 8/2021
   * puts on a nilai capaian IKI; a choice, not a rule of the SE).
   */
  cap: z._default(DecimalInputSchema, "120"),
  /**
   * Lower edges of the levels on the mean capaian *c* (percent), half-open and gap-free:
   * c ≥ `istimewa` Istimewa; ≥ `baik` Baik; ≥ `butuhPerbaikan` Butuh Perbaikan; ≥ `kurang` Kurang; below, Sangat Kurang.
   * Default 101 / 100 / 80 / 60: the PermenPANRB 8/2021 capaian categories (101–110 Sangat Baik, 100 Baik,
   * 80–99 Cukup, 60–79 Kurang, 0–59 Sangat Kurang) with their integer gaps closed, "targets exceeded"
   * (the SE's Istimewa anchor) read as c ≥ 101.
   */
  edges: z._default(z.strictObject({ istimewa: z._default(DecimalInputSchema, "101"), baik: z._default(DecimalInputSchema, "100"), butuhPerbaikan: z._default(DecimalInputSchema, "80"), kurang: z._default(DecimalInputSchema, "60") }), { istimewa: "101", baik: "100", butuhPerbaikan: "80", kurang: "60" }).check(z.refine((e) => {
      const d = [e.kurang, e.butuhPerbaikan, e.baik, e.istimewa].map((x) => new Dec(x));
      return d.every((x, i) => i === 0 || (d[i - 1] as Dec).lt(x));
    }, "each edge must be above the one below: kurang < butuhPerbaikan < baik < istimewa")),
  /**
   * The SE's other anchor, "most actions without progress → Sangat Kurang": when more than this share
   * (0–1) of the scored actions have a realisation of 0, the predikat is Sangat Kurang whatever *c* is.
   * Default 0.5 ("most" read as more than half). `null` switches the anchor off.
   */
  noProgressShare: z._default(z.nullable(NonNegativeDecimalSchema), "0.5"),
});

/** The organisation predikat policy as written in JSON (every field optional). */
export type OrganisationPredikatPolicyInput = z.input<typeof OrganisationPredikatPolicySchema>;
/** A validated organisation predikat policy. */
export type OrganisationPredikatPolicy = z.output<typeof OrganisationPredikatPolicySchema>;
