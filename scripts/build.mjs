// npm run build: a clean dist/ and schema/, tsup (every entry point in one build), then the JSON Schemas.
// Fails on any build warning, so the package never ships with one.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
for (const dir of ["dist", "schema"]) rmSync(join(root, dir), { recursive: true, force: true });
const run = (script, args) => {
  const r = spawnSync(process.execPath, [join(root, "node_modules", ...script), ...args], { cwd: root, encoding: "utf8" });
  const output = `${r.stdout}${r.stderr}`;
  process.stdout.write(output);
  if (r.status !== 0) throw new Error(`${script.join("/")} failed (exit ${r.status})`);
  if (/\[WARNING\]|\bwarn(ing)?\b/i.test(output)) throw new Error(`${script.join("/")} printed a warning; the build must have none`);
};
run(["tsup", "dist", "cli-default.js"], []);
run(["tsx", "dist", "cli.mjs"], ["scripts/json-schema/generate.ts", "schema"]);

// The declarations of the CJS build (`*.d.cts`, read only by TypeScript projects that `require` kinerja
// under node16/nodenext resolution) without their doc comments: the documented declarations ship once, in
// the `*.d.ts` files that `import` and node10 resolution read (the `types` and `typesVersions` fields).
// The ESM build is one file per module so that bundlers can leave out what an app does not use, which
// costs the tarball about 20 KB; this keeps it within its budget.
const ts = (await import("typescript")).default;
const printer = ts.createPrinter({ removeComments: true });
const declarations = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? declarations(join(dir, e.name)) : e.name.endsWith(".d.cts") ? [join(dir, e.name)] : []));
for (const file of declarations(join(root, "dist"))) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  writeFileSync(file, printer.printFile(source));
}
