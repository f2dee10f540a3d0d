#!/usr/bin/env node
// The `kinerja` command. It runs the TypeScript sources through tsx (a dependency of this package),
// and imports the kinerja library by name: the built package (`npm run build` at the repository root,
// which `npm ci` runs through the root's `prepare` script).
import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/main.ts");
process.exitCode = await run(process.argv.slice(2));
