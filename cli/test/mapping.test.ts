import { describe, expect, it } from "vitest";
import { CliError } from "../src/cliError.js";
import { parseMapping } from "../src/mapping.js";

function issuesOf(input: unknown): string[] {
  try {
    parseMapping(input);
  } catch (e) {
    if (e instanceof CliError) return e.issues.map((i) => i.at);
    throw e;
  }
  return [];
}

describe("mapping file", () => {
  it("accepts a minimal mapping and fills the defaults", () => {
    const m = parseMapping({ employee: { id: "NIP" } });
    expect(m.decimal).toBe("auto");
    expect(m.indicators).toEqual([]);
    expect(m.raters).toEqual([]);
  });
  it("reports each problem with its path", () => {
    expect(issuesOf({})).toEqual(["employee"]);
    expect(issuesOf({ employee: { id: "" } })).toEqual(["employee.id"]);
    expect(issuesOf({ employee: { id: "NIP" }, indicators: [{ indicator: "ikm" }] })).toEqual(["indicators[0].actual"]);
    expect(issuesOf({ employee: { id: "NIP" }, raters: [{ group: "boss", rater: "a", columns: {} }] })).toEqual(["raters[0].group"]);
    expect(issuesOf({ employee: { id: "NIP" }, decimal: "koma" })).toEqual(["decimal"]);
    expect(issuesOf({ employee: { id: "NIP" }, extra: 1 })).toEqual([""]);
  });
  it("reports an indicator or a rater mapped twice", () => {
    expect(
      issuesOf({
        employee: { id: "NIP" },
        indicators: [
          { indicator: "ikm", actual: "A" },
          { indicator: "ikm", actual: "B" },
        ],
      }),
    ).toEqual(["indicators[1].indicator"]);
    expect(
      issuesOf({
        employee: { id: "NIP" },
        raters: [
          { group: "self", rater: "diri", columns: {} },
          { group: "peer", rater: "diri", columns: {} },
        ],
      }),
    ).toEqual(["raters[1].rater"]);
  });
  it("needs a sheet or a file for ratings as rows", () => {
    expect(issuesOf({ employee: { id: "NIP" }, ratingRows: { employee: "NIP", rater: "P", group: "H", groups: {}, columns: {} } })).toEqual(["ratingRows.sheet"]);
  });
});
