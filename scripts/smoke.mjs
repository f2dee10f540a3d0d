// Consumer smoke test of the packed package, offline: pack the tarball, "install" it into a temporary
// project (extracted into node_modules/kinerja, its three runtime dependencies linked from this
// repository's node_modules, so no registry is needed), then import it from ESM, require it from CJS,
// load both copies in one process (instanceof across copies), and type-check TypeScript consumers
// under nodenext (ESM and CJS) and bundler resolution.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "kinerja-smoke-"));
const run = (cmd, args, cwd = tmp) => {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  } catch (e) {
    process.stderr.write(String(e.stdout ?? ""));
    throw e;
  }
};
try {
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", tmp], root));
  const files = packed[0].files.map((f) => f.path).sort();
  console.log(`packed ${packed[0].filename}: ${files.length} files (${files.join(", ")})`);
  const stray = files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f));
  if (stray.length > 0) throw new Error(`unexpected files in the tarball: ${stray.join(", ")}`);

  const nm = join(tmp, "node_modules");
  mkdirSync(nm);
  run("tar", ["-xzf", join(tmp, packed[0].filename), "-C", tmp]);
  cpSync(join(tmp, "package"), join(nm, "kinerja"), { recursive: true });
  const deps = Object.keys(JSON.parse(readFileSync(join(nm, "kinerja", "package.json"), "utf8")).dependencies);
  for (const d of deps) symlinkSync(join(root, "node_modules", d), join(nm, d), "dir");
  symlinkSync(join(root, "node_modules", "typescript"), join(nm, "typescript"), "dir");
  writeFileSync(join(tmp, "package.json"), JSON.stringify({ type: "module", private: true }));

  const scheme = `{ id: "s", indicators: [{ id: "k1", perspective: "financial", label: "K1", target: 200 }], perspectives: [{ id: "financial", label: "Keuangan" }] }`;
  const appraisal = `{ employee: { id: "E1" }, actuals: [{ indicator: "k1", actual: 170 }] }`;
  writeFileSync(join(tmp, "esm.mjs"), `
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { evaluate, KinerjaError } from "kinerja";
const r = evaluate(${scheme}, ${appraisal});
assert.equal(r.final.score, "85.00");
const cjs = createRequire(import.meta.url)("kinerja");
assert.notEqual(cjs.KinerjaError, KinerjaError, "two copies are loaded");
let caught;
try { cjs.evaluate({ id: 1 }, {}); } catch (e) { caught = e; }
assert.ok(caught instanceof KinerjaError, "instanceof works across the ESM and CJS copies");
assert.equal(caught.code, "INVALID_SCHEME");
const presets = await import("kinerja/presets");
const six = presets.permenpanrb6_2022.predikat({ hasilKerja: "above", perilaku: "above" });
assert.ok(JSON.stringify(six).includes("sangatBaik"), "kinerja/presets loads");
const node = await import("kinerja/node");
assert.equal(typeof node.scoreStream, "function", "kinerja/node loads");
console.log("esm ok");
`);
  writeFileSync(join(tmp, "cjs.cjs"), `
const assert = require("node:assert/strict");
const { evaluate, explain, KinerjaError } = require("kinerja");
const r = evaluate(${scheme}, ${appraisal});
assert.equal(r.final.score, "85.00");
assert.match(explain(r, { locale: "en" }), /Final score/);
assert.throws(() => evaluate(${scheme}, { employee: { id: "E1" }, actuals: [{ indicator: "nope", actual: 1 }] }), KinerjaError);
assert.equal(typeof require("kinerja/presets").ikm14_2017.ikm, "function", "kinerja/presets requires");
assert.equal(typeof require("kinerja/node").readAppraisals, "function", "kinerja/node requires");
console.log("cjs ok");
`);
  const ts = `import { evaluate, compile, type Result, type SchemeInput, KinerjaError } from "kinerja";
const scheme: SchemeInput = ${scheme};
const r: Result = evaluate(compile(scheme), ${appraisal});
const s: string = r.final.score;
const e: KinerjaError | undefined = undefined;
// @ts-expect-error a score is a decimal string, not a number
const n: number = r.final.score;
export { s, e, n };
`;
  writeFileSync(join(tmp, "types.ts"), ts);
  writeFileSync(join(tmp, "types-cjs.cts"), ts.replace('import { evaluate, compile, type Result, type SchemeInput, KinerjaError } from "kinerja";', 'import { evaluate, compile, type Result, type SchemeInput, KinerjaError } from "kinerja";'));
  run("node", ["esm.mjs"]);
  run("node", ["cjs.cjs"]);
  const tsc = join(nm, "typescript", "bin", "tsc");
  const tsconfig = (extra, include) =>
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], target: "es2022", ...extra }, files: include });
  writeFileSync(join(tmp, "tsconfig.node.json"), tsconfig({ module: "nodenext", moduleResolution: "nodenext" }, ["types.ts", "types-cjs.cts"]));
  writeFileSync(join(tmp, "tsconfig.bundler.json"), tsconfig({ module: "preserve", moduleResolution: "bundler" }, ["types.ts"]));
  run("node", [tsc, "-p", "tsconfig.node.json"]);
  run("node", [tsc, "-p", "tsconfig.bundler.json"]);
  console.log("smoke test passed: ESM import, CJS require, dual-copy instanceof, TypeScript (nodenext ESM/CJS, bundler)");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
