// Tunjangan kinerja (tukin) cuts as rule DATA, with the paid allowance:
//  1. the tunjangan kinerja deduction tables, docs/sources.md#methods worked example (older PTK table: absent 5 %/day, TL 0.5 / 1 / 1.25 / 1.5 %):
//     Rp 4,800,000 with 1 absent day, 2 × TL1 and 1 × TL3 → 7.25 % → paid Rp 4,452,000;
//  2. one agency table, Permentan 68/2012 (Kementan): absent 4 %/day, TL/PSW 0.5 / 1 / 1.5 / 2 %,
//     disciplinary sanctions 20–100 % for 1–12 months, all stacking, capped at 100 %;
//  3. a per-day cap: TL4 (2.5 %) + PSW2 (1 %) on one day under a 2.5 % daily cap → 2.5 %.
//   Run: npx tsx examples/rules-tukin.ts
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { allowanceAfterDeduction, applyRules, explainRules, type FactDeclarationInput, type FactValueInput, type RulePolicyInput } from "kinerja";

interface RuleFile {
  source: string;
  declarations: FactDeclarationInput[];
  policy: RulePolicyInput;
}
const read = (file: string): RuleFile => JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), "utf8")) as RuleFile;

/** A month's attendance record: every count 0 except those given. */
function month(counts: Record<string, number>): Record<string, FactValueInput> {
  const facts: Record<string, FactValueInput> = {};
  for (const k of ["absent", "tl1", "tl2", "tl3", "tl4", "psw1", "psw2", "psw3", "psw4"]) facts[`attendance.${k}`] = counts[k] ?? 0;
  return facts;
}

// 1. tunjangan kinerja deduction tables, docs/sources.md#methods
const ptk = read("rules-ptk-tukin.json");
const worked = applyRules({ policy: ptk.policy, declarations: ptk.declarations, facts: { allowance: 4_800_000, ...month({ absent: 1, tl1: 2, tl3: 1 }) } });
console.log("tunjangan kinerja deduction tables, docs/sources.md#methods (PTK table):");
for (const line of explainRules(worked, { locale: "en" }).filter((l) => !l.startsWith("✘"))) console.log(`  ${line}`);
assert.equal(worked.totals.allowanceDeduction.capped, "7.25");
assert.equal(worked.totals.allowance?.deduction, "348000");
assert.equal(worked.totals.allowance?.paid, "4452000");
assert.equal(allowanceAfterDeduction({ allowance: 4_800_000, percent: "7.25" }).paid, "4452000");

// 2. Permentan 68/2012: a worked employee with Rp 5,000,000 a month.
const kementan = read("rules-permentan68-tukin.json");
const employee = applyRules({
  policy: kementan.policy,
  declarations: kementan.declarations,
  facts: { allowance: 5_000_000, "discipline.sanction": "none", ...month({ absent: 1, tl1: 3, tl3: 1, psw2: 1, psw4: 1 }) },
});
console.log("\nPermentan 68/2012 — 1 hari tidak masuk, 3 × TL1, 1 × TL3, 1 × PSW2, 1 × PSW4:");
for (const line of explainRules(employee, { locale: "id" }).filter((l) => !l.startsWith("✘"))) console.log(`  ${line}`);
// 4 + 3 × 0.5 + 1.5 + 1 + 2 = 10 % of Rp 5,000,000
assert.equal(employee.totals.allowanceDeduction.capped, "10");
assert.equal(employee.totals.allowance?.paid, "4500000");

const reprimanded = applyRules({
  policy: kementan.policy,
  declarations: kementan.declarations,
  facts: { allowance: 5_000_000, "discipline.sanction": "teguranTertulis", ...month({ tl2: 2 }) },
});
// teguran tertulis 30 % (2 months) + 2 × TL2 1 % = 32 %
assert.equal(reprimanded.totals.allowanceDeduction.capped, "32");
assert.equal(reprimanded.totals.allowanceDeduction.months, 2);
console.log(`\nTeguran tertulis + 2 × TL2: ${reprimanded.totals.allowanceDeduction.capped} % → paid Rp ${reprimanded.totals.allowance?.paid}`);

// 3. A daily cap (a stack group with a cap of 2.5 %), evaluated for one day.
const daily = read("rules-daily-cap.json");
const day = applyRules({
  policy: daily.policy,
  declarations: daily.declarations,
  facts: Object.fromEntries(daily.declarations.map((d) => [d.id, d.id === "day.tl4" || d.id === "day.psw2"])),
});
console.log(`\nTL4 + PSW2 on one day: uncapped ${day.totals.allowanceDeduction.uncapped} % → ${day.totals.allowanceDeduction.capped} %`);
assert.equal(day.totals.allowanceDeduction.capped, "2.5");
