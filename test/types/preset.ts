// Type tests (checked by `npm run typecheck`, not run): the Preset contract. Each `@ts-expect-error`
// below must meet an error; if Preset stopped requiring the field (or the presets stopped satisfying it),
// the directive would be unused and the typecheck would fail.
import type { Preset } from "../../src/index.js";
import { career, ikm14_2017, permenpanrb6_2022, pp30_2019, pp46_2011, publicSectorBsc, sakip88_2021 } from "../../src/presets/index.js";

// Every preset object exported today is a Preset.
export const all: readonly Preset[] = [pp46_2011, pp30_2019, permenpanrb6_2022, ikm14_2017, sakip88_2021, publicSectorBsc, career];

const complete = {
  id: "acme",
  title: { id: "ACME", en: "ACME" },
  sources: [{ regulation: "Peraturan ACME 1/2026", provision: null, about: "everything", url: null, confidence: "unconfirmed" }],
  scheme: null,
  formulas: [],
  bands: null,
  calculators: {},
  examples: {},
} as const;
export const ok = complete satisfies Preset;

// A preset without its sources.
const { sources: _sources, ...noSources } = complete;
// @ts-expect-error — `sources` is missing
export const missingSources = noSources satisfies Preset;

// A preset without calculators.
const { calculators: _calculators, ...noCalculators } = complete;
// @ts-expect-error — `calculators` is missing
export const missingCalculators = noCalculators satisfies Preset;

// A preset whose title is not bilingual.
// @ts-expect-error — `title.en` is missing
export const monolingual = { ...complete, title: { id: "ACME" } } satisfies Preset;

// A source with a confidence that is not one of the four.
// @ts-expect-error — "likely" is not a SourceConfidence
export const unsure = { ...complete, sources: [{ ...complete.sources[0], confidence: "likely" }] } satisfies Preset;

// The preset objects keep their own members' types (satisfies does not widen them).
export const typed: string = pp30_2019.calculators.capaianIki({ realisasi: 70, target: 80 }).value;
