// Rating functions at national scale: calibrate, checkDistribution and summarize on N Scores (default
// 1 000 000) of the bench workload, each in its own child process so that its peak RSS is its own.
//
//   node scripts/bench/rating.mjs [--n=1000000] [--dist=dist] [--json]
//
// Each child scores 2 000 workload appraisals with `score`, builds N Scores from them (a fresh employee
// and appraisal id per Score, 500 units), warms the function up on 10 000, then times one call on all N
// and reports CPU µs per score (user + system time of the call) and the child's peak RSS (the Scores
// themselves included).
// Imported by scripts/bench.mjs (figures under `rating1M` in its JSON).
import { spawn } from "node:child_process";
import { join, resolve, dirname } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchAppraisal, benchScheme } from "./workload.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const RATING_FUNCTIONS = ["calibrate", "checkDistribution", "summarize"];

function makeScores(core, n) {
  const plan = core.compile(benchScheme());
  const base = Array.from({ length: 2000 }, (_, i) => core.score(plan, benchAppraisal(i)));
  const scores = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length];
    scores[i] = { ...b, appraisal: { id: `A${i}` }, employee: { id: `E${i}`, name: null, unit: `U${i % 500}`, position: null } };
  }
  return scores;
}

function call(core, fn, scores) {
  const curve = core.SE_MENPANRB_3_2023_CURVES.baik;
  if (fn === "calibrate") return core.calibrate(scores, { curve });
  if (fn === "checkDistribution") return core.checkDistribution(scores, { curve });
  return core.summarize(scores);
}

async function child(fn, n, dist) {
  const core = await import(pathToFileURL(join(dist, "index.js")).href);
  const scores = makeScores(core, n);
  call(core, fn, scores.slice(0, 10_000));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = call(core, fn, scores);
  const cpu = process.cpuUsage(c0);
  const wallMs = performance.now() - t0;
  // CPU time (user + system, all threads of the process: GC helpers included) is the figure: on a shared
  // machine the wall clock also counts the time other processes held the cores.
  const ms = (cpu.user + cpu.system) / 1000;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const size = fn === "summarize" ? out.groups[0].count : fn === "calibrate" ? out.assignments.length : out.groups[0].size;
  if (size !== n) throw new Error(`${fn} saw ${size} of ${n} scores`);
  process.stdout.write(`${JSON.stringify({ fn, n, cpuMs: ms, wallMs, usPerScore: (ms * 1000) / n, peakRssMB })}\n`);
}

/** Runs one function in a child process; resolves to `{ usPerScore, peakRssMB }`. */
function runChild(fn, n, dist) {
  return new Promise((resolveRun, reject) => {
    const p = spawn(process.execPath, ["--max-old-space-size=4096", fileURLToPath(import.meta.url), "--child", `--fn=${fn}`, `--n=${n}`, `--dist=${dist}`], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("error", reject);
    p.on("close", (code) => {
      if (code !== 0) return reject(new Error(`rating child ${fn} exited with ${code}`));
      const r = JSON.parse(out.trim().split("\n").at(-1));
      resolveRun({ usPerScore: Number(r.usPerScore.toFixed(3)), peakRssMB: Math.round(r.peakRssMB) });
    });
  });
}

/**
 * The rating figures: `{ calibrate, checkDistribution, summarize }`, each `{ usPerScore, peakRssMB }`.
 * @param {{ n?: number, dist?: string, log?: (line: string) => void }} options
 */
export async function ratingBench({ n = 1_000_000, dist = join(ROOT, "dist"), log = () => undefined } = {}) {
  const figures = {};
  for (const fn of RATING_FUNCTIONS) {
    log(`rating: ${fn} on ${n} scores…`);
    figures[fn] = await runChild(fn, n, dist);
    log(`rating: ${fn} ${figures[fn].usPerScore} µs/score, peak RSS ${figures[fn].peakRssMB} MB`);
  }
  return figures;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = new Map(process.argv.slice(2).map((a) => { const m = /^--([^=]+)(?:=(.*))?$/.exec(a); return [m?.[1], m?.[2] ?? "true"]; }));
  const n = Number(args.get("n") ?? 1_000_000);
  const dist = resolve(ROOT, args.get("dist") ?? "dist");
  if (args.get("child") === "true") await child(args.get("fn"), n, dist);
  else {
    const figures = await ratingBench({ n, dist, log: (l) => process.stderr.write(`[bench] ${l}\n`) });
    for (const fn of RATING_FUNCTIONS) {
      const f = figures[fn];
      console.log(`${fn.padEnd(18)} ${f.usPerScore.toFixed(2)} µs/score   peak RSS ${f.peakRssMB} MB   (targets ≤ 3 µs, ≤ 1536 MB)   ${f.usPerScore <= 3 && f.peakRssMB <= 1536 ? "PASS" : "FAIL"}`);
    }
    if (args.get("json") === "true") console.log(JSON.stringify({ rating1M: figures }));
  }
}
