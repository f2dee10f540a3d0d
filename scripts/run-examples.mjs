// Runs every examples/*.ts against the BUILT package: tsconfig.examples.json has no path mapping, so
// `import ... from "kinerja"` resolves through package.json "exports" (self-reference) to dist/.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const files = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".ts")).sort();
for (const f of files) {
  process.stdout.write(`example ${f} … `);
  execFileSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--tsconfig", "tsconfig.examples.json", join("examples", f)], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  console.log("ok");
}
console.log(`${files.length} examples ran`);
