import { isPreviewHash, parsePreviewRoute, previewHref, type PreviewRoute } from '../../../renderer/src/preview/route';

describe('preview addresses', () => {
  it.each<[string, PreviewRoute]>([
    ['#/preview', { name: 'modules' }],
    ['#/preview/', { name: 'modules' }],
    ['#/preview/sample', { name: 'module', moduleId: 'sample' }],
    ['#/preview/sample/', { name: 'module', moduleId: 'sample' }],
    ['#/preview/sample/q-single', { name: 'block', moduleId: 'sample', blockId: 'q-single' }],
    ['#/preview/sample/q-single/', { name: 'block', moduleId: 'sample', blockId: 'q-single' }],
  ])('%s names the right page', (hash, route) => {
    expect(parsePreviewRoute(hash)).toEqual(route);
  });

  it('decodes %-escaped ids, and an escaped slash stays inside its id', () => {
    expect(parsePreviewRoute('#/preview/ai%2Dbasics/q%20one')).toEqual({ name: 'block', moduleId: 'ai-basics', blockId: 'q one' });
    expect(parsePreviewRoute('#/preview/a%2Fb')).toEqual({ name: 'module', moduleId: 'a/b' });
    expect(parsePreviewRoute('#/preview/%C3%A9t%C3%A9')).toEqual({ name: 'module', moduleId: 'été' });
  });

  it.each([
    ['broken escapes', '#/preview/%E0%A4%A'],
    ['a lone percent sign', '#/preview/sample/50%'],
    ['an empty module id', '#/preview//q-single'],
    ['an empty id before a trailing slash', '#/preview//'],
    ['an empty block id', '#/preview/sample//'],
    ['too many parts', '#/preview/sample/q-single/extra'],
  ])('calls an address with %s invalid rather than guessing', (_, hash) => {
    expect(parsePreviewRoute(hash)).toEqual({ name: 'invalid' });
  });

  it.each(['', '#', '#main', '#/', '#/previews', '#/previewsample', '#preview', '#/Preview', '/preview'])('leaves %j to the learner app', (hash) => {
    expect(isPreviewHash(hash)).toBe(false);
    expect(parsePreviewRoute(hash)).toBeNull();
  });

  it.each<PreviewRoute>([
    { name: 'modules' },
    { name: 'module', moduleId: 'sample' },
    { name: 'block', moduleId: 'sample', blockId: 'q-single' },
    { name: 'block', moduleId: 'odd/id', blockId: '50% #1' },
  ])('writes links that read back to the same page: %j', (route) => {
    const href = previewHref(route);
    expect(isPreviewHash(href)).toBe(true);
    expect(parsePreviewRoute(href)).toEqual(route);
  });

  it('links an invalid address back to the module list', () => {
    expect(previewHref({ name: 'invalid' })).toBe('#/preview');
  });
});
