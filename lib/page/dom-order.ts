// Document-order helpers that do not rely on Node.compareDocumentPosition (some DOM implementations
// used in tests and the CLI get it wrong). Runs in the content script and the CLI; reads the tree only.

/** Whether `ancestor` contains `node` (or is it). */
export function isInside(node: Node, ancestor: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/** Whether `a` comes before `b` in document order (an ancestor comes before its descendants). */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  // Siblings (paragraphs of one body): no ancestor chains needed.
  const parent = a.parentNode;
  if (parent !== null && parent === b.parentNode) {
    for (let s = a.nextSibling; s; s = s.nextSibling) if (s === b) return true;
    return false;
  }
  const chainA: Node[] = [];
  for (let n: Node | null = a; n; n = n.parentNode) chainA.push(n);
  const inA = new Set(chainA);
  let childB: Node | null = null;
  let n: Node | null = b;
  while (n && !inA.has(n)) {
    childB = n;
    n = n.parentNode;
  }
  if (!n) return false; // different trees
  if (n === a) return true; // a contains b
  if (n === b || !childB) return false; // b contains a
  const childA = chainA[chainA.indexOf(n) - 1];
  for (let s = childA?.nextSibling ?? null; s; s = s.nextSibling) if (s === childB) return true;
  return false;
}

/** Where a node lies relative to the reference node: the reference itself, one of its ancestors, inside
 *  it, before or after it in document order, or in another tree. */
export type NodePosition = 'same' | 'ancestor' | 'inside' | 'before' | 'after' | 'unrelated';

/** Locates many nodes against one reference node: the reference's ancestors are collected once, and
 *  each node costs one walk up to the first shared ancestor (same answers as isInside/precedes). */
export function createPositionFinder(ref: Node): (node: Node) => NodePosition {
  const chain: Node[] = [];
  const depthOf = new Map<Node, number>();
  for (let n: Node | null = ref; n; n = n.parentNode) {
    depthOf.set(n, chain.length);
    chain.push(n);
  }
  return (node) => {
    let child: Node | null = null;
    let n: Node | null = node;
    let at = depthOf.get(node);
    while (n && at === undefined) {
      child = n;
      n = n.parentNode;
      at = n ? depthOf.get(n) : undefined;
    }
    if (!n || at === undefined) return 'unrelated';
    if (at === 0) return child ? 'inside' : 'same';
    if (!child) return 'ancestor';
    const refChild = chain[at - 1];
    for (let s = child.nextSibling; s; s = s.nextSibling) if (s === refChild) return 'before';
    return 'after';
  };
}
