// JSON Schemas of a scheme and an appraisal as written (the input side), generated from the library's
// zod schemas, with an Indonesian title and description on every field (`title`, `description`) and the
// English ones beside them (`x-en: { title, description }`), from ./fieldDocs.ts.
// Run by the build (`tsx scripts/json-schema/generate.ts schema`, shipped as kinerja/schema/*.json); used by the tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { AppraisalSchema, SchemeSchema } from "../../src/index.js";
import { APPRAISAL_DOCS, SCHEME_DOCS, type FieldDoc } from "./fieldDocs.js";

type Node = { [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

/** The doc of a path: the exact key, else the longest `*.suffix` key matching its end (or the whole path). */
export function docOf(docs: Readonly<Record<string, FieldDoc>>, path: string): FieldDoc | undefined {
  if (Object.hasOwn(docs, path)) return docs[path];
  const parts = path.split(".");
  for (let i = 0; i < parts.length; i++) {
    const key = `*.${parts.slice(i).join(".")}`;
    if (Object.hasOwn(docs, key)) return docs[key];
  }
  return undefined;
}

/** Every property of a JSON Schema with its field path (`a.b`, `a[].b`), through unions and list items. */
export function fields(schema: Node): { path: string; node: Node }[] {
  const out: { path: string; node: Node }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (!isNode(node)) return;
    for (const k of ["anyOf", "oneOf", "allOf"]) {
      const alts = node[k];
      if (Array.isArray(alts)) for (const a of alts) walk(a, path);
    }
    if (isNode(node["properties"])) {
      for (const [k, v] of Object.entries(node["properties"])) {
        const p = path === "" ? k : `${path}.${k}`;
        if (isNode(v)) out.push({ path: p, node: v });
        walk(v, p);
      }
    }
    if (node["items"] !== undefined) walk(node["items"], `${path}[]`);
  };
  walk(schema, "");
  return out;
}

function document(schema: Node, docs: Readonly<Record<string, FieldDoc>>, root: FieldDoc): { schema: Node; missing: string[] } {
  const missing: string[] = [];
  const put = (node: Node, d: FieldDoc): void => {
    node["title"] = d[0];
    node["description"] = d[2];
    node["x-en"] = { title: d[1], description: d[3] };
  };
  put(schema, root);
  for (const { path, node } of fields(schema)) {
    const d = docOf(docs, path);
    if (d === undefined) missing.push(path);
    else put(node, d);
  }
  return { schema, missing };
}

/** The two JSON Schemas, and the fields that have no doc (must be none). */
export function jsonSchemas(): { scheme: Node; appraisal: Node; missing: string[] } {
  const gen = (s: z.ZodMiniType): Node => z.toJSONSchema(s, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Node;
  const scheme = document(gen(SchemeSchema), SCHEME_DOCS, [
    "Skema penilaian kinerja",
    "Performance scheme",
    "Konfigurasi penilaian: perspektif, sasaran, indikator, bobot, perilaku, komposisi, predikat, pembulatan dan aturan (kinerja).",
    "The scoring configuration: perspectives, objectives, indicators, weights, behaviour, composition, bands, rounding and rules (kinerja).",
  ]);
  const appraisal = document(gen(AppraisalSchema), APPRAISAL_DOCS, [
    "Penilaian kinerja pegawai",
    "Employee appraisal",
    "Data satu pegawai untuk satu periode: realisasi, fakta, riwayat dan penilaian perilaku (kinerja).",
    "One employee's data for one period: actuals, facts, history and behaviour ratings (kinerja).",
  ]);
  return { scheme: scheme.schema, appraisal: appraisal.schema, missing: [...scheme.missing.map((p) => `scheme: ${p}`), ...appraisal.missing.map((p) => `appraisal: ${p}`)] };
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").slice(-3).join("/"))) {
  const outDir = process.argv[2] ?? "schema";
  const { scheme, appraisal, missing } = jsonSchemas();
  if (missing.length > 0) throw new Error(`fields without a title and description in scripts/json-schema/fieldDocs.ts:\n  ${missing.join("\n  ")}`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "scheme.json"), `${JSON.stringify(scheme)}\n`);
  writeFileSync(join(outDir, "appraisal.json"), `${JSON.stringify(appraisal)}\n`);
  console.log(`JSON Schemas written to ${outDir}/ (scheme.json, appraisal.json)`);
}
