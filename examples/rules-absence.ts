// PP 94/2021 (Disiplin PNS): the sanction ladder for unexcused absence as rule DATA
// (examples/data/rules-pp94-absence.json: one exclusive group, the heaviest matching sanction wins).
// Worked employees: 15 days → allowance −25 % for 9 months; 3 days → teguran lisan; 28 days → PDH.
//   Run: npx tsx examples/rules-absence.ts
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { applyRules, explainRules, type FactDeclarationInput, type RulePolicyInput } from "kinerja";

const data = JSON.parse(readFileSync(new URL("./data/rules-pp94-absence.json", import.meta.url), "utf8")) as {
  source: string;
  declarations: FactDeclarationInput[];
  policy: RulePolicyInput;
};

function sanction(days: number, consecutive = 0) {
  return applyRules({
    policy: data.policy,
    declarations: data.declarations,
    facts: { "absence.unexcusedDays": days, "absence.consecutiveDays": consecutive },
  });
}

// 1. Fifteen unexcused working days in the year → −25 % tukin for 9 months (14–16 days).
const fifteen = sanction(15);
console.log("15 hari tidak masuk kerja tanpa alasan sah:");
for (const line of explainRules(fifteen, { locale: "id" })) console.log(`  ${line}`);
assert.deepEqual(fifteen.fired.map((f) => f.rule), ["tukin-25-9"]);
assert.equal(fifteen.totals.allowanceDeduction.capped, "25");
assert.equal(fifteen.totals.allowanceDeduction.months, 9);

// 2. Three days → teguran lisan (a light sanction, no tukin cut in the PP itself).
const three = sanction(3);
console.log("\n3 days absent:");
for (const line of explainRules(three, { locale: "en" }).slice(0, 2)) console.log(`  ${line}`);
assert.deepEqual(three.totals.warnings, ["teguranLisan"]);
assert.equal(three.totals.allowanceDeduction.capped, "0");

// 3. Twenty-eight days → PDH TAPS (dismissal).
const twentyEight = sanction(28);
console.log("\n28 days absent:");
for (const line of explainRules(twentyEight, { locale: "en" }).slice(0, 2)) console.log(`  ${line}`);
assert.equal(twentyEight.outcomes[0]?.type, "dismissal");

// The whole ladder, one line per number of days.
console.log("\nPP 94/2021 ladder:");
for (const days of [2, 3, 5, 8, 12, 15, 18, 22, 26, 30]) {
  const r = sanction(days);
  console.log(`  ${String(days).padStart(2)} days → ${r.fired[0]?.rule ?? "—"}`);
}
