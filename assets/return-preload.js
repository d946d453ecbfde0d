/*
 * A return to CareLit: this computer knows her language (renderer/src/db/language-hint.ts), so
 * her first screen is the app with its data, which the page's entry loads on demand. The page
 * lists what that screen needs (scripts/vite-return-preload-plugin.ts); fetching it now, with the
 * page, rather than once the entry has run, spares her the wait. A first start fetches none of it.
 */
(function () {
  var list = document.querySelector('meta[name="carelit-return-preload"]');
  if (!list) return;
  try {
    if (localStorage.getItem(list.getAttribute('data-key')) === null) return;
  } catch {
    return;
  }
  list
    .getAttribute('content')
    .split(' ')
    .forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
})();
