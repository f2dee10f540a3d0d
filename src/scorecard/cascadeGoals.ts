import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { GoalSchema, type Goal, type GoalInput } from "../schema/goal.js";
import { parseWith } from "../schema/toKinerjaError.js";
import * as z from "zod/mini";
import { Dec } from "../math/decimal.js";
import { roundDec } from "../math/roundDec.js";

/** A goal in the cascade with the goals that support it. */
export interface GoalNode {
  readonly id: string;
  readonly level: Goal["level"];
  readonly statement: string;
  readonly owner: string | null;
  readonly children: readonly GoalNode[];
}

/** The cascade: trees from organisation goals down, and the goals that hang nowhere. */
export interface Cascade {
  /** Organisation goals with their unit and individual goals beneath. */
  readonly roots: readonly GoalNode[];
  /** Goals whose parent is missing, of the wrong level, or that sit in a cycle (see `checkGoals` for why). */
  readonly unaligned: readonly string[];
  /** Share (0–1, as decimal text with 4 places) of individual goals that reach an organisation goal. */
  readonly individualAlignment: string;
}

const Input = z.strictObject({ goals: z.array(GoalSchema).check(z.maxLength(100000)) });

/**
 * Builds the goal cascade organisation → unit → individual, aligning each goal to its parent.
 *
 * @param input - `{ goals }`
 * @throws `KinerjaError` `INVALID_INPUT` for malformed goals or duplicate ids
 * @example
 * ```ts
 * const { roots, unaligned } = cascadeGoals({ goals });
 * ```
 */
export function cascadeGoals(input: { readonly goals: readonly GoalInput[] }): Cascade {
  const { goals } = parseWith(Input, input, "INVALID_INPUT", "goals");
  const byId = new Map<string, Goal>();
  const dup = goals.flatMap((g, i) => {
    const d = byId.has(g.id);
    byId.set(g.id, g);
    return d ? [issue(["goals", i, "id"], "duplicate_id", `duplicate goal id '${g.id}'`)] : [];
  });
  if (dup.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid goals", dup);

  const above: Record<Goal["level"], Goal["level"] | null> = { organisation: null, unit: "organisation", individual: "unit" };
  const kids = new Map<string, Goal[]>();
  const unaligned: string[] = [];
  for (const g of goals) {
    const parent = g.parent === undefined ? undefined : byId.get(g.parent);
    if (g.level === "organisation" && g.parent === undefined) continue;
    if (!parent || parent.level !== above[g.level]) {
      unaligned.push(g.id);
      continue;
    }
    const list = kids.get(parent.id) ?? [];
    list.push(g);
    kids.set(parent.id, list);
  }
  const node = (g: Goal): GoalNode => ({
    id: g.id,
    level: g.level,
    statement: g.statement,
    owner: g.owner ?? null,
    children: (kids.get(g.id) ?? []).map(node),
  });
  const roots = goals.filter((g) => g.level === "organisation" && g.parent === undefined).map(node);
  const reached = new Set<string>();
  const walk = (n: GoalNode): void => {
    reached.add(n.id);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  const individuals = goals.filter((g) => g.level === "individual");
  const aligned = individuals.filter((g) => reached.has(g.id)).length;
  const share = individuals.length === 0 ? "1.0000" : roundDec(new Dec(aligned).div(individuals.length), { places: 4, mode: "halfUp" }).toFixed(4);
  return { roots, unaligned, individualAlignment: share };
}
