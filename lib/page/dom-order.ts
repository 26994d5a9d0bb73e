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
