// For an app: a scheme form validated in one round with Indonesian messages, the shipped JSON Schema
// for the form's help texts, and results printed without a decimal library.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { compile, evaluate, formatLabel, formatScore, validateAppraisal, validateScheme } from "kinerja";

// What a form might post: a typo in a perspective, a decimal comma, an unknown direction, a band gap.
const posted: unknown = {
  id: "unit-2026",
  perspectives: [{ id: "layanan", label: "Layanan" }],
  indicators: [
    { id: "ikm", perspective: "layanan", label: "IKM", target: "85,5" },
    { id: "waktu", perspective: "layanann", label: "Waktu layanan", target: 3, direction: "lebih kecil" },
  ],
  bands: { table: [{ id: "kurang", label: "Kurang", max: 80 }, { id: "baik", label: "Baik", min: 90 }] },
};
const v = validateScheme(posted);
assert.equal(v.success, false);
if (!v.success) {
  for (const i of v.issues) console.log(`${i.at}: ${i.message.id}`);
  const at = Object.fromEntries(v.issues.map((i) => [i.at, i]));
  assert.equal(at["indicators[0].target"]?.message.id, 'harus berupa bilangan desimal, mis. 87.5 atau "87.5"');
  assert.equal(at["indicators[1].perspective"]?.message.id, "perspektif 'layanann' tidak ada dalam skema");
  assert.deepEqual(at["indicators[1].direction"]?.params.values, ["higher", "lower", "range", "binary"]);
  assert.equal(at["bands.table[1].min"]?.code, "band_gap");
}

// The JSON Schema shipped with the package: titles and descriptions for the form (Indonesian, English in x-en).
const schema = createRequire(import.meta.url)("kinerja/schema/scheme.json") as {
  properties: { indicators: { items: { properties: Record<string, { title: string; "x-en": { title: string } }> } } };
};
const target = schema.properties.indicators.items.properties["target"];
console.log(`\nform field "target": ${target?.title} / ${target?.["x-en"].title}`);
assert.equal(target?.title, "Target");

// Fixed, the scheme validates, and an appraisal is checked against it.
const fixed = validateScheme({
  id: "unit-2026",
  perspectives: [{ id: "layanan", label: "Layanan" }],
  indicators: [
    { id: "ikm", perspective: "layanan", label: "IKM", target: "85.5" },
    { id: "waktu", perspective: "layanan", label: "Waktu layanan", target: 3, direction: "lower" },
  ],
  bands: { table: [{ id: "kurang", label: "Kurang", max: 90 }, { id: "baik", label: { id: "Baik", en: "Good" }, min: 90 }] },
});
assert.ok(fixed.success);
const plan = compile(fixed.data);
const wrong = validateAppraisal({ employee: { id: "E1" }, actuals: [{ indicator: "ikm", actual: 90 }, { indicator: "ikmm", actual: 1 }] }, { plan });
assert.ok(!wrong.success && wrong.issues[0]?.message.id === "indikator 'ikmm' tidak ada dalam skema");

// Printing: ikm 90/85.5 × 100 = 105.263…, waktu (2 − 2.5/3) × 100 = 116.666…; equal weights → 110.964… → 110.96.
const r = evaluate(plan, { employee: { id: "E1" }, actuals: [{ indicator: "ikm", actual: 90 }, { indicator: "waktu", actual: "2.5" }] });
console.log(`\nnilai akhir ${formatScore(r.final.score)} (${formatLabel(r.final.band)}); final score ${formatScore(r.final.score, { locale: "en" })} (${formatLabel(r.final.band, { locale: "en" })})`);
assert.equal(formatScore(r.final.score), "110,96");
assert.equal(formatLabel(r.final.band, { locale: "en" }), "Good");
assert.equal(formatScore(r.indicators[0]?.achievement, { places: 1, locale: "en" }), "105.3");
