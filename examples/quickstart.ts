// The README quickstart: one scheme, one employee, the result and its explanation.
import assert from "node:assert/strict";
import { defineScheme, evaluate, explain, formatLabel, formatScore } from "kinerja";

const scheme = defineScheme({
  id: "unit-scorecard",
  perspectives: [
    { id: "customer", label: { id: "Pelanggan", en: "Customer" }, weight: 60 },
    { id: "internal", label: { id: "Proses Internal", en: "Internal process" }, weight: 40 },
  ],
  indicators: [
    { id: "ikm", perspective: "customer", label: "Indeks Kepuasan Masyarakat", target: 85, cap: 120 },
    { id: "leadTime", perspective: "internal", label: "Waktu layanan (hari)", direction: "lower", target: 3, floor: 0 },
  ],
  bands: { table: [{ id: "kurang", label: "Kurang", max: 90 }, { id: "baik", label: "Baik", min: 90 }] },
});
const result = evaluate(scheme, {
  employee: { id: "199001012015011001", name: "Dewi Lestari" },
  actuals: [{ indicator: "ikm", actual: "88.4" }, { indicator: "leadTime", actual: 2.5 }],
});
console.log(result.final); // { score: '109.07', band: { id: 'baik', label: { id: 'Baik' } } }
console.log(explain(result, { locale: "en" }));

// 88.4/85 = 104 %; lead time reflected: (2 − 2.5/3) × 100 = 116.67 %; 0.6 × 104 + 0.4 × 116.666… = 109.0666… → 109.07
assert.equal(result.final.score, "109.07");
assert.equal(result.final.band?.id, "baik");
assert.equal(formatScore(result.final.score), "109,07");
assert.equal(formatScore(result.final.score, { locale: "en" }), "109.07");
assert.equal(formatLabel(result.final.band), "Baik");
