import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kinerja, repo, tempDir } from "./helpers.js";

/** The system's Chromium (Debian's `chromium` package; `.ci/run` installs it when missing). */
export function chromiumPath(): string {
  const candidates = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter((p): p is string => p !== undefined);
  const found = candidates.find((p) => existsSync(p));
  if (found === undefined) throw new Error(`no Chromium found (tried ${candidates.join(", ")}); install Debian's chromium package`);
  return found;
}

// The report of the sample agency, opened in headless Chromium: every chart rendered with the number
// of marks its data gives (bars per unit and predikat, one point per employee, one box per unit, 9
// matrix cells …), no console error, no request for anything (the file is self-contained), sortable
// tables. A screenshot is saved to reports/cli-report.png.
describe("the HTML report in a real browser", () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    const dir = tempDir();
    file = join(dir, "report.html");
    const r = await kinerja("report", repo("examples/data/agency.xlsx"), "--scheme", repo("examples/data/agency.scheme.json"), "--map", repo("examples/data/agency.map.json"), "-o", file, "-q");
    expect(r.code).toBe(0);
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("renders every chart with the expected marks, without console errors or network requests", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warn") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${String(e)}`));
    page.on("request", (req) => {
      if (!req.url().startsWith("file:") && !req.url().startsWith("data:")) requests.push(req.url());
    });
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const figures = await page.$$eval("figure[data-marks]", (fs) =>
      fs.map((f) => {
        const expected = JSON.parse(f.getAttribute("data-marks") ?? "{}") as Record<string, number>;
        const found: Record<string, number> = {};
        for (const name of Object.keys(expected)) found[name] = f.querySelectorAll(`svg g.role-mark.${name}_marks > *`).length;
        return { id: f.id, expected, found, svg: f.querySelectorAll("svg").length };
      }),
    );
    expect(figures.map((f) => f.id)).toEqual(["chart-distribution", "chart-histogram", "chart-boxplot", "chart-matrix", "chart-gaps"]);
    for (const f of figures) {
      expect(f.svg, f.id).toBe(1);
      expect(f.found, f.id).toEqual(f.expected);
    }
    // The counts come from the data: 4 units × 5 predikat bars, one point per employee, a box per unit.
    const byId = new Map(figures.map((f) => [f.id, f.found]));
    expect(byId.get("chart-distribution")?.["dist_bars"]).toBe(20);
    expect(byId.get("chart-matrix")?.["matrix_points"]).toBe(96);
    expect(byId.get("chart-matrix")?.["matrix_cells"]).toBe(9);
    expect(byId.get("chart-boxplot")?.["units_layer_1_layer_0"]).toBe(4);
    expect(byId.get("chart-gaps")?.["gap_bars"]).toBe(15);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    mkdirSync(repo("reports"), { recursive: true });
    await page.screenshot({ path: repo("reports/cli-report.png"), fullPage: false });
    expect(readFileSync(repo("reports/cli-report.png")).subarray(1, 4).toString()).toBe("PNG");
    await page.close();
  });

  it("sorts a table by a column when its header is clicked", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const finals = () => page.$$eval("#employees tbody tr", (rows) => rows.map((r) => Number(r.cells[7]?.getAttribute("data-v"))));
    const header = await page.$("#employees thead th:nth-child(8)");
    await header?.click();
    const asc = await finals();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await header?.click();
    const desc = await finals();
    expect(desc).toEqual([...asc].sort((a, b) => b - a));
    expect(desc.length).toBe(96);
    await page.close();
  });
});
