/**
 * The authors' preview lives under `#/preview` so that it needs no server route and no learner:
 *   #/preview                      every module
 *   #/preview/<module-id>          one module, whole
 *   #/preview/<module-id>/<block>  one block alone
 * Anything else under `#/preview/` is an address the preview does not know.
 */
export type PreviewRoute = { name: 'modules' } | { name: 'module'; moduleId: string } | { name: 'block'; moduleId: string; blockId: string } | { name: 'invalid' };

const PREFIX = '#/preview';

/** True when a location hash belongs to the preview rather than to the learner app. */
export function isPreviewHash(hash: string): boolean {
  return hash === PREFIX || hash.startsWith(`${PREFIX}/`);
}

/** The preview page a location hash names, or null when the hash is not the preview's. */
export function parsePreviewRoute(hash: string): PreviewRoute | null {
  if (!isPreviewHash(hash)) return null;
  const path = hash.slice(PREFIX.length + 1);
  if (path === '') return { name: 'modules' };
  // One trailing slash is what people type; it names the same page.
  const ids = (path.endsWith('/') ? path.slice(0, -1) : path).split('/').map(decodeSegment);
  if (ids.length > 2 || ids.some((id) => id === null || id === '')) return { name: 'invalid' };
  const [moduleId, blockId] = ids as [string, string | undefined];
  return blockId === undefined ? { name: 'module', moduleId } : { name: 'block', moduleId, blockId };
}

/** The `href` of a preview page; parsePreviewRoute reads it back to the same route. */
export function previewHref(route: PreviewRoute): string {
  switch (route.name) {
    case 'modules':
    case 'invalid':
      return PREFIX;
    case 'module':
      return `${PREFIX}/${encodeURIComponent(route.moduleId)}`;
    case 'block':
      return `${PREFIX}/${encodeURIComponent(route.moduleId)}/${encodeURIComponent(route.blockId)}`;
  }
}

/** A path segment with its %-escapes decoded, or null when they are broken (e.g. "%E0%A4%A"). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
