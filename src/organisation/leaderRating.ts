import * as z from "zod/mini";
import { RATING_LEVELS, type RatingLevel } from "../concepts/vocabulary.js";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { OrganisationPredikatSchema, ORGANISATION_PREDIKATS, type OrganisationPredikat } from "../rating/seMenpanrbCurves.js";
import type { AppraisalInput } from "../schema/appraisal.js";
import { IdSchema } from "../schema/primitives.js";
import type { SchemeInput } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";

/**
 * Policy `leaderRatingFromUnit` (default): the leader's Rating Hasil Kerja from the unit's predikat.
 * SE MenPANRB 3/2023 says that the rating hasil kerja of an employee who leads a unit is the unit's
 * achievement, but not how five organisation levels map onto three ratings; this map is the suggested
 * reading (an unconfirmed choice): Istimewa → Di Atas, Baik → Sesuai, the rest → Di Bawah Ekspektasi.
 */
export const LEADER_RATING_FROM_UNIT: Readonly<Record<OrganisationPredikat, RatingLevel>> = Object.freeze({
  istimewa: "above",
  baik: "meets",
  butuhPerbaikan: "below",
  kurang: "below",
  sangatKurang: "below",
});

/** The points of each organisation predikat on the leader's single results indicator: its rank (Sangat Kurang 1 … Istimewa 5). */
const POINTS: Readonly<Record<OrganisationPredikat, number>> = { istimewa: 5, baik: 4, butuhPerbaikan: 3, kurang: 2, sangatKurang: 1 };

const Level = z.enum(RATING_LEVELS);
const MapSchema = z.strictObject({ istimewa: Level, baik: Level, butuhPerbaikan: Level, kurang: Level, sangatKurang: Level });

/** Input of {@link leaderScheme}. */
export interface LeaderSchemeInput {
  /** The employees' scheme (e.g. from `scheme6_2022`): its behaviour model, matrix and bands are kept. */
  readonly scheme: SchemeInput;
  /** Id of the leader's one results indicator (default `capaianUnit`). */
  readonly indicator?: string | undefined;
  /** The map from unit predikat to rating (default {@link LEADER_RATING_FROM_UNIT}); must not rate a worse predikat higher. */
  readonly ratingFromUnit?: Readonly<Record<OrganisationPredikat, RatingLevel>> | undefined;
}

const SchemeOptions = z.strictObject({
  scheme: z.looseObject({ indicators: z.array(z.unknown()) }),
  indicator: z._default(IdSchema, "capaianUnit"),
  ratingFromUnit: z._default(MapSchema, { ...LEADER_RATING_FROM_UNIT }),
});

/**
 * The scheme of a unit leader, in which **the leader's Rating Hasil Kerja is the unit's achievement**
 * (SE MenPANRB 3/2023 on PermenPANRB 6/2022). It is the employees' scheme with one results indicator,
 * `capaianUnit`: the actual is the unit's predikat as its rank (Sangat Kurang 1 … Istimewa 5, filled in by
 * {@link leaderAppraisal}), the target is 4 (Baik), the score is rank ÷ 4 × 100 (25 … 125), and the
 * scheme's `resultsRating` thresholds are set so that each predikat gets the rating of `ratingFromUnit`.
 * The engine then evaluates the leader like anyone else: perilaku from the 360° ratings, the predikat from
 * the matrix. The scheme's `additions` are dropped (they would move the results score off the unit's predikat).
 *
 * @param input - `{ scheme, indicator?, ratingFromUnit? }`
 * @returns the leader's scheme
 * @throws `KinerjaError` `INVALID_INPUT` when the map rates a worse predikat above a better one
 * @example
 * ```ts
 * const plan = compile(leaderScheme({ scheme: scheme6_2022({...}) }));
 * evaluate(plan, leaderAppraisal({ appraisal, organisationPredikat: "istimewa" })).resultsRating?.id; // "above"
 * ```
 */
export function leaderScheme(input: LeaderSchemeInput): SchemeInput {
  const v = parseWith(SchemeOptions, input, "INVALID_INPUT", "leader scheme input");
  const order: readonly RatingLevel[] = RATING_LEVELS;
  // Worst → best predikat; the rating must never go down.
  const worstFirst = [...ORGANISATION_PREDIKATS].reverse();
  const bad = worstFirst.findIndex((p, i) => i > 0 && order.indexOf(v.ratingFromUnit[p]) < order.indexOf(v.ratingFromUnit[worstFirst[i - 1] as OrganisationPredikat]));
  if (bad >= 0) {
    throw new KinerjaError("INVALID_INPUT", "invalid leader scheme input", [
      issue(["ratingFromUnit", worstFirst[bad] as string], "not_monotone", "a better unit predikat must not give the leader a lower rating"),
    ]);
  }
  const score = (p: OrganisationPredikat): number => POINTS[p] * 25;
  const lowest = (level: RatingLevel): number => {
    const at = worstFirst.filter((p) => order.indexOf(v.ratingFromUnit[p]) >= order.indexOf(level)).map(score);
    return at.length === 0 ? 126 : Math.min(...at);
  };
  const meets = lowest("meets");
  const above = Math.max(lowest("above"), meets);
  // Additions (e.g. kinerja tambahan) would move the results score off the unit's predikat: the leader's
  // results rating is the unit's achievement alone.
  const { additions: _additions, ...base } = input.scheme;
  const perspective = base.perspectives?.[0]?.id ?? "capaianUnit";
  return {
    ...base,
    ...(base.perspectives === undefined ? { perspectives: [{ id: perspective, label: { id: "Capaian unit", en: "Unit achievement" } }] } : { perspectives: [base.perspectives[0] as NonNullable<SchemeInput["perspectives"]>[number]] }),
    objectives: [],
    indicators: [
      {
        id: v.indicator,
        label: { id: "Capaian kinerja unit yang dipimpin (predikat organisasi, 1–5)", en: "Achievement of the unit led (organisation predikat, 1–5)" },
        perspective,
        weight: "100",
        target: "4",
        method: { kind: "ratio" },
      },
    ],
    resultsRating: { meets: String(meets), above: String(above) },
  };
}

const AppraisalOptions = z.strictObject({
  appraisal: z.looseObject({}),
  organisationPredikat: OrganisationPredikatSchema,
  indicator: z._default(IdSchema, "capaianUnit"),
});

/**
 * The leader's appraisal for a {@link leaderScheme}: the given appraisal (360° ratings, facts, period) with
 * the one actual of the unit's predikat as its rank (Sangat Kurang 1 … Istimewa 5).
 *
 * @param input - `{ appraisal, organisationPredikat, indicator? }`
 * @returns a new appraisal (the argument is not changed)
 * @throws `KinerjaError` `INVALID_INPUT` for an unknown predikat
 */
export function leaderAppraisal(input: { readonly appraisal: AppraisalInput; readonly organisationPredikat: OrganisationPredikat; readonly indicator?: string | undefined }): AppraisalInput {
  const v = parseWith(AppraisalOptions, input, "INVALID_INPUT", "leader appraisal input");
  return { ...input.appraisal, actuals: [{ indicator: v.indicator, actual: String(POINTS[v.organisationPredikat]) }] };
}
