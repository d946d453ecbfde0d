import type { IndexHtmlTransformContext } from 'vite';
import { returnPreload } from '../../../scripts/vite-return-preload-plugin';

const chunk = (fileName: string, imports: string[], extra: { isEntry?: boolean; facadeModuleId?: string } = {}) => ({ type: 'chunk', fileName, imports, ...extra });
/** A build as the app's: the entry with React; the app (start.tsx) with i18next and the database layer, both sharing a small chunk. */
const bundle = Object.fromEntries(
  [
    chunk('assets/index.js', ['assets/framework.js'], { isEntry: true, facadeModuleId: '/project/renderer/src/main.ts' }),
    chunk('assets/framework.js', []),
    chunk('assets/start.js', ['assets/framework.js', 'assets/i18next.js', 'assets/App.js'], { facadeModuleId: '/project/renderer/src/start.tsx' }),
    chunk('assets/App.js', ['assets/database.js', 'assets/framework.js']),
    chunk('assets/database.js', []),
    chunk('assets/i18next.js', []),
    chunk('assets/Trainer.js', ['assets/zod.js'], { facadeModuleId: '/project/renderer/src/trainer/TrainerScreen.tsx' }),
    chunk('assets/zod.js', []),
    { type: 'asset', fileName: 'assets/index.css' },
  ].map((output) => [output.fileName, output]),
);

type Handler = (html: string, context: IndexHtmlTransformContext) => unknown;
function tagsFor(screen: string) {
  const { transformIndexHtml } = returnPreload(screen, 'carelit.language') as unknown as { transformIndexHtml: { handler: Handler } };
  return transformIndexHtml.handler('', { bundle } as unknown as IndexHtmlTransformContext);
}

describe('the page’s list of what a return needs', () => {
  it('names the app’s chunk and every chunk it imports, less what the entry preloads, then the script that preloads them on a return', () => {
    expect(tagsFor('renderer/src/start.tsx')).toEqual([
      {
        tag: 'meta',
        attrs: { name: 'carelit-return-preload', 'data-key': 'carelit.language', content: '/assets/start.js /assets/i18next.js /assets/App.js /assets/database.js' },
        injectTo: 'head',
      },
      { tag: 'script', attrs: { src: '/return-preload.js' }, injectTo: 'head' },
    ]);
  });

  it('refuses to build when the app is no longer a chunk of its own', () => {
    expect(() => tagsFor('renderer/src/nowhere.tsx')).toThrow('no chunk for renderer/src/nowhere.tsx');
  });
});
