#!/usr/bin/env node
// Fails when an export of a package entry point has no TSDoc comment.
// Usage: node tooling/scripts/check-tsdoc.mjs packages/types/src/index.ts [...]
import ts from 'typescript';

const entries = process.argv.slice(2);
if (entries.length === 0) {
  console.error('usage: check-tsdoc.mjs <entry.ts>...');
  process.exit(2);
}
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
const missing = [];
let checked = 0;

function documented(symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const decls = target.getDeclarations() ?? [];
  return decls.some(
    (d) =>
      ts.getJSDocCommentsAndTags(d).length > 0 ||
      ts.getJSDocCommentsAndTags(d.parent?.parent ?? d).length > 0,
  );
}

for (const entry of entries) {
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) {
    console.error(`cannot read ${entry}`);
    process.exit(2);
  }
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    checked++;
    if (!documented(symbol)) missing.push(`${entry}: ${symbol.getName()}`);
  }
}
if (missing.length > 0) {
  console.error(
    `exports without TSDoc (${missing.length} of ${checked}):\n  ${missing.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`TSDoc: all ${checked} exports documented (${entries.join(', ')})`);
