import { spawn } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repo, tempDir } from "./helpers.js";

// The installed command (bin/kinerja.mjs, through tsx, with the built library) on a long run: plain
// progress lines on a non-terminal stderr, then Ctrl-C (SIGINT) in the middle. Nothing may be left
// behind: neither the output nor its temporary file.
describe("a long run, interrupted", () => {
  it("prints progress lines, and leaves no output and no temporary file after SIGINT (exit 130)", async () => {
    const dir = tempDir();
    const input = join(dir, "big.csv");
    const rows = ["employee.id,employee.unit,actual.layanan,actual.dokumen"];
    for (let i = 0; i < 400_000; i++) rows.push(`${100000 + i},Unit ${i % 7},${80 + (i % 40)},${40 + (i % 20)}`);
    writeFileSync(input, `${rows.join("\n")}\n`);
    const child = spawn(process.execPath, [repo("cli/bin/kinerja.mjs"), "score", input, "--scheme", repo("cli/test/fixtures/dinas-x.scheme.json"), "-o", join(dir, "out.xlsx"), "--progress-every", "0.5"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    const progressSeen = new Promise<void>((resolve) => {
      child.stderr.on("data", (b: Buffer) => {
        err += b.toString();
        if (/\d+ baris \(0 gagal\), \d+ baris\/dtk/.test(err)) resolve();
      });
    });
    const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await progressSeen;
    child.kill("SIGINT");
    const code = await exit;
    expect(code).toBe(130);
    expect(err).toContain("dihentikan: tidak ada keluaran yang ditulis");
    expect(readdirSync(dir)).toEqual(["big.csv"]);
  }, 120_000);
});
