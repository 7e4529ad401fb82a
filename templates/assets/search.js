// Starts Pagefind's search box on the search page, the one page with scripts.
// The site's path prefix and the search shards (one Pagefind bundle each, all
// searched together) come from data attributes, since inline scripts are not
// allowed by the page's Content-Security-Policy.
window.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('search');
  if (!element || typeof window.PagefindUI !== 'function') return;
  const baseUrl = element.dataset.baseUrl || '/';
  const bundles = (element.dataset.bundles || '/pagefind/').split(' ').filter(Boolean).map((bundle) => baseUrl + bundle.replace(/^\//, ''));
  new window.PagefindUI({
    element: '#search',
    baseUrl,
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map((bundlePath) => ({ bundlePath, baseUrl })),
    showImages: false,
    showSubResults: true,
    resetStyles: false,
  });
  const input = element.querySelector('input');
  // Pagefind gives its box only a title; a real label for screen readers.
  if (input && element.dataset.label) input.setAttribute('aria-label', element.dataset.label);
  const query = new URLSearchParams(window.location.search).get('q');
  if (input && query) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
});
