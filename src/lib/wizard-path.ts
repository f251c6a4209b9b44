/**
 * Pure helpers for moving through the wizard's tree (./wizard-tree): node
 * lookup, "Back" (the parent), the path from the start, the branch of a code,
 * progress, and the placeholders left in a command.
 *
 * Everything is computed once from the tree when the module loads. No DOM, no
 * astro:* imports; unknown ids never throw (they give `undefined` or `[]`), so
 * a page can show its "Unknown step" message instead.
 */
import { codeToSlug, slugToCode } from './error-code';
import { NODE_IDS, START_ID, WIZARD_TREE, type NodeId, type Placeholder, type ResultNode, type WizardNode } from './wizard-tree';

const byId: ReadonlyMap<NodeId, WizardNode> = WIZARD_TREE.nodes;

const parents: ReadonlyMap<NodeId, NodeId> = (() => {
  const map = new Map<NodeId, NodeId>();
  for (const [id, node] of byId) {
    if (node.kind !== 'question') continue;
    // First parent wins; the unit tests make sure there is only one.
    for (const answer of node.answers) if (!map.has(answer.next)) map.set(answer.next, id);
  }
  return map;
})();

/** True when `s` is the id of a node of the tree (own ids only: `"constructor"` is not one). */
export function isStepId(s: unknown): s is NodeId {
  return typeof s === 'string' && byId.has(s);
}

/** The node with this id, or `undefined` for an unknown id. */
export function getNode(id: string): WizardNode | undefined {
  return byId.get(id);
}

/** The node "Back" leads to: the parent. `undefined` for the start and for unknown ids. */
export function parentOf(id: string): NodeId | undefined {
  return isStepId(id) ? parents.get(id) : undefined;
}

/** The ids from the start to `id`, both included (`['start']` for the start); `[]` for an unknown id. */
export function pathTo(id: string): NodeId[] {
  if (!isStepId(id)) return [];
  const path: NodeId[] = [id];
  let current: NodeId | undefined = parents.get(id);
  // Bounded by the number of nodes, so a broken tree cannot loop forever.
  while (current !== undefined && path.length <= NODE_IDS.length) {
    path.unshift(current);
    current = parents.get(current);
  }
  return path;
}

/** Nodes on the longest path from `id` down to a result, `id` and the result included. */
const heights: ReadonlyMap<NodeId, number> = (() => {
  const map = new Map<NodeId, number>();
  const visit = (id: NodeId, depth: number): number => {
    const known = map.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let height = 1;
    if (node?.kind === 'question' && depth <= NODE_IDS.length) {
      for (const answer of node.answers) height = Math.max(height, 1 + visit(answer.next, depth + 1));
    }
    map.set(id, height);
    return height;
  };
  for (const id of NODE_IDS) visit(id, 0);
  return map;
})();

/** A step number for a progress indicator ("Step {{step}} of {{total}}"). */
export interface WizardProgress {
  /** 1 for the start, 2 for its answers' nodes, … (the length of {@link pathTo}); {@link total} for a result. */
  step: number;
  /** The same on every step: the nodes on the tree's longest path from the start to a result. */
  total: number;
}

/**
 * Progress at a node: its depth out of the tree's longest path, the same
 * total on every step (so the count never shrinks as the reader goes on); a
 * result is always the last step. `undefined` for an unknown id.
 */
export function progress(id: string): WizardProgress | undefined {
  if (!isStepId(id)) return undefined;
  const total = heights.get(START_ID) ?? 1;
  return { step: getNode(id)?.kind === 'result' ? total : pathTo(id).length, total };
}

/** Every result under `id` (itself when it is a result), in tree order. */
export function resultsUnder(id: string): ResultNode[] {
  const node = getNode(id);
  if (node === undefined) return [];
  if (node.kind === 'result') return [node];
  return node.answers.flatMap((a) => resultsUnder(a.next));
}

/** Branch node (the child of the start) for each guide slug the tree covers. */
const branchBySlug: ReadonlyMap<string, NodeId> = (() => {
  const map = new Map<string, NodeId>();
  const start = byId.get(START_ID);
  if (start?.kind !== 'question') return map;
  for (const answer of start.answers) {
    const guide = resultsUnder(answer.next)[0]?.guide;
    if (guide !== undefined && !map.has(guide)) map.set(guide, answer.next);
  }
  return map;
})();

/**
 * The node a code's branch starts at (the question after "Which error do you
 * see?"), for the guides' "start the wizard at this code" link. Takes a code
 * (`"4.4.316"`, also `"450 4.4.316"`, `"44316"`), a slug (`"4-4-316"`), or
 * `"other"` / `"other-codes"`. `undefined` when the tree has no such branch
 * (callers may fall back to `startFor("other")`).
 */
export function startFor(code: string): NodeId | undefined {
  if (typeof code !== 'string' || code.trim() === '') return undefined;
  return branchBySlug.get(codeToSlug(code));
}

/** The code (`"4.4.316"` or `"other"`) of the branch a node belongs to; `undefined` for the start and unknown ids. */
export function codeOf(id: string): string | undefined {
  const branch = pathTo(id)[1];
  if (branch === undefined) return undefined;
  for (const [slug, node] of branchBySlug) if (node === branch) return slugToCode(slug);
  return undefined;
}

/** The distinct placeholders still present in a command, in order of first appearance. */
export function placeholdersIn(command: string): Placeholder[] {
  const found = command.match(/<(?:smart-host|ip-address|domain|connector-name)>/g) ?? [];
  return [...new Set(found)] as Placeholder[];
}
