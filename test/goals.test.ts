// Goals (src/scorecard/checkGoals.ts, src/scorecard/cascadeGoals.ts): SMART checks, due dates inside
// the period (UTC calendar dates, inclusive), the cascade organisation → unit → individual.
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cascadeGoals, checkGoals, type GoalCheck, type GoalInput } from "../src/index.js";
import { deepFreeze, expectError, snapshot } from "./helpers.js";

const PERIOD = { start: "2026-01-01", end: "2026-12-31" };

/** A goal that passes every check (an individual goal under unit goal u1 under organisation goal o1). */
function goodGoal(over: Partial<GoalInput> = {}): GoalInput {
  return {
    id: "g1",
    statement: "Meningkatkan indeks kepuasan masyarakat menjadi 85 poin",
    level: "individual",
    owner: "199001012015011001",
    parent: "u1",
    indicators: [{ name: "Indeks kepuasan masyarakat", target: 85, unit: "poin" }],
    due: "2026-12-31",
    ...over,
  };
}

/** The organisation and unit goals above g1, both passing every check. */
const above: GoalInput[] = [
  {
    id: "o1",
    statement: "Pelayanan publik yang cepat dan terpercaya",
    level: "organisation",
    owner: "kementerian",
    objective: "service",
    indicators: [{ name: "Indeks pelayanan publik", target: 4, unit: "skala 5" }],
    due: "2026-12-31",
  },
  {
    id: "u1",
    statement: "Mempercepat layanan perizinan di unit pelayanan",
    level: "unit",
    owner: "unit-pelayanan",
    parent: "o1",
    indicators: [{ name: "Waktu layanan", target: 3, unit: "hari" }],
    due: "2026-06-30",
  },
];

/** The checks that fired for goal `id` when checked with the good goals above it. */
function checksOf(goal: GoalInput, period = PERIOD, minWords?: number): GoalCheck[] {
  const report = checkGoals({ goals: [...above, goal], period, ...(minWords === undefined ? {} : { minWords }) });
  return report.findings.filter((f) => f.goal === goal.id).map((f) => f.check);
}

describe("checkGoals: SMART", () => {
  it("a good goal (and the goals above it) has no findings and is passed", () => {
    const report = checkGoals({ goals: [...above, goodGoal()], period: PERIOD });
    expect(report.findings).toEqual([]);
    expect(report.passed).toEqual(["o1", "u1", "g1"]);
    expect(report.total).toBe(3);
  });

  it("specific: a statement of fewer than minWords (default 4) words fires; exactly minWords does not", () => {
    expect(checksOf(goodGoal({ statement: "Tingkatkan IKM" }))).toEqual(["specific"]);
    expect(checksOf(goodGoal({ statement: "Tingkatkan IKM unit pelayanan" }))).toEqual([]);
    expect(checksOf(goodGoal({ statement: "   " }))).toEqual(["specific"]);
    expect(checksOf(goodGoal({ statement: "Tingkatkan IKM" }), PERIOD, 2)).toEqual([]);
    // Blank text has no word at all: it fails even a minimum of one word.
    expect(checksOf(goodGoal({ statement: " \t " }), PERIOD, 1)).toEqual(["specific"]);
    expect(checksOf(goodGoal({ statement: " IKM " }), PERIOD, 1)).toEqual([]);
  });

  it("measurable: no indicator fires; an indicator without target or without unit fires once each", () => {
    expect(checksOf(goodGoal({ indicators: [] }))).toEqual(["measurable"]);
    expect(checksOf(goodGoal({ indicators: [{ name: "IKM", unit: "poin" }] }))).toEqual(["measurable"]);
    expect(checksOf(goodGoal({ indicators: [{ name: "IKM", target: 85 }] }))).toEqual(["measurable"]);
    expect(checksOf(goodGoal({ indicators: [{ name: "IKM" }] }))).toEqual(["measurable", "measurable"]);
  });

  it("assignable: no owner or a blank owner fires", () => {
    const noOwner = goodGoal();
    delete noOwner.owner;
    expect(checksOf(noOwner)).toEqual(["assignable"]);
    expect(checksOf(goodGoal({ owner: "  " }))).toEqual(["assignable"]);
  });

  it("relevant: an organisation goal linked to neither an objective nor a parent fires; with an objective it does not", () => {
    const org: GoalInput = { ...snapshot(nthAbove(0)), id: "o2" };
    delete org.objective;
    expect(checksOf(org)).toEqual(["relevant"]);
    expect(checksOf({ ...org, objective: "service" })).toEqual([]);
  });

  it("time-bound: no due date fires; a due date outside the period fires", () => {
    const noDue = goodGoal();
    delete noDue.due;
    expect(checksOf(noDue)).toEqual(["timeBound"]);
    expect(checksOf(goodGoal({ due: "2027-01-01" }))).toEqual(["timeBound"]);
  });

  it("each finding names the goal, its path and a message in Indonesian and English", () => {
    const report = checkGoals({ goals: [...above, goodGoal({ due: "2027-01-01" })], period: PERIOD });
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0];
    expect(f?.goal).toBe("g1");
    expect(f?.at).toBe("goals[2]");
    expect(f?.message.id).toContain("2027-01-01");
    expect(f?.message.en).toContain("2027-01-01");
    expect(report.passed).toEqual(["o1", "u1"]);
  });
});

function nthAbove(i: number): GoalInput {
  const g = above[i];
  if (!g) throw new Error("no goal");
  return g;
}

describe("checkGoals: due dates are UTC calendar dates, inclusive", () => {
  it.each([
    ["2026-01-01", true],
    ["2026-12-31", true],
    ["2026-06-15", true],
    ["2025-12-31", false],
    ["2027-01-01", false],
  ])("period 2026-01-01…2026-12-31: due %s inside = %s", (due, inside) => {
    expect(checksOf(goodGoal({ due })).includes("timeBound")).toBe(!inside);
  });

  it.each([
    ["2024-02-29", true],
    ["2024-01-01", true],
    ["2024-12-31", true],
    ["2025-01-01", false],
    ["2023-12-31", false],
  ])("leap year 2024: due %s inside = %s", (due, inside) => {
    const period = { start: "2024-01-01", end: "2024-12-31" };
    const report = checkGoals({ goals: [{ ...goodGoal({ due }), parent: undefined, objective: "service" }], period });
    // The goal has no parent (so `aligned` fires); only the time-bound check is under test.
    expect(report.findings.some((f) => f.check === "timeBound")).toBe(!inside);
  });

  it("a one-day period holds its own day only", () => {
    const period = { start: "2024-02-29", end: "2024-02-29" };
    expect(checksOf(goodGoal({ due: "2024-02-29" }), period)).not.toContain("timeBound");
    expect(checksOf(goodGoal({ due: "2024-03-01" }), period)).toContain("timeBound");
    expect(checksOf(goodGoal({ due: "2024-02-28" }), period)).toContain("timeBound");
  });

  it("does not depend on the process time zone (each zone set in a child process, so that any test runner's threads can run it)", () => {
    const goals = [...above, goodGoal({ id: "a", due: "2026-12-31" }), goodGoal({ id: "b", due: "2027-01-01" }), goodGoal({ id: "c", due: "2026-01-01" }), goodGoal({ id: "d", due: "2025-12-31" })];
    const here = checkGoals({ goals, period: PERIOD });
    expect(here.findings.filter((f) => f.check === "timeBound").map((f) => f.goal)).toEqual(["b", "d"]);
    // Node applies a TZ change at once on a process's main thread (the date below is in the zone's standard time).
    const zones = { "Pacific/Kiritimati": -840, "Pacific/Pago_Pago": 660, "Asia/Jakarta": -420, UTC: 0 };
    const script = `
      const { checkGoals } = await import(process.argv[1]);
      const { goals, period, zones } = JSON.parse(process.argv[2]);
      const out = {};
      for (const tz of zones) {
        process.env.TZ = tz;
        out[tz] = { offset: new Date("2026-01-15T00:00:00Z").getTimezoneOffset(), report: checkGoals({ goals, period }) };
      }
      process.stdout.write(JSON.stringify(out));`;
    const module = fileURLToPath(new URL("../src/scorecard/checkGoals.ts", import.meta.url));
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, pathToFileURL(module).href, JSON.stringify({ goals, period: PERIOD, zones: Object.keys(zones) })], { encoding: "utf8", timeout: 60_000 });
    expect(child.stderr).toBe("");
    const there = JSON.parse(child.stdout) as Record<string, { offset: number; report: unknown }>;
    for (const [tz, offset] of Object.entries(zones)) {
      expect(there[tz]?.offset).toBe(offset);
      expect(there[tz]?.report).toEqual(JSON.parse(JSON.stringify(here)));
    }
  });
});

describe("checkGoals: cascade alignment", () => {
  it("an individual goal whose parent is an organisation goal (wrong level) fires aligned", () => {
    expect(checksOf(goodGoal({ parent: "o1" }))).toEqual(["aligned"]);
  });

  it("a unit goal whose parent is an individual goal fires aligned", () => {
    const report = checkGoals({ goals: [...above, goodGoal(), { ...nthAbove(1), id: "u2", parent: "g1" }], period: PERIOD });
    expect(report.findings.filter((f) => f.goal === "u2").map((f) => f.check)).toEqual(["aligned"]);
  });

  it("an unknown parent fires aligned (and names the parent)", () => {
    const report = checkGoals({ goals: [...above, goodGoal({ parent: "nope" })], period: PERIOD });
    const f = report.findings.filter((x) => x.goal === "g1");
    expect(f.map((x) => x.check)).toEqual(["aligned"]);
    expect(f[0]?.message.en).toContain("nope");
  });

  it("a unit or individual goal without a parent fires aligned (an organisation goal does not)", () => {
    const orphan = goodGoal({ objective: "service" });
    delete orphan.parent;
    expect(checksOf(orphan)).toEqual(["aligned"]);
    expect(checkGoals({ goals: above, period: PERIOD }).findings).toEqual([]);
  });

  it("an organisation goal with a parent fires aligned", () => {
    expect(checksOf({ ...nthAbove(0), id: "o2", parent: "o1" })).toEqual(["aligned"]);
  });

  it("a cycle of parents fires aligned for the goals in it (and terminates)", () => {
    const goals: GoalInput[] = [
      { ...nthAbove(1), id: "uA", parent: "uB" },
      { ...nthAbove(1), id: "uB", parent: "uA" },
      { ...nthAbove(1), id: "uC", parent: "uC" },
    ];
    const report = checkGoals({ goals, period: PERIOD });
    for (const id of ["uA", "uB", "uC"]) {
      const checks = report.findings.filter((f) => f.goal === id);
      expect(checks.every((f) => f.check === "aligned")).toBe(true);
      expect(checks.some((f) => /cycle/.test(f.message.en))).toBe(true);
    }
  });
});

describe("cascadeGoals", () => {
  const goals: GoalInput[] = [
    ...above,
    goodGoal(),
    goodGoal({ id: "g2", owner: "199202022016022002" }),
    goodGoal({ id: "g3", parent: "o1" }), // wrong level: individual under organisation
    goodGoal({ id: "g4", parent: "nope" }), // unknown parent
    { ...nthAbove(1), id: "u2", parent: "missing" }, // unit under an unknown goal
    goodGoal({ id: "g5", parent: "u2" }), // aligned to u2, but u2 reaches no root
  ];

  it("builds the tree organisation → unit → individual", () => {
    const c = cascadeGoals({ goals });
    expect(c.roots.map((r) => r.id)).toEqual(["o1"]);
    const o1 = c.roots[0];
    expect(o1?.level).toBe("organisation");
    expect(o1?.owner).toBe("kementerian");
    expect(o1?.children.map((x) => x.id)).toEqual(["u1"]);
    expect(o1?.children[0]?.children.map((x) => x.id)).toEqual(["g1", "g2"]);
    expect(o1?.children[0]?.children[0]?.children).toEqual([]);
  });

  it("lists the goals whose parent is missing or of the wrong level as unaligned", () => {
    expect(cascadeGoals({ goals }).unaligned).toEqual(["g3", "g4", "u2"]);
  });

  it("individualAlignment: the share of individual goals reaching an organisation goal (2 of 5 → 0.4000)", () => {
    expect(cascadeGoals({ goals }).individualAlignment).toBe("0.4000");
  });

  it("individualAlignment is rounded half-up to 4 places (2 of 3 → 0.6667)", () => {
    expect(cascadeGoals({ goals: [...above, goodGoal(), goodGoal({ id: "g2" }), goodGoal({ id: "g3", parent: "nope" })] }).individualAlignment).toBe("0.6667");
  });

  it("a cycle of unit goals is unaligned and does not loop", () => {
    const c = cascadeGoals({ goals: [{ ...nthAbove(1), id: "uA", parent: "uB" }, { ...nthAbove(1), id: "uB", parent: "uA" }] });
    expect(c.roots).toEqual([]);
    expect(c.unaligned).toEqual(["uA", "uB"]);
  });

  it("an organisation goal with a parent is not a root and is unaligned", () => {
    const c = cascadeGoals({ goals: [nthAbove(0), { ...nthAbove(0), id: "o2", parent: "o1" }] });
    expect(c.roots.map((r) => r.id)).toEqual(["o1"]);
    expect(c.unaligned).toEqual(["o2"]);
  });

  it("does not mutate its (frozen) input", () => {
    const input = deepFreeze({ goals: snapshot(goals) });
    const before = snapshot(input);
    cascadeGoals(input);
    expect(input).toEqual(before);
  });
});

describe("bad input", () => {
  it("goals not a list → INVALID_INPUT at goals", () => {
    expectError(() => checkGoals({ goals: "g1", period: PERIOD } as never), "INVALID_INPUT", "goals", "invalid_type");
    expectError(() => cascadeGoals({ goals: null } as never), "INVALID_INPUT", "goals", "invalid_type");
  });

  it("a duplicate goal id → INVALID_INPUT duplicate_id at goals[1].id", () => {
    expectError(() => checkGoals({ goals: [goodGoal(), goodGoal()], period: PERIOD }), "INVALID_INPUT", "goals[1].id", "duplicate_id");
    expectError(() => cascadeGoals({ goals: [goodGoal(), goodGoal()] }), "INVALID_INPUT", "goals[1].id", "duplicate_id");
  });

  it("a period ending before it starts → INVALID_INPUT invalid_period at period.end", () => {
    expectError(() => checkGoals({ goals: [goodGoal()], period: { start: "2026-12-31", end: "2026-01-01" } }), "INVALID_INPUT", "period.end", "invalid_period");
  });

  it("a date that is not a calendar date → at it (2026-02-29, 2026-13-01, 31/12/2026)", () => {
    expectError(() => checkGoals({ goals: [goodGoal({ due: "2026-02-29" })], period: PERIOD }), "INVALID_INPUT", "goals[0].due");
    expectError(() => checkGoals({ goals: [], period: { start: "2026-13-01", end: "2026-12-31" } }), "INVALID_INPUT", "period.start");
    expectError(() => checkGoals({ goals: [], period: { start: "2026-01-01", end: "31/12/2026" } }), "INVALID_INPUT", "period.end");
  });

  it("an unknown level, a bad id, an unknown key, a bad target or minWords 0 → at it", () => {
    expectError(() => checkGoals({ goals: [goodGoal({ level: "department" as never })], period: PERIOD }), "INVALID_INPUT", "goals[0].level");
    expectError(() => checkGoals({ goals: [goodGoal({ id: "__proto__" })], period: PERIOD }), "INVALID_INPUT", "goals[0].id");
    expectError(() => checkGoals({ goals: [{ ...goodGoal(), weight: 3 } as never], period: PERIOD }), "INVALID_INPUT", "goals[0]", "unrecognized_keys");
    expectError(() => checkGoals({ goals: [goodGoal({ indicators: [{ name: "x", target: "abc" }] })], period: PERIOD }), "INVALID_INPUT", "goals[0].indicators[0].target");
    expectError(() => checkGoals({ goals: [], period: PERIOD, minWords: 0 }), "INVALID_INPUT", "minWords");
  });

  it("a missing period → INVALID_INPUT at period", () => {
    expectError(() => checkGoals({ goals: [] } as never), "INVALID_INPUT", "period");
  });

  it("checkGoals does not mutate its (frozen) input", () => {
    const input = deepFreeze({ goals: [...snapshot(above), goodGoal({ indicators: [] })], period: PERIOD });
    const before = snapshot(input);
    expect(checkGoals(input).findings).toHaveLength(1);
    expect(input).toEqual(before);
  });

  it("ids named like Object.prototype members are plain ids", () => {
    const report = checkGoals({ goals: [{ ...goodGoal(), id: "constructor", parent: "toString" }], period: PERIOD });
    expect(report.findings.map((f) => f.check)).toEqual(["aligned"]);
  });
});

describe("findings and errors explain themselves (the numbers and ids of the input, in Indonesian and English)", () => {
  /** The one finding of `goal` (checked under the good goals above it). */
  const findingOf = (goal: GoalInput, minWords?: number) => {
    const report = checkGoals({ goals: [...above, goal], period: PERIOD, ...(minWords === undefined ? {} : { minWords }) });
    const mine = report.findings.filter((f) => f.goal === goal.id);
    expect(mine).toHaveLength(1);
    return mine[0]?.message ?? { id: "", en: "" };
  };
  const noField = (key: keyof GoalInput): GoalInput => {
    const g = goodGoal();
    delete g[key];
    return g;
  };

  it.each<[string, () => GoalInput, readonly string[], readonly string[]]>([
    // "Tingkatkan IKM" is 2 words; the default minimum is 4.
    ["specific", () => goodGoal({ statement: "  Tingkatkan   IKM " }), ["2 kata", "minimal 4"], ["2 words", "at least 4"]],
    ["measurable: no indicator", () => goodGoal({ indicators: [] }), ["indikator"], ["indicator"]],
    // The second indicator (1-based: 2) lacks its target.
    ["measurable: target", () => goodGoal({ indicators: [{ name: "A", target: 1, unit: "x" }, { name: "B", unit: "x" }] }), ["indikator 2", "target"], ["indicator 2", "target"]],
    ["measurable: unit", () => goodGoal({ indicators: [{ name: "A", target: 1, unit: "x" }, { name: "B", target: 1 }] }), ["indikator 2", "satuan"], ["indicator 2", "unit"]],
    ["assignable", () => noField("owner"), ["pemilik"], ["owner"]],
    ["timeBound: no due date (not a date outside the period)", () => noField("due"), ["tidak ada tenggat"], ["no due date"]],
    ["aligned: unknown parent", () => goodGoal({ parent: "nope" }), ["'nope'"], ["'nope'"]],
    // An individual goal under an organisation goal: its parent should be a unit goal.
    ["aligned: wrong level", () => goodGoal({ parent: "o1" }), ["organisation", "unit"], ["organisation", "unit"]],
  ])("%s", (_, make, id, en) => {
    const m = findingOf(make());
    for (const part of id) expect(m.id).toContain(part);
    for (const part of en) expect(m.en).toContain(part);
    expect(m.id).not.toBe(m.en);
  });

  it("relevant, and an organisation goal under a parent (nothing may be above it: 'tidak ada' / 'none')", () => {
    const org: GoalInput = { ...snapshot(nthAbove(0)), id: "o2" };
    delete org.objective;
    const m = findingOf(org);
    expect(m.en).toContain("objective");
    expect(m.id).toContain("sasaran organisasi");
    const report = checkGoals({ goals: [...above, { ...snapshot(nthAbove(0)), id: "o3", parent: "u1" }], period: PERIOD });
    const f = report.findings.filter((x) => x.goal === "o3");
    expect(f.map((x) => x.check)).toEqual(["aligned"]);
    expect(f[0]?.message.en).toContain("expected none");
    expect(f[0]?.message.id).toContain("seharusnya tidak ada");
  });

  it("a unit goal without a parent, and a cycle (its own id counts as seen: a goal that is its own parent)", () => {
    const unit = findingOf({ ...snapshot(nthAbove(1)), id: "u9", parent: undefined, objective: "service" });
    expect(unit.en).toContain("unit goal");
    expect(unit.id).toContain("sasaran unit");
    const self = checkGoals({ goals: [...above, { ...snapshot(nthAbove(1)), id: "uS", parent: "uS" }], period: PERIOD });
    const cyc = self.findings.filter((x) => x.goal === "uS");
    // Its parent 'uS' is a unit goal (wrong level) and the chain uS → uS is a cycle.
    expect(cyc.map((x) => x.check)).toEqual(["aligned", "aligned"]);
    expect(cyc[1]?.message.en).toContain("cycle");
    expect(cyc[1]?.message.id).toContain("berputar");
  });

  it("errors name what is wrong: a duplicate id, and 'invalid goals'", () => {
    for (const run of [() => checkGoals({ goals: [goodGoal(), goodGoal()], period: PERIOD }), () => cascadeGoals({ goals: [goodGoal(), goodGoal()] })]) {
      const e = expectError(run, "INVALID_INPUT", "goals[1].id", "duplicate_id");
      expect(e.message).toContain("invalid goals");
      expect(e.issues[0]?.message).toBe("duplicate goal id 'g1'");
    }
    expect(expectError(() => cascadeGoals({ goals: 3 } as never), "INVALID_INPUT", "goals").message).toContain("invalid goals");
    expect(expectError(() => checkGoals({ goals: 3, period: PERIOD } as never), "INVALID_INPUT", "goals").message).toContain("invalid goals");
    const p = expectError(() => checkGoals({ goals: [goodGoal()], period: { start: "2026-12-31", end: "2026-01-01" } }), "INVALID_INPUT", "period.end", "invalid_period");
    expect(p.issues[0]?.message).toContain("ends before it starts");
  });
});

describe("cascadeGoals: goals without a parent", () => {
  it("a unit goal without a parent is unaligned and no root; with no individual goals, alignment is 1 (all of none)", () => {
    const c = cascadeGoals({ goals: [nthAbove(0), { ...snapshot(nthAbove(1)), id: "u9", parent: undefined }] });
    expect(c.roots.map((r) => r.id)).toEqual(["o1"]);
    expect(c.roots[0]?.children).toEqual([]);
    expect(c.unaligned).toEqual(["u9"]);
    expect(c.individualAlignment).toBe("1.0000");
  });
});
