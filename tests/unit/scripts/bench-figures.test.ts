import path from 'node:path';
import { classicScriptSrcs, entryScriptSrc, fileForSrc, preloadedHrefs, returnPreloadHrefs } from '../../../bench/bundle-size';
import { countFromEnv, kilobytes, median } from '../../../bench/figures';
import { returnLine, startupLine } from '../../../bench/startup';

const viteIndexHtml = `<!doctype html>
<html lang="fr">
  <head>
    <script type="module" crossorigin src="/assets/index-B1x2.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-C3d4.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D5e6.css">
    <meta name="carelit-return-preload" data-key="carelit.language" content="/assets/start-A1.js /assets/database-B2.js">
    <script src="/return-preload.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('reading the build', () => {
  it('finds the entry chunk named by the module script of index.html', () => {
    expect(entryScriptSrc(viteIndexHtml)).toBe('/assets/index-B1x2.js');
    expect(entryScriptSrc(`<script src="/legacy.js"></script><script src='./assets/a.js' type='module'></script>`)).toBe('./assets/a.js');
    expect(entryScriptSrc('<script type="module">inline()</script>')).toBeUndefined();
  });

  it('counts chunks preloaded with the entry as loaded at start', () => {
    expect(preloadedHrefs(viteIndexHtml)).toEqual(['/assets/vendor-C3d4.js']);
  });

  it('counts the chunks the page lists for a return apart, and none when it lists none', () => {
    expect(preloadedHrefs(viteIndexHtml)).not.toContain('/assets/start-A1.js');
    expect(returnPreloadHrefs(viteIndexHtml)).toEqual(['/assets/start-A1.js', '/assets/database-B2.js']);
    expect(classicScriptSrcs(viteIndexHtml)).toEqual(['/return-preload.js']);
    expect(returnPreloadHrefs('<head><meta name="viewport" content="width=device-width"></head>')).toEqual([]);
  });

  it('maps a root- or page-relative src to the built file', () => {
    expect(fileForSrc('dist', '/assets/a.js?v=1')).toBe(path.join('dist', 'assets', 'a.js'));
    expect(fileForSrc('dist', './assets/a.js')).toBe(path.join('dist', 'assets', 'a.js'));
  });
});

describe('turning measurements into figures', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('counts KB of 1000 bytes, as Vite reports them', () => {
    expect(kilobytes(152_349)).toBe('152.3 KB');
  });

  it('reads the number of runs from the environment, refusing what is not a count', () => {
    expect(countFromEnv('BENCH_RUNS', 9, {})).toBe(9);
    expect(countFromEnv('BENCH_RUNS', 9, { BENCH_RUNS: '5' })).toBe(5);
    expect(() => countFromEnv('BENCH_RUNS', 9, { BENCH_RUNS: '0' })).toThrow('BENCH_RUNS must be');
    expect(() => countFromEnv('BENCH_RUNS', 9, { BENCH_RUNS: 'many' })).toThrow('BENCH_RUNS must be');
  });

  it('says OVER when the app takes more than 1.4 times the bare page', () => {
    expect(startupLine({ runs: 9, appMs: 210, bareMs: 150, ratio: 1.4 })).toBe(
      'time to first interactive screen: app 210 ms, bare React 150 ms (medians of 9); ratio 1.40× (median of 9 back-to-back pairs) — target ≤ 1.4×: OK',
    );
    expect(startupLine({ runs: 9, appMs: 240, bareMs: 150, ratio: 1.6 })).toMatch(/ratio 1\.60× .* — target ≤ 1\.4×: OVER$/);
  });

  it('reports a return with its figures and says it has no target, rather than a verdict', () => {
    const line = returnLine({ runs: 9, appMs: 186.4, bareMs: 51, ratio: 3.78 });
    expect(line).toMatch(/^a return .*: app 186 ms, bare React 51 ms \(medians of 9\); ratio 3\.78× — no target/);
    expect(line).not.toMatch(/OK|OVER/);
  });
});
