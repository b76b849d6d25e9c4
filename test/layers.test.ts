/**
 * One-way layers (docs/architecture.md, test/layers.test.ts): each layer imports only layers below it, type-only
 * imports included, and no file imports itself back through a cycle. Reads every static and
 * dynamic relative import of the shipped code (src/, checks/, reports/) and of scripts/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Bottom to top. A file belongs to the first layer whose prefix matches its path. */
interface Layer {
  name: string;
  prefixes: readonly string[];
  mayImport: readonly string[];
  /** Layers this one may import types from, never values (data flows in through the inventory object). */
  typesFrom?: readonly string[];
}

const LAYERS: readonly Layer[] = [
  { name: 'util', prefixes: ['src/util/'], mayImport: [] },
  { name: 'srm', prefixes: ['src/srm/', 'src/frameworks/'], mayImport: ['util'] },
  { name: 'lib', prefixes: ['src/lib/'], mayImport: ['util'] },
  { name: 'aws', prefixes: ['src/aws/'], mayImport: ['util'] },
  { name: 'inventory', prefixes: ['src/inventory/'], mayImport: ['aws', 'lib', 'util'] },
  { name: 'kit', prefixes: ['src/check/kit/'], mayImport: ['check', 'aws', 'lib', 'srm', 'util'], typesFrom: ['inventory'] },
  { name: 'check', prefixes: ['src/check/'], mayImport: ['aws', 'lib', 'srm', 'util'], typesFrom: ['inventory'] },
  { name: 'checks', prefixes: ['checks/'], mayImport: ['kit', 'check', 'aws', 'lib', 'srm', 'util'], typesFrom: ['inventory'] },
  { name: 'result', prefixes: ['src/result/'], mayImport: ['srm', 'lib', 'util'], typesFrom: ['check'] },
  { name: 'engine', prefixes: ['src/engine/'], mayImport: ['result', 'check', 'inventory', 'aws', 'lib', 'srm', 'util'] },
  { name: 'config', prefixes: ['src/config/'], mayImport: ['engine', 'result', 'check', 'srm', 'util'] },
  { name: 'reports', prefixes: ['reports/'], mayImport: ['result', 'srm', 'util'] },
  { name: 'output', prefixes: ['src/output/'], mayImport: ['reports', 'result', 'aws', 'util'] },
  { name: 'cli', prefixes: ['src/cli/'], mayImport: ['*'] },
  { name: 'scripts', prefixes: ['scripts/'], mayImport: ['*'] },
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return walk(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

function layerOf(file: string): string {
  const hit = LAYERS.find((l) => l.prefixes.some((p) => file.startsWith(p)));
  if (!hit) throw new Error(`${file} is in no layer: add its folder to test/layers.test.ts`);
  return hit.name;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

interface Edge {
  target: string;
  typeOnly: boolean;
}

/** file → the project files it imports (relative specifiers only; packages are outside the layers). */
function importGraph(): Map<string, Edge[]> {
  const files = ['src', 'checks', 'reports', 'scripts'].flatMap((d) => walk(join(root, d)));
  const graph = new Map<string, Edge[]>();
  for (const abs of files) {
    const file = relative(root, abs);
    const targets: Edge[] = [];
    for (const m of readFileSync(abs, 'utf8').matchAll(IMPORT)) {
      const spec = m[2] ?? m[3]!;
      if (!spec.startsWith('.')) continue;
      targets.push({ target: relative(root, resolve(dirname(abs), spec)).replace(/\.js$/, '.ts'), typeOnly: !!m[1] });
    }
    graph.set(file, targets);
  }
  return graph;
}

const graph = importGraph();

describe('layers', () => {
  it('puts every file in a layer', () => {
    for (const f of graph.keys()) expect(() => layerOf(f), f).not.toThrow();
  });

  it('imports only downward (type-only imports included)', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      const layer = LAYERS.find((l) => l.name === from)!;
      for (const { target, typeOnly } of targets) {
        if (target.startsWith('test/')) {
          upward.push(`${file} → ${target} (shipped code and scripts never import tests)`);
          continue;
        }
        const to = layerOf(target);
        if (to === from || layer.mayImport.includes('*') || layer.mayImport.includes(to)) continue;
        if (typeOnly && layer.typesFrom?.includes(to)) continue;
        upward.push(`${file} (${from}) → ${target} (${to})${layer.typesFrom?.includes(to) ? ': types only' : ''}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('loads SDK client packages only through src/aws/sdk.ts (shipped code imports their types only)', () => {
    // A value import of '@aws-sdk/client-*' anywhere else would load that package at start-up again.
    const eager: string[] = [];
    for (const file of graph.keys()) {
      if (file === 'src/aws/sdk.ts' || file.startsWith('scripts/')) continue;
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) {
        const spec = m[2] ?? m[3]!;
        if (/^@aws-sdk\/client-/.test(spec) && !m[1]) eager.push(`${file} → ${spec}`);
      }
    }
    expect(eager).toEqual([]);
  });

  it('has no file cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...stack.slice(stack.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      stack.push(f);
      for (const { target } of graph.get(f) ?? []) visit(target);
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f);
    expect(cycles).toEqual([]);
  });
});
