// npm run build: a clean dist/ and schema/, tsup (every entry point in one build), then the JSON Schemas.
// Fails on any build warning, so the package never ships with one.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
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
