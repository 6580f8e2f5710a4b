#!/usr/bin/env node
// Lists every Excel member the Office.js adapter touches with its API set (from the typings' table) and
// fails when one above the manifest's minimum ExcelApi is not behind a feature check.
//
// "Behind a feature check" means one of, lexically around the access (closures included):
//   - `if (…features.flag…) { access }` or `cond && …features.flag… ? access : …` or `…features.flag && access`
//     (the flag read as a conjunct of the condition);
//   - the else branch of `if (!…features.flag)`, or any statement after `if (!…features.flag) return/throw/
//     continue/break` in the same block;
//   - a function whose doc comment says `@requiresFeature flag` (its callers must check the flag; reviewers
//     read those call sites).
// The flag must stand for an API set at least as high as the member's: `detectFeatures` in
// src/workbook/office/features.ts maps each flag to `excel(N)`, read from the source here.
// Usage: node scripts/check-api-use.js [files…]  (default: src/workbook/office/*.ts, src/host/office-host.ts)
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const TABLE = require("../test/fakes/excel/api-sets.json");
const FEATURES_FILE = path.join(ROOT, "src/workbook/office/features.ts");

function defaultFiles() {
  const dir = path.join(ROOT, "src/workbook/office");
  return [
    ...fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(dir, f)),
    path.join(ROOT, "src/host/office-host.ts"),
  ];
}

/** The manifest's `<Set Name="ExcelApi" MinVersion="1.N"/>` as N. */
function manifestMinor(manifestPath = path.join(ROOT, "manifest.xml")) {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="1\.(\d+)"/.exec(fs.readFileSync(manifestPath, "utf8"));
  if (!m) throw new Error(`${manifestPath} declares no ExcelApi requirement`);
  return Number(m[1]);
}

/** Each OfficeFeatures flag → the ExcelApi minor `detectFeatures` checks for it (`flag: excel(9)`). */
function featureMinors(featuresPath = FEATURES_FILE) {
  const text = fs.readFileSync(featuresPath, "utf8");
  const flags = {};
  for (const m of text.matchAll(/^\s*(\w+): excel\((\d+)\),?$/gm)) flags[m[1]] = Number(m[2]);
  if (Object.keys(flags).length === 0) throw new Error(`no feature flags found in ${featuresPath}`);
  return flags;
}

/** "ExcelApi 1.9" → 9; another set (ExcelApiOnline…) → Infinity: no ExcelApi host is sure to have it. */
function minorOf(set) {
  const m = /^ExcelApi 1\.(\d+)$/.exec(set);
  return m ? Number(m[1]) : Infinity;
}

/** "RangeFormat.indentLevel" for a symbol declared in `declare namespace Excel`, else null. */
function excelMemberName(symbol) {
  for (const decl of symbol?.declarations ?? []) {
    const owner = decl.parent;
    const block = ts.isModuleBlock(owner) ? owner : owner?.parent;
    const ns = block && ts.isModuleBlock(block) ? block.parent : null;
    if (!ns || !ts.isModuleDeclaration(ns) || ns.name.text !== "Excel" || !ns.parent || !ts.isSourceFile(ns.parent))
      continue;
    if (!decl.getSourceFile().fileName.includes("@types/office-js")) continue;
    if (ts.isModuleBlock(owner)) return symbol.name;
    if (owner.name && ts.isIdentifier(owner.name)) return `${owner.name.text}.${symbol.name}`;
  }
  return null;
}

const unwrap = (e) => (ts.isParenthesizedExpression(e) ? unwrap(e.expression) : e);

/** The flag of `features.flag` / `x.features.flag`, else null. */
function flagRead(e) {
  e = unwrap(e);
  if (!ts.isPropertyAccessExpression(e)) return null;
  const owner = unwrap(e.expression);
  const ownerName = ts.isIdentifier(owner) ? owner.text : ts.isPropertyAccessExpression(owner) ? owner.name.text : "";
  return ownerName === "features" ? e.name.text : null;
}

/** Flags that are true wherever `cond` is true (conjuncts). */
function positiveFlags(cond) {
  cond = unwrap(cond);
  if (ts.isBinaryExpression(cond) && cond.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
    return [...positiveFlags(cond.left), ...positiveFlags(cond.right)];
  const flag = flagRead(cond);
  return flag ? [flag] : [];
}

/** Flags that are true wherever `cond` is false (`!flag` disjuncts). */
function negativeFlags(cond) {
  cond = unwrap(cond);
  if (ts.isBinaryExpression(cond) && cond.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    return [...negativeFlags(cond.left), ...negativeFlags(cond.right)];
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken)
    return positiveFlags(cond.operand);
  return [];
}

function leaves(statement) {
  if (ts.isBlock(statement)) return statement.statements.length > 0 && leaves(statement.statements.at(-1));
  return (
    ts.isReturnStatement(statement) ||
    ts.isThrowStatement(statement) ||
    ts.isContinueStatement(statement) ||
    ts.isBreakStatement(statement)
  );
}

/** Flags known true at `node`, from the checks around it. */
function guardFlags(node) {
  const flags = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) flags.push(...positiveFlags(parent.expression));
      if (child === parent.elseStatement) flags.push(...negativeFlags(parent.expression));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) flags.push(...positiveFlags(parent.condition));
      if (child === parent.whenFalse) flags.push(...negativeFlags(parent.condition));
    } else if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === parent.right
    ) {
      flags.push(...positiveFlags(parent.left));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const s of parent.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && !s.elseStatement && leaves(s.thenStatement))
          flags.push(...negativeFlags(s.expression));
      }
    }
    if (ts.isFunctionLike(parent)) {
      for (const tag of ts.getJSDocTags(parent))
        if (tag.tagName.text === "requiresFeature" && typeof tag.comment === "string")
          flags.push(tag.comment.trim().split(/\s+/)[0]);
      // An arrow function or function expression assigned to a variable carries its doc on the statement.
      const holder = parent.parent && ts.isVariableDeclaration(parent.parent) ? parent.parent.parent?.parent : null;
      if (holder)
        for (const tag of ts.getJSDocTags(holder))
          if (tag.tagName.text === "requiresFeature" && typeof tag.comment === "string")
            flags.push(tag.comment.trim().split(/\s+/)[0]);
    }
  }
  return flags;
}

function compilerOptions() {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile).config;
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
}

/**
 * Every Excel member used in `files`: { member, set, file, line, guardedBy } plus the failures (members
 * above the baseline with no flag of a high enough set around them).
 */
function checkApiUse({ files = defaultFiles(), baseline = manifestMinor(), flags = featureMinors() } = {}) {
  const program = ts.createProgram(files, { ...compilerOptions(), noEmit: true });
  const checker = program.getTypeChecker();
  const uses = [];
  const record = (node, symbol) => {
    const member = excelMemberName(symbol);
    if (!member) return;
    const set = TABLE.members[member] ?? "ExcelApi 1.1";
    const minor = minorOf(set);
    const enough = guardFlags(node).filter((f) => flags[f] !== undefined && flags[f] >= minor);
    const sf = node.getSourceFile();
    uses.push({
      member,
      set,
      file: path.relative(ROOT, sf.fileName),
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      guardedBy: enough[0] ?? null,
      ok: minor <= baseline || enough.length > 0,
    });
  };
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`cannot read ${file}`);
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) record(node.name, checker.getSymbolAtLocation(node.name));
      if (ts.isObjectLiteralExpression(node)) {
        // Option objects typed by Excel (a list rule, page zoom) name members too.
        const contextual = checker.getContextualType(node);
        const type = contextual && checker.getNonNullableType(contextual);
        for (const p of node.properties)
          if (p.name && ts.isIdentifier(p.name)) record(p.name, type?.getProperty(p.name.text));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { uses, failures: uses.filter((u) => !u.ok), baseline };
}

function report({ uses, failures, baseline }) {
  const byMember = new Map();
  for (const u of uses) {
    const row = byMember.get(u.member) ?? { set: u.set, count: 0, guards: new Set() };
    row.count += 1;
    if (u.guardedBy) row.guards.add(u.guardedBy);
    byMember.set(u.member, row);
  }
  const lines = [...byMember]
    .sort(([a, x], [b, y]) => minorOf(x.set) - minorOf(y.set) || (a < b ? -1 : 1))
    .map(([m, r]) => `${r.set.padEnd(16)} ${m.padEnd(44)} ${String(r.count).padStart(3)}×${r.guards.size ? `  behind ${[...r.guards].join(", ")}` : ""}`);
  lines.push(`${byMember.size} Excel members; manifest minimum ExcelApi 1.${baseline}.`);
  for (const f of failures)
    lines.push(`UNGUARDED ${f.file}:${f.line} ${f.member} (${f.set}) needs a feature check (see scripts/check-api-use.js)`);
  return lines.join("\n");
}

module.exports = { checkApiUse, report, featureMinors, manifestMinor };

if (require.main === module) {
  const files = process.argv.slice(2).map((f) => path.resolve(f));
  const result = checkApiUse(files.length ? { files } : {});
  console.log(report(result));
  if (result.failures.length) process.exit(1);
}
