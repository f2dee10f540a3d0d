import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kinerja, repo, tempDir } from "./helpers.js";

const fixture = (f: string) => repo(`cli/test/fixtures/${f}`);

describe("kinerja check", () => {
  it("accepts a valid scheme and mapping", async () => {
    const r = await kinerja("check", fixture("dinas-x.scheme.json"), "--map", fixture("dinas-x.map.json"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("skema valid: dinas-x-2026");
    expect(r.out).toContain("pemetaan valid: 2 indikator");
  });
  it("lists every issue of a bad scheme with its path (exit 2)", async () => {
    const dir = tempDir();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "x", perspectives: [{ id: "p", label: "P" }], indicators: [{ id: "a", label: "A", perspective: "p", target: "abc" }, { id: "a", label: "B", perspective: "q", target: 1 }] }));
    const r = await kinerja("check", bad, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("kinerja: invalid scheme (INVALID_SCHEME)");
    expect(r.err).toMatch(/indicators\[0\]\.target: /);
  });
  it("reports a preset input's problems with their paths", async () => {
    const dir = tempDir();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ preset: "permenpanrb6_2022", id: "x", indicators: [] }));
    const r = await kinerja("check", bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain("- indicators: ");
  });
});

describe("kinerja explain", () => {
  it("prints the derivation of one employee's score, found by a NIP written with spaces", async () => {
    const r = await kinerja("explain", fixture("dinas-x.csv"), "--scheme", fixture("dinas-x.scheme.json"), "--map", fixture("dinas-x.map.json"), "--employee", "19900101 201501 1 001", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("199001012015011001");
    expect(r.out).toContain("107.75");
  });
  it("says when the NIP is not in the file", async () => {
    const r = await kinerja("explain", fixture("dinas-x.csv"), "--scheme", fixture("dinas-x.scheme.json"), "--map", fixture("dinas-x.map.json"), "--employee", "123");
    expect(r.code).toBe(2);
    expect(r.err).toContain("NIP 123 tidak ditemukan");
  });
});

describe("help and language", () => {
  for (const sub of ["score", "check", "explain"]) {
    it(`kinerja ${sub} --help describes its options, in Indonesian by default and English with --lang en`, async () => {
      const id = await kinerja(sub, "--help");
      expect(id.code).toBe(0);
      expect(id.out).toContain(`Usage: kinerja ${sub}`);
      const en = await kinerja("--lang", "en", sub, "--help");
      expect(en.out).not.toBe(id.out);
    });
  }
  it("an unknown option is a usage error (exit 2)", async () => {
    const r = await kinerja("score", "x.csv", "--nope");
    expect(r.code).toBe(2);
  });
});
