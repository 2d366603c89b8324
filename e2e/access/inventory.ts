/**
 * What the app answers, read from its source: every route (through app/routes.ts, the same flatRoutes
 * call the build uses) with the intents its action handles (through the TypeScript parser). The access
 * table must list exactly these; see e2e/access.spec.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import ts from "typescript";

const appDirectory = path.resolve("app");

export type RouteInfo = {
  /** The address pattern, as React Router writes it: `/requests/:requestId/match`. */
  pattern: string;
  file: string;
  hasLoader: boolean;
  /** The intents the action handles; `default` is a post without a named intent. Empty: no action. */
  intents: string[];
};

/** Every addressable route (pathless layouts excepted: their loader runs under each child). */
export async function appRoutes(): Promise<RouteInfo[]> {
  // app/routes.ts calls flatRoutes(), which asks React Router's build for the app folder
  (globalThis as { __reactRouterAppDirectory?: string }).__reactRouterAppDirectory = appDirectory;
  const config: RouteConfigEntry[] = await (await import("../../app/routes")).default;
  const found: RouteInfo[] = [];
  const walk = (entries: RouteConfigEntry[], prefix: string) => {
    for (const entry of entries) {
      const pattern = entry.path ? `${prefix.replace(/\/$/, "")}/${entry.path}` : prefix;
      if (entry.path !== undefined || entry.index) found.push(inspect(pattern || "/", entry.file));
      walk(entry.children ?? [], pattern);
    }
  };
  walk(config, "");
  return found.sort((x, y) => x.pattern.localeCompare(y.pattern));
}

function inspect(pattern: string, file: string): RouteInfo {
  const source = readFileSync(path.join(appDirectory, file), "utf8");
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const action = exported(tree, "action");
  return {
    pattern,
    file: `app/${file}`,
    hasLoader: Boolean(exported(tree, "loader")),
    intents: action ? intentsOf(action) : [],
  };
}

function exported(tree: ts.SourceFile, name: string): ts.Node | undefined {
  for (const statement of tree.statements) {
    // `export { action } from "…"` would hide the intents from this reader
    if (ts.isExportDeclaration(statement) && statement.getText().match(new RegExp(`\\b${name}\\b`)))
      throw new Error(`${tree.fileName}: declare ${name} in the route file itself`);
    const isExported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!isExported) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) return statement;
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === name) return d;
  }
  return undefined;
}

/**
 * The intents an action tells apart: the keys of `runIntents(request, { … })`, and the strings it
 * compares `intent` or `formData.get("intent")` with (`===` or `switch`). An action without runIntents also answers a
 * post without an intent (`default`): a plain form, or its fall-through.
 */
function intentsOf(action: ts.Node): string[] {
  const names = new Set<string>();
  let usesRunIntents = false;
  const isIntentValue = (node: ts.Expression) =>
    (ts.isIdentifier(node) && node.text === "intent") ||
    (ts.isCallExpression(node) &&
      node.expression.getText().endsWith(".get") &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0]) &&
      node.arguments[0].text === "intent");
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "runIntents"
    ) {
      usesRunIntents = true;
      const table = node.arguments[1];
      if (!table || !ts.isObjectLiteralExpression(table))
        throw new Error(`${where(node)}: write the intents inline, runIntents(request, { name: intent(…) })`);
      for (const p of table.properties) {
        if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
          throw new Error(`${where(p)}: name each intent of runIntents with a plain key`);
        names.add(p.name.text);
      }
    }
    if (ts.isSwitchStatement(node) && isIntentValue(node.expression))
      for (const clause of node.caseBlock.clauses)
        if (ts.isCaseClause(clause) && ts.isStringLiteral(clause.expression))
          names.add(clause.expression.text);
    if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(
        node.operatorToken.kind,
      )
    ) {
      const [value, other] = ts.isStringLiteral(node.right)
        ? [node.right, node.left]
        : [node.left, node.right];
      if (ts.isStringLiteral(value) && isIntentValue(other)) names.add(value.text);
    }
    ts.forEachChild(node, visit);
  };
  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };
  visit(action);
  if (!usesRunIntents) names.add("default");
  return [...names].sort();
}
