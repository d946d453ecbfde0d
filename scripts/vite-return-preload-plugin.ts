import type { Plugin } from 'vite';

type Bundle = Record<string, { type: string; imports?: string[] }>;

/** The chunks a chunk needs before it runs: its static imports, and theirs. */
function staticClosure(bundle: Bundle, fileName: string, into = new Set<string>()): Set<string> {
  for (const imported of bundle[fileName]?.imports ?? []) {
    if (into.has(imported)) continue;
    into.add(imported);
    staticClosure(bundle, imported, into);
  }
  return into;
}

/**
 * The page's entry shows a first start's screen with what it imports, and loads the app with its
 * data (`returnScreen`, a source path relative to the project) on demand: a first start does not
 * need it. A return does, at once: the page lists that chunk and the chunks it imports, less
 * those the entry preloads already, and a small script (assets/return-preload.js) preloads them
 * when the start-up language hint (`hintKey`, in localStorage) says this is a return.
 */
export function returnPreload(returnScreen: string, hintKey: string): Plugin {
  return {
    name: 'carelit-return-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const screen = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${returnScreen}`));
        if (!screen) throw new Error(`returnPreload: no chunk for ${returnScreen}; is it still loaded with import()?`);
        const withPage = new Set<string>();
        for (const entry of chunks.filter((chunk) => chunk.isEntry)) staticClosure(bundle as Bundle, entry.fileName, withPage.add(entry.fileName));
        const needed = [screen.fileName, ...staticClosure(bundle as Bundle, screen.fileName)].filter((fileName) => !withPage.has(fileName));
        return [
          { tag: 'meta', attrs: { name: 'carelit-return-preload', 'data-key': hintKey, content: needed.map((fileName) => `/${fileName}`).join(' ') }, injectTo: 'head' },
          // Not deferred: it runs as the page is read, before the entry's graph has even been fetched.
          { tag: 'script', attrs: { src: '/return-preload.js' }, injectTo: 'head' },
        ];
      },
    },
  };
}
