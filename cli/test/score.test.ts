import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kinerja, readWorkbook, records, repo, tempDir } from "./helpers.js";

const fixture = (f: string) => repo(`cli/test/fixtures/${f}`);

// A hand-written export of an agency the sample script knows nothing of: other headers, ";", decimal
// commas, NIPs with spaces, dots and dashes, "-" for no data, an empty NIP, a text in a number
// column, a duplicate NIP. Scheme: two indicators, equal weight, ratio actual / target × 100, bands
// Kurang < 90 ≤ Baik < 110 ≤ Sangat Baik, final score rounded half-up to 2 places (kinerja's default).
// Expected values worked out by hand from those rules:
//   Ani   95,5 / 100 → 95.5;  60 / 50 → 120;  (95.5 + 120) / 2 = 107.75 → Baik
//   Budi  80 / 100 → 80;      45 / 50 → 90;   (80 + 90) / 2 = 85 → Kurang
//   Dedi  "-" (missing) → weights re-normalised to dokumen alone: 55 / 50 → 110 → Sangat Baik, with a warning
//   Eka   99,999 / 100 → 99.999; 50 / 50 → 100; mean 99.9995 → half-up 100.00 → Baik
describe("kinerja score on an agency CSV it has never seen (only a mapping written)", () => {
  it("scores the good rows, lists the bad ones with row, column and reason, and exits 1", async () => {
    const dir = tempDir();
    const out = join(dir, "hasil.xlsx");
    const r = await kinerja("score", fixture("dinas-x.csv"), "--scheme", fixture("dinas-x.scheme.json"), "--map", fixture("dinas-x.map.json"), "-o", out, "-q");
    expect(r.code).toBe(1);
    expect(r.err).toContain("7 baris: 4 dinilai, 3 gagal");
    const wb = await readWorkbook(out);
    expect([...wb.keys()]).toEqual(["Pegawai", "Ringkasan Unit", "Distribusi", "Kesalahan"]);
    const emp = records(wb.get("Pegawai"));
    expect(emp.map((e) => [e["Baris"], e["NIP"], e["Nilai Akhir"], e["Predikat"]])).toEqual([
      [2, "199001012015011001", 107.75, "Baik"],
      [3, "199002022015012002", 85, "Kurang"],
      [7, "199004042015012004", 110, "Sangat Baik"],
      [8, "199005052015011005", 100, "Baik"],
    ]);
    expect(emp[2]?.["Peringatan"]).toBe("indikator 'layanan' tidak ada realisasinya; bobotnya dibagi ulang ke indikator yang ada");
    const errors = records(wb.get("Kesalahan"));
    expect(errors.map((e) => [e["Baris"], e["Kolom"]])).toEqual([
      [4, "NIP Pegawai"],
      [5, "Capaian Layanan (%)"],
      [6, "NIP Pegawai"],
    ]);
    expect(String(errors[1]?.["Alasan"])).toContain("bukan angka: 'abc'");
    expect(String(errors[2]?.["Alasan"])).toContain("NIP ganda (juga di baris 2)");
    // Nothing is lost: every data row (7) is either scored or an error.
    expect(emp.length + errors.length).toBe(7);
  });

  it("writes an Excel-friendly CSV (BOM, ';', CRLF, decimal comma on request) and an errors file beside it, in English with --lang en", async () => {
    const dir = tempDir();
    const out = join(dir, "hasil.csv");
    const r = await kinerja("score", fixture("dinas-x.csv"), "--scheme", fixture("dinas-x.scheme.json"), "--map", fixture("dinas-x.map.json"), "-o", out, "--decimal-comma", "--lang", "en", "-q");
    expect(r.code).toBe(1);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("\uFEFFRow;NIP;Name;Unit;Position;Results rating;Behaviour rating;Final score;Rating;Warnings\r\n")).toBe(true);
    expect(text).toContain("2;199001012015011001;Ani Rahma;Bagian Umum;;;;107,75;Good;\r\n");
    const errors = readFileSync(join(dir, "hasil.errors.csv"), "utf8");
    expect(errors.split("\r\n").filter((l) => l !== "").length).toBe(4); // header + 3
    expect(errors).toContain("not a number: 'abc'");
  });

  it("writes NDJSON: one line per input row, scores and errors", async () => {
    const dir = tempDir();
    const out = join(dir, "hasil.ndjson");
    await kinerja("score", fixture("dinas-x.csv"), "--scheme", fixture("dinas-x.scheme.json"), "--map", fixture("dinas-x.map.json"), "-o", out, "-q");
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { ok: boolean; line: number; score?: { final: { score: string } } });
    expect(lines.map((l) => [l.line, l.ok, l.score?.final.score ?? null])).toEqual([
      [2, true, "107.75"],
      [3, true, "85.00"],
      [4, false, null],
      [5, false, null],
      [6, false, null],
      [7, true, "110.00"],
      [8, true, "100.00"],
    ]);
  });

  it("reports a mapped column the file lacks, with its mapping path, and writes nothing (exit 2)", async () => {
    const dir = tempDir();
    const map = join(dir, "bad.map.json");
    writeFileSync(map, JSON.stringify({ employee: { id: "NIP Pegawai" }, indicators: [{ indicator: "layanan", actual: "Realisasi Layanan" }] }));
    const r = await kinerja("score", fixture("dinas-x.csv"), "--scheme", fixture("dinas-x.scheme.json"), "--map", map, "-o", join(dir, "x.xlsx"), "-q");
    expect(r.code).toBe(2);
    expect(r.err).toContain("indicators[0].actual: kolom 'Realisasi Layanan' tidak ada di berkas");
    expect(readdirSync(dir)).toEqual(["bad.map.json"]);
  });

  it("reads the library's own CSV layout without a mapping", async () => {
    const dir = tempDir();
    const input = join(dir, "in.csv");
    writeFileSync(input, "employee.id,employee.name,actual.layanan,actual.dokumen\n1001,Ani,95.5,60\n");
    const r = await kinerja("score", input, "--scheme", fixture("dinas-x.scheme.json"), "-o", join(dir, "out.ndjson"), "-q");
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "out.ndjson"), "utf8")).toContain('"score":"107.75"');
    expect(existsSync(join(dir, "out.ndjson"))).toBe(true);
  });

  it("reads the same export as TSV and as NDJSON (flat objects) to the same scores", async () => {
    const dir = tempDir();
    const csv = readFileSync(fixture("dinas-x.csv"), "utf8").replace(/^\uFEFF/, "");
    const [head, ...rows] = csv.split("\r\n").filter((l) => l !== "").map((l) => l.split(";"));
    writeFileSync(join(dir, "dinas-x.tsv"), [head, ...rows].map((r) => (r as string[]).join("\t")).join("\n"));
    writeFileSync(join(dir, "dinas-x.ndjson"), rows.map((r) => JSON.stringify(Object.fromEntries((head as string[]).map((h, i) => [h, (r as string[])[i]])))).join("\n"));
    const outputs: string[] = [];
    for (const input of [fixture("dinas-x.csv"), join(dir, "dinas-x.tsv"), join(dir, "dinas-x.ndjson")]) {
      const out = join(dir, `${outputs.length}.ndjson`);
      const r = await kinerja("score", input, "--scheme", fixture("dinas-x.scheme.json"), "--map", fixture("dinas-x.map.json"), "-o", out, "-q");
      expect(r.code).toBe(1);
      outputs.push(readFileSync(out, "utf8"));
    }
    expect(outputs[1]).toBe(outputs[0]);
    // NDJSON has no header line: its rows are lines 1–7 where the CSV's are 2–8; all else is equal.
    const parse = (t: string) => t.trim().split("\n").map((l) => JSON.parse(l) as { line: number });
    expect(parse(outputs[2] as string).map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const withoutLine = (t: string) => parse(t).map(({ line: _line, ...rest }) => JSON.stringify(rest).replace(/juga di baris \d+/, "juga di baris n"));
    expect(withoutLine(outputs[2] as string)).toEqual(withoutLine(outputs[0] as string));
  });
});
