/**
 * `kinerja/presets`: regulation presets built on the public kinerja API only — scheme data, scheme and
 * appraisal builders, small formula plugins and standalone calculators. Source of every formula, table and
 * worked example: `reference/regulations.md`. See `docs/presets/`.
 * @module
 */
export * from "./pp46_2011/index.js";
export * from "./pp30_2019/index.js";
export * from "./permenpanrb6_2022/index.js";
export * from "./ikm14_2017/index.js";
export * from "./sakip88_2021/index.js";
export * from "./publicSectorBsc/index.js";
export * from "./career/index.js";
