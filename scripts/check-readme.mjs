// Type-checks every ```ts code block of README.md exactly as printed: each block becomes a module under
// .tmp/readme/ and is compiled with the project's strict settings ("kinerja" mapped to src/).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const dir = join(root, ".tmp", "readme");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const readme = readFileSync(join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
if (blocks.length === 0) throw new Error("README.md has no ts code block");
const files = blocks.map((code, i) => {
  const file = `block${i + 1}.ts`;
  writeFileSync(join(dir, file), code);
  return file;
});
// A README statement such as `result.final;` is there to be read; unused names are not errors here.
writeFileSync(
  join(dir, "tsconfig.json"),
  JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: { noUnusedLocals: false, noEmit: true }, include: files }),
);
try {
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(dir, "tsconfig.json")], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
} catch (e) {
  process.stderr.write(String(e.stdout ?? ""));
  throw new Error("a README code block does not type-check (files in .tmp/readme/)", { cause: e });
}
console.log(`README: ${blocks.length} TypeScript block(s) type-check`);
