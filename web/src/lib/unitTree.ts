import type { UnitKerja } from '../api/types.ts';

export interface UnitNode {
  unit: UnitKerja;
  depth: number;
  children: UnitNode[];
}

const byKode = (a: UnitNode, b: UnitNode) =>
  a.unit.kode.localeCompare(b.unit.kode, 'id', { numeric: true }) || a.unit.nama.localeCompare(b.unit.nama, 'id');

/** Builds the tree from the flat list. Units whose parent is missing become roots, so none is lost. */
export function buildUnitTree(units: readonly UnitKerja[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const u of units) nodes.set(u.id, { unit: u, depth: 0, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const visit = (list: UnitNode[], depth: number, seen: Set<string>) => {
    list.sort(byKode);
    for (const n of list) {
      if (seen.has(n.unit.id)) continue; // guards against a cycle in bad data
      seen.add(n.unit.id);
      n.depth = depth;
      visit(n.children, depth + 1, seen);
    }
  };
  visit(roots, 0, new Set());
  return roots;
}

/** Depth-first order, the order a tree reads top to bottom. */
export function flattenUnitTree(roots: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (list: readonly UnitNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}

/** Ids of units whose name or code matches, plus their ancestors so the path stays visible. */
export function matchingWithAncestors(units: readonly UnitKerja[], text: string): Set<string> {
  const needle = text.trim().toLocaleLowerCase('id');
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Set<string>();
  for (const u of units) {
    if (!u.nama.toLocaleLowerCase('id').includes(needle) && !u.kode.toLocaleLowerCase('id').includes(needle)) continue;
    let cur: UnitKerja | undefined = u;
    while (cur && !out.has(cur.id)) {
      out.add(cur.id);
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
  }
  return out;
}

/** Ids of a unit and all units below it (a unit cannot move under its own descendant). */
export function subtreeIds(node: UnitNode): Set<string> {
  const ids = new Set<string>();
  const walk = (n: UnitNode) => {
    ids.add(n.unit.id);
    n.children.forEach(walk);
  };
  walk(node);
  return ids;
}
