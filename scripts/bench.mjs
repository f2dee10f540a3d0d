#!/usr/bin/env node
// npm run bench — the performance benchmark (never part of npm test; docs/batch.md has the figures).
//
//   node scripts/bench.mjs [--quick] [--json] [--n=100000,1000000] [--micro=1000] [--rounds=3]
//                          [--workers=2] [--dist=dist] [--detail=score|result] [--trace] [--keep-output]
//
// 1. Micro: on one generated workload (12 indicators in 4 perspectives, 8 raters × 7 competencies,
//    70/30 composition, 5 bands) it times, in this process, a plain float64 loop, a naive decimal.js
//    version and kinerja's compiled path score(plan, appraisal), checks that they agree on the final score
//    and band, and prints µs per employee and the ratios against the targets; for reference it also times
//    evaluate(plan, appraisal), the full explained result (trace, 360° report), which is not a contender.
// 1b. The zoo: score(plan, appraisal) on every preset and the demo agency next to a float64 loop over the
//    same input (scripts/bench/zoo.mjs), with the default validation and with compile's
//    `validation: compiledValidation()`; 1c. evaluate against the float loop on the bench workload.
// 2. End to end: NDJSON file → scoreStream (detail "score", or --detail=result) → NDJSON, once per N, each in a child process (so its peak
//    RSS is its own), next to a baseline of JSON.parse + JSON.stringify of the same records in the same
//    child; then the same with worker threads for the smallest N.
// --json prints every figure as one JSON object on the last line. Progress and ETAs go to stderr.
// It imports the BUILT package (`<dist>/index.js`, `<dist>/node/index.js`): run `npm run build` first.
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MODEL, benchAppraisal, benchScheme } from "./bench/workload.mjs";
import { floatScore, naiveDecimalScore, prepare } from "./bench/contenders.mjs";
import { shapeFloat, zoo } from "./bench/zoo.mjs";
import { ratingBench } from "./bench/rating.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Map(
  process.argv.slice(2).map((a) => {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a}`);
    return [m[1], m[2] ?? "true"];
  }),
);
const flag = (name) => args.get(name) === "true";
const QUICK = flag("quick");
const DIST = resolve(ROOT, args.get("dist") ?? "dist");
const TRACE = flag("trace");
const DETAIL = args.get("detail") ?? "score";
if (DETAIL !== "score" && DETAIL !== "result") throw new Error("--detail must be score or result");

const log = (...xs) => process.stderr.write(`[bench] ${xs.join(" ")}\n`);
const fmtTime = (ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : ms < 120_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);

async function load() {
  try {
    const core = await import(pathToFileURL(join(DIST, "index.js")).href);
    const node = await import(pathToFileURL(join(DIST, "node", "index.js")).href);
    const presets = await import(pathToFileURL(join(DIST, "presets", "index.js")).href);
    return { core, node, presets };
  } catch (e) {
    console.error(`Cannot load the built package from ${DIST} (run \`npm run build\`, or pass --dist=<dir>): ${e.message}`);
    process.exit(2);
  }
}

/** Splits an NDJSON file into lines in batches (the baseline's reader: the same 1 MiB reads as scoreStream). */
async function* lineBatches(path, size) {
  let rest = "";
  let batch = [];
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const s = rest + chunk;
    let start = 0;
    for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", start)) {
      if (i > start) batch.push(s.slice(start, i));
      start = i + 1;
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    rest = s.slice(start);
  }
  if (rest !== "") batch.push(rest);
  if (batch.length > 0) yield batch;
}

/** Writes with backpressure. */
function writer(path) {
  const out = createWriteStream(path);
  return {
    write: (text) => (out.write(text) ? undefined : new Promise((r) => out.once("drain", r))),
    end: () => new Promise((r) => out.end(r)),
  };
}

// ---------------------------------------------------------------------------------------------------
// Child: one end-to-end run.
async function child() {
  const { core, node } = await load();
  const input = args.get("input");
  const n = Number(args.get("n"));
  const workers = Number(args.get("workers") ?? "0");
  const output = args.get("output") ?? devNull;
  const label = `e2e N=${n} workers=${workers}`;
  const every = Math.max(1000, Math.round(n / 20));
  const summary = await node.scoreStream({
    scheme: benchScheme(),
    input,
    output,
    workers,
    trace: TRACE,
    detail: DETAIL,
    progressEvery: every,
    onProgress: ({ done, elapsedMs }) => {
      if (done >= n) return;
      const eta = (elapsedMs / done) * (n - done);
      log(`${label}: ${done}/${n} (${Math.round((done / n) * 100)} %), ${Math.round(done / (elapsedMs / 1000))} rec/s, ETA ${fmtTime(eta)}`);
    },
  });
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  let baselineMs = null;
  if (!flag("no-baseline")) {
    // Baseline: the same file read and split the same way, JSON.parse of every record and JSON.stringify
    // of a result of the same shape (cycled from 64 real results), written in the same chunks.
    const plan = core.compile(benchScheme());
    const samples = Array.from({ length: 64 }, (_, i) => {
      if (DETAIL === "score") return core.score(plan, benchAppraisal(i));
      const r = core.evaluate(plan, benchAppraisal(i));
      if (TRACE) return r;
      const { trace: _t, ...rest } = r;
      return rest;
    });
    const out = writer(output);
    const t0 = performance.now();
    let k = 0;
    for await (const lines of lineBatches(input, 500)) {
      let text = "";
      for (const line of lines) {
        const a = JSON.parse(line);
        if (a.employee === undefined) throw new Error("unexpected record");
        text += `${JSON.stringify(samples[k++ % 64])}\n`;
      }
      await out.write(text);
    }
    await out.end();
    baselineMs = performance.now() - t0;
  }
  process.stdout.write(`${JSON.stringify({ n, workers, records: summary.records, failed: summary.failed, elapsedMs: summary.elapsedMs, maxRssMB, baselineMs })}\n`);
}

function runChild(extra) {
  return new Promise((resolveRun, reject) => {
    const argv = [fileURLToPath(import.meta.url), "--child", `--dist=${DIST}`, `--detail=${DETAIL}`, ...(TRACE ? ["--trace"] : []), ...extra];
    const p = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("error", reject);
    p.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`child ${extra.join(" ")} exited with ${code}`));
      resolveRun(JSON.parse(out.trim().split("\n").at(-1)));
    });
  });
}

async function writeInput(path, n) {
  const out = writer(path);
  const t0 = performance.now();
  let text = "";
  for (let i = 0; i < n; i++) {
    text += `${JSON.stringify(benchAppraisal(i))}\n`;
    if ((i + 1) % 1000 === 0) {
      await out.write(text);
      text = "";
      if ((i + 1) % 100_000 === 0) log(`writing ${n} appraisals: ${i + 1} (${fmtTime(performance.now() - t0)})`);
    }
  }
  await out.write(text);
  await out.end();
}

// ---------------------------------------------------------------------------------------------------
// Parent.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pass = (ok) => (ok ? "PASS" : "MISS");

async function main() {
  const { core, presets } = await load();
  const microN = Number(args.get("micro") ?? (QUICK ? 200 : 1000));
  const rounds = Number(args.get("rounds") ?? 3);
  const ns = (args.get("n") ?? (QUICK ? "500,5000" : "100000,1000000")).split(",").map(Number).filter((x) => x > 0);
  const workers = Number(args.get("workers") ?? 2);
  const plan = core.compile(benchScheme());
  const model = prepare(MODEL);
  const work = Array.from({ length: microN }, (_, i) => benchAppraisal(i));
  console.log(`kinerja benchmark — Node ${process.version}, ${process.arch}; workload: ${microN} employees × (12 indicators in 4 perspectives, 8 raters × 7 competencies, 70/30 composition, 5 bands)`);

  // Agreement on the workload.
  let agreeFloat = 0;
  let agreeNaive = 0;
  let agreeEvaluate = 0;
  for (const a of work) {
    const r = core.score(plan, a);
    const band = r.final.band?.id ?? null;
    if (JSON.stringify(core.evaluate(plan, a).final) === JSON.stringify(r.final)) agreeEvaluate += 1;
    const f = floatScore(model, a);
    const d = naiveDecimalScore(model, a);
    if (f.final.toFixed(2) === r.final.score && f.band === band) agreeFloat += 1;
    if (d.final.toFixed(2) === r.final.score && d.band === band) agreeNaive += 1;
  }
  console.log(`agreement with kinerja's score (final score to 2 dp and band): float64 ${agreeFloat}/${microN}, naive decimal.js ${agreeNaive}/${microN}, evaluate ${agreeEvaluate}/${microN}`);

  // Timing: median of rounds; the float loop repeats the workload until a round lasts ≥ 200 ms.
  const time = (label, fn, minMs) => {
    const per = [];
    fn(work.slice(0, Math.min(100, microN))); // warm up
    for (let r = 0; r < rounds; r++) {
      let reps = 0;
      const t0 = performance.now();
      do {
        fn(work);
        reps += 1;
      } while (performance.now() - t0 < minMs);
      per.push(((performance.now() - t0) * 1000) / (reps * microN));
      log(`${label} round ${r + 1}/${rounds}: ${per.at(-1).toFixed(3)} µs/employee`);
    }
    return median(per);
  };
  let sink = 0;
  const floatUs = time("float64", (xs) => { for (const a of xs) sink += floatScore(model, a).final; }, 200);
  const naiveUs = time("naive decimal.js", (xs) => { for (const a of xs) sink += naiveDecimalScore(model, a).final.toNumber(); }, 0);
  const kinerjaUs = time("kinerja score", (xs) => { for (const a of xs) sink += core.score(plan, a).final.score.length; }, 200);
  const evaluateUs = time("kinerja evaluate", (xs) => { for (const a of xs) sink += core.evaluate(plan, a).final.score.length; }, 0);
  if (sink === -1) console.log(sink);
  const kinerjaVsFloat = kinerjaUs / floatUs;
  const naiveVsKinerja = naiveUs / kinerjaUs;
  console.log("");
  console.log("contender                      µs/employee");
  console.log(`1. float64 loop            ${floatUs.toFixed(3).padStart(14)}`);
  console.log(`2. naive decimal.js        ${naiveUs.toFixed(3).padStart(14)}`);
  console.log(`3. kinerja (compiled plan) ${kinerjaUs.toFixed(3).padStart(14)}   score(plan, appraisal)`);
  console.log(`   (not a contender)       ${evaluateUs.toFixed(3).padStart(14)}   evaluate(plan, appraisal): the full explained result`);
  const evaluateVsFloat = evaluateUs / floatUs;
  console.log(`kinerja / float64     = ${kinerjaVsFloat.toFixed(1)}×   (target ≤ 2×)   ${pass(kinerjaVsFloat <= 2)}`);
  console.log(`naive decimal/kinerja = ${naiveVsKinerja.toFixed(2)}×`);
  console.log(`evaluate / float64    = ${evaluateVsFloat.toFixed(1)}×   (target ≤ 25×)  ${pass(evaluateVsFloat <= 25)}`);

  // The zoo: score on every preset and the demo agency, against a float64 loop over the same input.
  const zooN = Number(args.get("zoo") ?? (QUICK ? 100 : 500));
  const zooResults = [];
  console.log("");
  console.log(`scheme zoo (${zooN} appraisals each)          float µs   score µs   score/float   compiled validation: score µs   score/float`);
  // The same zoo with compile's `validation: compiledValidation()` (zod's compiled appraisal validator).
  const compiledZoo = zoo(core, presets, zooN, ROOT, core.compiledValidation());
  for (const [zi, entry] of zoo(core, presets, zooN, ROOT).entries()) {
    const timeOn = (label, fn, minMs) => {
      const per = [];
      fn(entry.appraisals.slice(0, 50));
      for (let r = 0; r < rounds; r++) {
        let reps = 0;
        const t0 = performance.now();
        do {
          fn(entry.appraisals);
          reps += 1;
        } while (performance.now() - t0 < minMs);
        per.push(((performance.now() - t0) * 1000) / (reps * entry.appraisals.length));
        log(`zoo ${entry.scheme} ${label} round ${r + 1}/${rounds}: ${per.at(-1).toFixed(3)} µs/appraisal`);
      }
      return median(per);
    };
    const fUs = timeOn("float64", (xs) => { for (const a of xs) sink += shapeFloat(entry.shape, a).final; }, 200);
    const sUs = timeOn("score", (xs) => { for (const a of xs) sink += core.score(entry.plan, a).final.score.length; }, 200);
    const compiledPlan = compiledZoo[zi].plan;
    const cUs = timeOn("score (compiled validation)", (xs) => { for (const a of xs) sink += core.score(compiledPlan, a).final.score.length; }, 200);
    const scoreVsFloat = sUs / fUs;
    zooResults.push({ scheme: entry.scheme, scoreVsFloat, floatUs: fUs, scoreUs: sUs, compiledValidation: { scoreUs: cUs, scoreVsFloat: cUs / fUs } });
    console.log(
      `  ${entry.scheme.padEnd(36)} ${fUs.toFixed(3).padStart(8)} ${sUs.toFixed(3).padStart(10)} ${(scoreVsFloat.toFixed(1) + "×").padStart(13)} ${cUs.toFixed(3).padStart(30)} ${((cUs / fUs).toFixed(1) + "×").padStart(13)}`,
    );
  }
  const worstZoo = Math.max(...zooResults.map((z) => z.scoreVsFloat));
  console.log(`score / float64 on every scheme of the zoo: worst ${worstZoo.toFixed(1)}×   (target ≤ 2×)   ${pass(worstZoo <= 2)}`);

  // End to end.
  const dir = mkdtempSync(join(tmpdir(), "kinerja-bench-"));
  const e2e = [];
  let workerRun = null;
  try {
    for (const n of ns) {
      const input = join(dir, `appraisals-${n}.ndjson`);
      log(`writing ${n} appraisals to ${input}`);
      await writeInput(input, n);
      const inputMB = statSync(input).size / 2 ** 20;
      const output = flag("keep-output") ? join(dir, `results-${n}.ndjson`) : undefined;
      const etaMs = (kinerjaUs / 1000) * n * 1.2;
      log(`e2e N=${n} workers=0 starting (rough ETA from the micro figure: ${fmtTime(etaMs)})`);
      const r = await runChild([`--input=${input}`, `--n=${n}`, "--workers=0", ...(output ? [`--output=${output}`] : [])]);
      e2e.push({ ...r, inputMB, recordsPerSec: n / (r.elapsedMs / 1000), baselineRecordsPerSec: n / (r.baselineMs / 1000), vsBaseline: r.elapsedMs / r.baselineMs });
      if (n === Math.min(...ns) && workers > 0) {
        log(`e2e N=${n} workers=${workers} starting`);
        const w = await runChild([`--input=${input}`, `--n=${n}`, `--workers=${workers}`, "--no-baseline"]);
        workerRun = { ...w, recordsPerSec: n / (w.elapsedMs / 1000) };
      }
      rmSync(input, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log("");
  console.log(`end to end, NDJSON → NDJSON, detail "${DETAIL}"${DETAIL === "result" && !TRACE ? " (trace: false)" : ""}, output to ${flag("keep-output") ? "a file" : "the null device"}`);
  console.log("        N   input MB   seconds    records/s   peak RSS MB   baseline rec/s   time / baseline");
  for (const r of e2e) {
    console.log(
      `${String(r.n).padStart(9)} ${r.inputMB.toFixed(0).padStart(10)} ${(r.elapsedMs / 1000).toFixed(1).padStart(9)} ${r.recordsPerSec.toFixed(0).padStart(12)} ${r.maxRssMB.toFixed(0).padStart(13)} ${r.baselineRecordsPerSec.toFixed(0).padStart(16)} ${r.vsBaseline.toFixed(1).padStart(16)}×`,
    );
  }
  const worst = Math.max(...e2e.map((r) => r.vsBaseline));
  console.log(`throughput: time within 3× of JSON.parse + JSON.stringify: worst ${worst.toFixed(1)}×   ${pass(worst <= 3)}`);
  const summary = {
    node: process.version,
    workload: { microEmployees: microN, rounds, indicators: 12, perspectives: 4, raters: 8, competencies: 7 },
    agreement: { float64: agreeFloat, naiveDecimal: agreeNaive, evaluate: agreeEvaluate, of: microN },
    detail: DETAIL,
    micro: { float64Us: floatUs, naiveDecimalUs: naiveUs, kinerjaUs, evaluateUs, kinerjaVsFloat, naiveVsKinerja, pass: { kinerjaVsFloat: kinerjaVsFloat <= 2 } },
    zoo: zooResults,
    evaluateVsFloat,
    e2e,
    pass: { throughputVsBaseline: worst <= 3, zoo: worstZoo <= 2, evaluateVsFloat: evaluateVsFloat <= 25 },
  };
  if (e2e.length >= 2) {
    const small = e2e[0];
    const large = e2e.at(-1);
    const nRatio = large.n / small.n;
    const rss = large.maxRssMB / small.maxRssMB;
    const timeRatio = large.elapsedMs / small.elapsedMs;
    const lo = 0.8 * nRatio;
    const hi = 1.2 * nRatio;
    console.log(`memory: peak RSS N=${large.n} / N=${small.n} = ${rss.toFixed(2)}×   (target ≤ 1.5×)   ${pass(rss <= 1.5)}`);
    console.log(`linearity: time N=${large.n} / N=${small.n} = ${timeRatio.toFixed(1)}×   (target ${lo.toFixed(0)}–${hi.toFixed(0)}×)   ${pass(timeRatio >= lo && timeRatio <= hi)}`);
    Object.assign(summary, { rssRatio: rss, timeRatio, timeRatioTarget: [lo, hi] });
    Object.assign(summary.pass, { memory: rss <= 1.5, linear: timeRatio >= lo && timeRatio <= hi });
  }
  if (workerRun) {
    const base = e2e[0];
    const speedup = workerRun.recordsPerSec / base.recordsPerSec;
    console.log(`workers: ${workers} threads ${workerRun.recordsPerSec.toFixed(0)} rec/s vs 1 thread ${base.recordsPerSec.toFixed(0)} rec/s (N=${base.n}) = ${speedup.toFixed(2)}×   (target ≥ 1.6× on 2 cores)   ${pass(speedup >= 1.6)}`);
    Object.assign(summary, { workers: { threads: workers, n: base.n, recordsPerSec: workerRun.recordsPerSec, maxRssMB: workerRun.maxRssMB, speedup } });
    summary.pass.workers = speedup >= 1.6;
  }
  // Rating functions on 1 000 000 Scores (--rating-n=… to change; each function in its own child process).
  summary.rating1M = await ratingBench({ n: Number(args.get("rating-n") ?? (QUICK ? 10_000 : 1_000_000)), dist: DIST, log });
  for (const [fn, f] of Object.entries(summary.rating1M)) console.log(`rating: ${fn} ${f.usPerScore} µs/score, peak RSS ${f.peakRssMB} MB   (target ≤ 3 µs, ≤ 1536 MB)   ${pass(f.usPerScore <= 3 && f.peakRssMB <= 1536)}`);
  if (flag("json")) console.log(JSON.stringify(summary));
}

if (flag("child")) await child();
else await main();
