// npm run size (part of npm test, after the build): the browser weight of kinerja. Each entry below is a
// small app module that imports from the built package (dist/index.js, what `import … from "kinerja"`
// loads), bundled as an app's bundler would: esbuild, ESM, browser platform, minified; then gzip -9.
// Fails when a bundle is over its budget. `--json` prints the figures as JSON; `--why <entry>` lists the
// modules that weigh most in that entry's bundle.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const root = resolve(import.meta.dirname, "..");

/**
 * The bundles and their budgets (gzip bytes). `goal` is where the budget should get to, when the budget
 * is not there yet: the library's ceiling today, so that no change makes it heavier unnoticed.
 */
export const ENTRIES = [
  { name: "evaluate + explain", imports: ["evaluate", "explain"], budget: 49_500, goal: 40_000 },
  { name: "largestRemainder", imports: ["largestRemainder"], budget: 4_500 },
  { name: "formatScore + formatLabel", imports: ["formatScore", "formatLabel"], budget: 12_900 },
  { name: "validateScheme + validateAppraisal", imports: ["validateScheme", "validateAppraisal"], budget: 47_000 },
];

/** Bundles one entry; returns its minified and gzip sizes and the bytes each input module contributes. */
export async function measure(entry, from = join(root, "dist", "index.js")) {
  const r = await build({
    stdin: { contents: `export { ${entry.imports.join(", ")} } from ${JSON.stringify(from)};`, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = r.outputFiles[0].contents;
  const output = Object.values(r.metafile.outputs)[0];
  const modules = Object.entries(output.inputs)
    .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, modules };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

async function main() {
  const args = process.argv.slice(2);
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("dist/index.js is missing: run npm run build first");
  const why = args.indexOf("--why");
  if (why !== -1) {
    const entry = ENTRIES.find((e) => e.name === args[why + 1] || e.imports.includes(args[why + 1] ?? ""));
    if (entry === undefined) throw new Error(`--why needs one of: ${ENTRIES.map((e) => e.imports.join(",")).join(" | ")}`);
    const m = await measure(entry);
    for (const x of m.modules.slice(0, 40)) console.log(`${String(x.bytes).padStart(8)}  ${x.path}`);
    return;
  }
  const rows = [];
  for (const entry of ENTRIES) rows.push({ ...entry, ...(await measure(entry)) });
  if (args.includes("--json")) {
    console.log(JSON.stringify(rows.map(({ modules: _modules, ...r }) => r), null, 2));
  } else {
    const table = [["bundle", "minified", "gzip", "budget", "goal", ""]];
    for (const r of rows) {
      table.push([r.name, kb(r.minified), kb(r.gzip), kb(r.budget), r.goal === undefined ? "" : kb(r.goal), r.gzip > r.budget ? "OVER" : "ok"]);
    }
    const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
    for (const row of table) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
  }
  const over = rows.filter((r) => r.gzip > r.budget);
  if (over.length > 0) {
    throw new Error(`over budget: ${over.map((r) => `${r.name} ${r.gzip} B > ${r.budget} B`).join("; ")} (node scripts/size.mjs --why <entry> lists what weighs)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
