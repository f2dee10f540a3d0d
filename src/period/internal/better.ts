import type { Dec } from "../../math/decimal.js";

/** Which of two point values is used by "the better of achievement and improvement". */
export type BetterUsed = "achievement" | "improvement";

/** The larger of achievement and improvement (achievement on a tie or when improvement is null). */
export function better(achievement: Dec, improvement: Dec | null): { value: Dec; used: BetterUsed; tie: boolean } {
  if (improvement === null) return { value: achievement, used: "achievement", tie: false };
  if (improvement.gt(achievement)) return { value: improvement, used: "improvement", tie: false };
  return { value: achievement, used: "achievement", tie: improvement.eq(achievement) };
}
