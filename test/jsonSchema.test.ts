// The shipped JSON Schemas (generated from the zod schemas by scripts/json-schema/generate.ts): every field
// documented in Indonesian and English, and every example scheme and appraisal of the repository valid
// against them with an independent JSON Schema validator (ajv, draft 2020-12).
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { fields, jsonSchemas } from "../scripts/json-schema/generate.js";
import { parseAppraisal, parseScheme, type AppraisalInput, type SchemeInput } from "../src/index.js";
import { pp30Scheme } from "../src/presets/pp30_2019/index.js";
import { skpAppraisal, skpScheme } from "../src/presets/pp46_2011/index.js";
import { scheme6_2022 } from "../src/presets/permenpanrb6_2022/index.js";
import { publicSectorBscScheme } from "../src/presets/publicSectorBsc/index.js";
import { SCHEME as BATCH_SCHEME, appraisals as batchAppraisals } from "./node/data.js";
import { appraisal1, scheme1 } from "./helpers.js";

const { scheme, appraisal, missing } = jsonSchemas();
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addKeyword("x-en");
const validScheme = ajv.compile(scheme);
const validAppraisal = ajv.compile(appraisal);
const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../examples/data/${file}`, import.meta.url), "utf8")) as T;

describe("JSON Schemas of Scheme and Appraisal", () => {
  it("document every field with a title and a description in Indonesian and English", () => {
    expect(missing).toEqual([]);
    for (const [name, schema] of [["scheme", scheme], ["appraisal", appraisal]] as const) {
      const all = fields(schema);
      expect(all.length).toBeGreaterThan(name === "scheme" ? 150 : 25);
      for (const { path, node } of [{ path: "(root)", node: schema }, ...all]) {
        const en = node["x-en"] as { title?: unknown; description?: unknown } | undefined;
        for (const text of [node["title"], node["description"], en?.title, en?.description]) {
          expect(typeof text === "string" && text.length > 0, `${name} ${path}`).toBe(true);
        }
      }
    }
  });

  it("are the input side of the zod schemas (a decimal may be a number or decimal text; defaults are optional)", () => {
    const min = { id: "s", perspectives: [{ id: "p", label: "P" }], indicators: [{ id: "k", perspective: "p", label: "K", target: "87.5" }] };
    expect(validScheme(min)).toBe(true);
    expect(validScheme({ ...min, indicators: [{ ...min.indicators[0], target: 87.5 }] })).toBe(true);
  });

  it("reject what the zod schemas reject for its shape", () => {
    const min = { id: "s", indicators: [{ id: "k", perspective: "financial", label: "K", target: 1 }] };
    for (const bad of [
      { ...min, extra: 1 },
      { ...min, indicators: [{ ...min.indicators[0], target: "1,5" }] },
      { ...min, indicators: [{ ...min.indicators[0], direction: "up" }] },
      { ...min, id: "1s" },
      { ...min, indicators: [] },
    ]) {
      expect(validScheme(bad), JSON.stringify(bad)).toBe(false);
      expect(() => parseScheme(bad)).toThrow();
    }
    expect(validAppraisal({ employee: { id: 5 }, actuals: [] })).toBe(false);
    expect(validAppraisal({ employee: { id: "E" }, actuals: [{ indicator: "k", actual: "x" }] })).toBe(false);
  });

  const schemes: [string, SchemeInput][] = [
    ["examples/data/agency-scheme.json", read<SchemeInput>("agency-scheme.json")],
    ["test/node/data.ts SCHEME", BATCH_SCHEME],
    ["test/helpers.ts scheme1", scheme1({ target: 100, direction: "lower", cap: 120 })],
    ["PermenPANRB 6/2022 preset", scheme6_2022({ id: "skp", indicators: [{ id: "k", label: "Kinerja", target: 100 }] })],
    ["PP 30/2019 preset", pp30Scheme({ id: "skp", indicators: [{ id: "iki1", label: "Dokumen terbit", target: 95, weight: 60 }, { id: "iki2", label: "Rapat", target: 12, weight: 40 }] })],
    ["PP 46/2011 preset", skpScheme({ id: "skp", activities: [{ id: "a", label: "A", kuantitas: { target: 10 }, kualitas: { target: 100 }, waktu: { target: 12 } }] })],
    [
      "public-sector BSC preset",
      publicSectorBscScheme({
        id: "renstra",
        objectives: [{ id: "satisfaction", perspective: "stakeholder", label: "Masyarakat puas" }],
        iku: [
          { id: "onTime", perspective: "internalProcess", label: "Layanan tepat waktu", target: 95, unit: "%" },
          { id: "training", perspective: "learningGrowth", label: "Jam pelatihan", target: 20 },
          { id: "absorption", perspective: "budget", label: "Serapan anggaran", target: 95, cap: 100 },
        ],
        ikm: { target: "88.31", objective: "satisfaction" },
      }),
    ],
    ...["rules-daily-cap.json", "rules-permentan68-tukin.json", "rules-pp94-absence.json", "rules-ptk-tukin.json"].map((file): [string, SchemeInput] => {
      const data = read<{ declarations: SchemeInput["facts"]; policy: SchemeInput["rules"] }>(file);
      return [`examples/data/${file} in a scheme`, { ...scheme1({ target: 1 }), ...(data.declarations ? { facts: data.declarations } : {}), ...(data.policy ? { rules: data.policy } : {}) }];
    }),
  ];
  it.each(schemes)("accept the example scheme %s (which zod accepts too)", (_, s) => {
    expect(() => parseScheme(s)).not.toThrow();
    expect(validScheme(s), JSON.stringify(validScheme.errors)).toBe(true);
  });

  const appraisals: [string, AppraisalInput][] = [
    ...read<AppraisalInput[]>("agency-appraisals.json").map((a, i): [string, AppraisalInput] => [`examples/data/agency-appraisals.json #${i}`, a]),
    ...batchAppraisals(20).map((a, i): [string, AppraisalInput] => [`test/node/data.ts appraisals #${i}`, a]),
    ["test/helpers.ts appraisal1", appraisal1("87.5", { target: 90 })],
    [
      "PP 46/2011 preset appraisal",
      skpAppraisal({
        employee: { id: "E1" },
        activities: [{ id: "a", kuantitas: 10, kualitas: 100, waktu: 12 }],
        perilaku: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 },
      }),
    ],
  ];
  it("accept every example appraisal (which zod accepts too)", () => {
    expect(appraisals.length).toBeGreaterThan(60);
    for (const [name, a] of appraisals) {
      expect(() => parseAppraisal(a), name).not.toThrow();
      expect(validAppraisal(a), `${name}: ${JSON.stringify(validAppraisal.errors)}`).toBe(true);
    }
  });
});
