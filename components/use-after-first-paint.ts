// A flag that turns true just after a component's first paint, so a big view renders what is on screen first
// and the rest right after (the popup's first screen is on the clock). Pixels only: no browser APIs.

import { useEffect, useState } from 'preact/hooks';

/**
 * false during the first render, true from the render that follows the first paint (Preact runs effects after
 * the frame is painted; test renders through act() flush them at once, so tests see the whole view).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return painted;
}
