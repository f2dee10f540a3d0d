import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kinerja, repo, tempDir } from "./helpers.js";

const sample = ["--scheme", repo("examples/data/agency.scheme.json"), "--map", repo("examples/data/agency.map.json")];
const finals = (html: string): string[] => [...html.matchAll(/<tr><td>(\d+)<\/td>.*?<td class="num" data-v="([\d.]+)">[\d.]+<\/td><td>[^<]*<\/td><\/tr>/g)].map((m) => `${m[1]}=${m[2]}`).sort();

describe("kinerja report", () => {
  it("gives the same report from the agency's file and from the NDJSON written by score --detail", async () => {
    const dir = tempDir();
    const direct = join(dir, "direct.html");
    const scored = join(dir, "scored.ndjson");
    const viaScored = join(dir, "via.html");
    expect((await kinerja("report", repo("examples/data/agency.xlsx"), ...sample, "-o", direct, "-q")).code).toBe(0);
    expect((await kinerja("score", repo("examples/data/agency.xlsx"), ...sample, "--detail", "-o", scored, "-q")).code).toBe(0);
    expect((await kinerja("report", scored, "--scheme", repo("examples/data/agency.scheme.json"), "-o", viaScored, "-q")).code).toBe(0);
    const a = readFileSync(direct, "utf8");
    const b = readFileSync(viaScored, "utf8");
    expect(finals(a).length).toBe(96);
    expect(finals(b)).toEqual(finals(a));
    // Offline: no URL to fetch anything from (only the SVG and XHTML namespaces).
    expect([...a.matchAll(/(?:src|href)="(?!#)[^"]*"/g)]).toEqual([]);
    expect(a).toContain("Content-Security-Policy");
    expect(a).toContain("@page { size: A4");
  });

  it("is in English with --lang en", async () => {
    const dir = tempDir();
    const out = join(dir, "en.html");
    const r = await kinerja("report", repo("examples/data/agency.xlsx"), ...sample, "-o", out, "-q", "--lang", "en");
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Final scores");
    expect(html).toContain("Good");
    expect(html).not.toContain("Sebaran nilai akhir");
  });

  it("refuses a scored NDJSON without full results, and says how to write one", async () => {
    const dir = tempDir();
    const scored = join(dir, "scores.ndjson");
    await kinerja("score", repo("examples/data/agency.xlsx"), ...sample, "-o", scored, "-q");
    const r = await kinerja("report", scored, "--scheme", repo("examples/data/agency.scheme.json"), "-o", join(dir, "x.html"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("kinerja score --detail");
  });
});
