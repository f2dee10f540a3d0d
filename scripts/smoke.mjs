// Consumer smoke test of the packed package, offline: pack the tarball, "install" it into a temporary
// project (extracted into node_modules/kinerja, its three runtime dependencies linked from this
// repository's node_modules, so no registry is needed), then import it from ESM, require it from CJS,
// load both copies in one process (instanceof across copies), and type-check TypeScript consumers
// a consumer of all three entry points under nodenext (ESM and CJS), bundler and node10 resolution.
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
  const LIMIT = 500_000;
  if (packed[0].size > LIMIT) throw new Error(`the tarball is ${packed[0].size} bytes, over the ${LIMIT}-byte budget`);
  const mapsOrDev = files.filter((f) => f.endsWith(".map"));
  if (mapsOrDev.length > 0) throw new Error(`source maps in the tarball: ${mapsOrDev.join(", ")}`);
  const stray = files.filter((f) => !/^(dist\/|schema\/(scheme|appraisal)\.json$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(f));
  if (stray.length > 0) throw new Error(`unexpected files in the tarball: ${stray.join(", ")}`);

  const nm = join(tmp, "node_modules");
  mkdirSync(nm);
  run("tar", ["-xzf", join(tmp, packed[0].filename), "-C", tmp]);
  cpSync(join(tmp, "package"), join(nm, "kinerja"), { recursive: true });
  for (const f of files.filter((f) => /\.(c?js)$/.test(f))) {
    const text = readFileSync(join(tmp, "package", f), "utf8");
    if (/\btsx\b|import\.meta\.resolve/.test(text)) throw new Error(`dev-only code (tsx loader) in ${f}`);
  }
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
const schemeJson = (await import("kinerja/schema/scheme.json", { with: { type: "json" } })).default;
assert.equal(schemeJson.properties.indicators["x-en"].title, "Indicators", "kinerja/schema/scheme.json loads");
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
assert.equal(require("kinerja/schema/appraisal.json").properties.actuals.title, "Realisasi", "kinerja/schema/appraisal.json requires");
console.log("cjs ok");
`);
  // The consumer project (scripts/consumer/): all three entry points together, type-checked against the
  // packed declarations under nodenext (ESM and CJS), bundler and node10 resolution.
  const consumer = readFileSync(join(root, "scripts", "consumer", "usage.ts"), "utf8");
  writeFileSync(join(tmp, "usage.ts"), consumer);
  writeFileSync(join(tmp, "usage.cts"), consumer);
  mkdirSync(join(nm, "@types"));
  symlinkSync(join(root, "node_modules", "@types", "node"), join(nm, "@types", "node"), "dir");
  run("node", ["esm.mjs"]);
  run("node", ["cjs.cjs"]);
  const tsc = join(nm, "typescript", "bin", "tsc");
  const tsconfig = (extra, include) =>
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: ["node"], target: "es2022", ...extra }, files: include });
  const profiles = {
    nodenext: [{ module: "nodenext", moduleResolution: "nodenext" }, ["usage.ts", "usage.cts"]],
    bundler: [{ module: "preserve", moduleResolution: "bundler" }, ["usage.ts"]],
    node10: [{ module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "6.0" }, ["usage.ts"]],
  };
  for (const [name, [options, include]] of Object.entries(profiles)) {
    writeFileSync(join(tmp, `tsconfig.${name}.json`), tsconfig(options, include));
    run("node", [tsc, "-p", `tsconfig.${name}.json`]);
  }
  console.log("smoke test passed: ESM import, CJS require, dual-copy instanceof, TypeScript consumer of kinerja + kinerja/presets + kinerja/node (nodenext ESM/CJS, bundler, node10)");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
