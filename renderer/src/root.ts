import { createRoot, type Root } from 'react-dom/client';

const roots = new WeakMap<HTMLElement, Root>();

/**
 * The React root rendering into `container`, made on first use: a first start's screen and the
 * app that takes over from it render into the same one.
 */
export function rootFor(container: HTMLElement): Root {
  let root = roots.get(container);
  if (!root) roots.set(container, (root = createRoot(container)));
  return root;
}
