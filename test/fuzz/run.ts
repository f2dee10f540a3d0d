// `npm run fuzz [-- --budget=200000] [--seed=n] [--only=name]`: the fuzz harness over every export with a
// budget of runs spread evenly; prints the runs per export and every defect; exits 1 when there is one.
import { performance } from "node:perf_hooks";
import { fuzzTarget, targets } from "./harness.js";

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const budget = Number(arg("budget") ?? 200_000);
const seed = Number(arg("seed") ?? process.env["FC_SEED"] ?? Date.now() % 2 ** 31);
const only = arg("only");
const all = targets().filter((t) => only === undefined || t.name === only);
const per = Math.ceil(budget / all.length);
const started = performance.now();
let total = 0;
let defects = 0;
console.log(`fuzz: ${all.length} exports × ${per} runs (budget ${budget}), seed ${seed}`);
for (const t of all) {
  const t0 = performance.now();
  const r = await fuzzTarget(t, per, seed);
  total += r.runs;
  defects += r.defects.length;
  console.log(`${String(r.runs).padStart(8)}  ${t.name.padEnd(48)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s${r.defects.length > 0 ? `  DEFECTS: ${r.defects.join(" | ")}` : ""}`);
}
console.log(`fuzz: ${total} runs over ${all.length} exports in ${((performance.now() - started) / 1000).toFixed(0)} s, ${defects} defect${defects === 1 ? "" : "s"} (seed ${seed})`);
process.exit(defects > 0 ? 1 : 0);
