import fc from "fast-check";

// The seed of every property: pinned from FC_SEED (required in CI), random otherwise.
// fast-check prints the seed and the shrunk counterexample on failure; replay with FC_SEED=<seed>.
const raw = process.env["FC_SEED"];
if (process.env["CI"] && raw === undefined) {
  throw new Error("FC_SEED must be set in CI so that every property run can be replayed");
}
const seed = raw === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(raw);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${raw}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed, numRuns: process.env["CI"] ? 300 : 100 });
