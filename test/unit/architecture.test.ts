import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Violations allowed for a while, each as the key the checker reports: `'from -> to'` for a
 * forbidden import, `'a -> b -> a'` for a cycle. Empty, and it should stay so: a new violation
 * fails the suite, and so does an entry here that no longer happens.
 */
const ALLOWED: readonly string[] = [];

/** Folders end in `/`; anything else names one file. */
const RULES: readonly Rule[] = [
  {
    files: 'src/domain/',
    breaks: (e) =>
      e.kind === 'builtin' ||
      within(e.to, ['src/store/', 'src/ui/', 'src/i18n/', 'src/commands/', 'src/adapters/', 'src/context.ts', 'src/cli.ts', 'src/main.ts']),
    says: 'the domain imports no storage, terminal, wording, command or wiring code, and no Node built-in',
  },
  {
    files: 'src/store/',
    breaks: (e) => within(e.to, ['src/ui/', 'src/i18n/', 'src/commands/']),
    says: 'storage imports no terminal, wording or command code',
  },
  {
    files: 'src/i18n/',
    breaks: (e) => !(e.kind === 'file' && within(e.to, ['src/domain/', 'src/i18n/'])),
    says: 'wording imports only from the domain and from itself',
  },
  {
    files: 'src/adapters/',
    // The file primitives (atomic replace, adding missing lines) are shared with the store, so
    // that git's own files (.gitattributes) are written as safely as customer files.
    breaks: (e) =>
      within(e.to, ['src/store/', 'src/ui/', 'src/i18n/', 'src/commands/', 'src/context.ts', 'src/cli.ts', 'src/main.ts']) &&
      !['src/store/fs.ts', 'src/store/lines.ts'].includes(e.to),
    says: 'adapters to the world outside (iCalendar, CSV, the editor, the shell, git) take plain values: no notebook, terminal, wording or command code',
  },
  {
    files: 'src/ui/',
    breaks: (e) => within(e.to, ['src/store/', 'src/commands/']),
    says: 'the terminal code imports no storage or command code',
  },
];

interface Rule {
  files: string;
  breaks: (edge: Edge) => boolean;
  says: string;
}

interface Import {
  /** The module named, or the source text of a dynamic import whose argument is not a string. */
  specifier: string;
  literal: boolean;
  typeOnly: boolean;
  line: number;
}

interface Edge extends Import {
  from: string;
  /** A file under src/ for a relative import; the specifier itself otherwise. */
  to: string;
  kind: 'file' | 'builtin' | 'package' | 'unresolved';
}

interface Violation {
  key: string;
  message: string;
}

function within(file: string, places: readonly string[]): boolean {
  return places.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));
}

/** Every module a file names: static, re-export, type-only, side-effect, dynamic and `import('…')` types. */
function importsOf(fileName: string, text: string): Import[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Import[] = [];
  const add = (node: ts.Node, specifier: string, literal: boolean, typeOnly: boolean) =>
    out.push({ specifier, literal, typeOnly, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node, node.moduleSpecifier.text, true, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node, node.moduleSpecifier.text, true, node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const ref = node.moduleReference.expression;
      if (ts.isStringLiteral(ref)) add(node, ref.text, true, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) add(node, arg.text, true, false);
      else add(node, node.getText(source), false, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The imports of every file, keyed by repository path (`src/domain/dates.ts`), relative ones resolved to those files. */
function importGraph(sources: Record<string, string>): Edge[] {
  const files = new Set(Object.keys(sources));
  return Object.entries(sources).flatMap(([from, text]) =>
    importsOf(from, text).map((imp): Edge => {
      if (!imp.literal) return { ...imp, from, to: imp.specifier, kind: 'unresolved' };
      if (imp.specifier.startsWith('.')) {
        const base = path.posix.join(path.posix.dirname(from), imp.specifier);
        const to = [base.replace(/\.js$/, '.ts'), base].find((f) => files.has(f));
        return to ? { ...imp, from, to, kind: 'file' } : { ...imp, from, to: imp.specifier, kind: 'unresolved' };
      }
      return { ...imp, from, to: imp.specifier, kind: isBuiltin(imp.specifier) ? 'builtin' : 'package' };
    }),
  );
}

function where(e: Edge): string {
  return `${e.from}:${e.line} ${e.typeOnly ? 'imports types from' : 'imports'} '${e.specifier}'`;
}

/** Forbidden imports, imports the checker cannot follow, and import cycles (type-only imports count). */
function violations(edges: readonly Edge[]): Violation[] {
  const found = new Map<string, string[]>();
  const report = (key: string, message: string) => found.set(key, [...(found.get(key) ?? []), message]);

  for (const e of edges) {
    if (e.kind === 'unresolved') {
      report(`${e.from} -> ${e.to}`, `${where(e)}, which the check cannot follow to a file in src/`);
      continue;
    }
    for (const rule of RULES) {
      if (e.from.startsWith(rule.files) && rule.breaks(e)) report(`${e.from} -> ${e.to}`, `${where(e)}: ${rule.says}`);
    }
  }

  const local = edges.filter((e) => e.kind === 'file');
  const next = new Map<string, string[]>();
  for (const e of local) next.set(e.from, [...new Set([...(next.get(e.from) ?? []), e.to])].sort());
  const component = components(next);
  for (const e of local) {
    if (component.get(e.from) !== component.get(e.to)) continue;
    const back = shortestPath(next, e.to, e.from, (f) => component.get(f) === component.get(e.from));
    const cycle = rotate([e.from, ...back.slice(0, -1)]);
    const steps = cycle.map((f, i) => {
      const to = cycle[(i + 1) % cycle.length]!;
      return where(local.find((x) => x.from === f && x.to === to)!);
    });
    report([...cycle, cycle[0]].join(' -> '), `import cycle: ${steps.join('; ')}`);
  }

  return [...found].map(([key, messages]) => ({ key, message: [...new Set(messages)].join('\n  ') })).sort((a, b) => a.key.localeCompare(b.key));
}

/** Strongly connected components (Tarjan): files that can reach each other share a number. */
function components(next: Map<string, string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const component = new Map<string, number>();
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.set(w, index.get(v)!);
      } while (w !== v);
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return component;
}

/** The files on a shortest import path from `start` to `goal`, both included. */
function shortestPath(next: Map<string, string[]>, start: string, goal: string, inside: (file: string) => boolean): string[] {
  const before = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let v = queue.shift(); v !== undefined; v = queue.shift()) {
    if (v === goal) break;
    for (const w of next.get(v) ?? []) {
      if (inside(w) && !before.has(w)) {
        before.set(w, v);
        queue.push(w);
      }
    }
  }
  const trail: string[] = [];
  for (let v: string | null | undefined = goal; v; v = before.get(v)) trail.unshift(v);
  return trail;
}

/** A cycle starting from its first file in sort order, so each cycle has one spelling. */
function rotate(cycle: string[]): string[] {
  const first = cycle.indexOf([...cycle].sort()[0]!);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

function sourcesUnder(root: string, dir: string): Record<string, string> {
  const files = readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('architecture of src/', () => {
  const sources = sourcesUnder(ROOT, 'src');
  const edges = importGraph(sources);
  const found = violations(edges);

  it('keeps its layers and has no import cycles, apart from the allowed list', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    expect(edges.filter((e) => e.kind === 'file').length).toBeGreaterThan(50);
    const unexpected = found.filter((v) => !ALLOWED.includes(v.key));
    expect(unexpected.map((v) => `${v.key}\n  ${v.message}`), 'imports that break the architecture rules').toEqual([]);
  });

  it('still has every allowed violation, so the allowed list only shrinks', () => {
    const gone = ALLOWED.filter((key) => !found.some((v) => v.key === key));
    expect(gone, 'allowed violations that no longer happen: remove them from ALLOWED').toEqual([]);
  });
});

describe('the architecture check', () => {
  it('sees every form of import, and none in comments or strings', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "import { type C, type D } from './c.js';",
      "import { e, type E } from './e.js';",
      "import './side-effect.js';",
      "export * from './f.js';",
      "export type { G } from './g.js';",
      "export { h } from './h.js';",
      "const i = await import('./i.js');",
      "const j = await import(`./j.js`);",
      "type K = import('./k.js').K;",
      "// import l from './comment.js';",
      "const s = \"import('./string.js')\";",
      'const m = await import(name);',
      "import { readFileSync } from 'node:fs';",
      "import dayjs from 'dayjs';",
    ].join('\n');
    expect(importsOf('x.ts', text).map((i) => [i.specifier, i.typeOnly, i.line])).toEqual([
      ['./a.js', false, 1],
      ['./b.js', true, 2],
      ['./c.js', true, 3],
      ['./e.js', false, 4],
      ['./side-effect.js', false, 5],
      ['./f.js', false, 6],
      ['./g.js', true, 7],
      ['./h.js', false, 8],
      ['./i.js', false, 9],
      ['./j.js', false, 10],
      ['./k.js', true, 11],
      ['import(name)', false, 14],
      ['node:fs', false, 15],
      ['dayjs', false, 16],
    ]);
  });

  it('reports forbidden imports, cycles and imports it cannot follow', () => {
    const found = violations(
      importGraph({
        'src/domain/a.ts': "import type { B } from './b.js';\nexport const a = 1;\n",
        'src/domain/b.ts': "import { a } from './a.js';\nimport { readFileSync } from 'node:fs';\nexport type B = typeof a;\n",
        'src/domain/c.ts': "export { x } from '../ui/x.js';\n",
        'src/ui/x.ts': "export const x = () => import('../store/s.js');\n",
        'src/store/s.ts': "import '../missing.js';\nexport const s = (name: string) => import(name);\n",
        'src/i18n/t.ts': "import dayjs from 'dayjs';\nimport type { B } from '../domain/b.js';\nimport { t } from './t.js';\n",
        'src/commands/p.ts': "import { q } from './q.js';\n",
        'src/commands/q.ts': "import { r } from './r.js';\n",
        'src/commands/r.ts': "import { p } from './p.js';\nimport { s } from '../store/s.js';\n",
      }),
    );
    expect(found.map((v) => v.key)).toEqual([
      'src/commands/p.ts -> src/commands/q.ts -> src/commands/r.ts -> src/commands/p.ts',
      'src/domain/a.ts -> src/domain/b.ts -> src/domain/a.ts',
      'src/domain/b.ts -> node:fs',
      'src/domain/c.ts -> src/ui/x.ts',
      'src/i18n/t.ts -> dayjs',
      'src/i18n/t.ts -> src/i18n/t.ts',
      'src/store/s.ts -> ../missing.js',
      'src/store/s.ts -> import(name)',
      'src/ui/x.ts -> src/store/s.ts',
    ]);
    const message = (key: string) => found.find((v) => v.key === key)?.message;
    expect(message('src/domain/b.ts -> node:fs')).toBe("src/domain/b.ts:2 imports 'node:fs': the domain imports no storage, terminal, wording, command or wiring code, and no Node built-in");
    expect(message('src/domain/a.ts -> src/domain/b.ts -> src/domain/a.ts')).toBe(
      "import cycle: src/domain/a.ts:1 imports types from './b.js'; src/domain/b.ts:1 imports './a.js'",
    );
    expect(message('src/ui/x.ts -> src/store/s.ts')).toContain("src/ui/x.ts:1 imports '../store/s.js'");
  });
});
