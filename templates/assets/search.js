// Starts Pagefind's search box on the search page, the one page with scripts.
// The site's path prefix comes from a data attribute, since inline scripts are
// not allowed by the page's Content-Security-Policy.
window.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('search');
  if (!element || typeof window.PagefindUI !== 'function') return;
  new window.PagefindUI({
    element: '#search',
    baseUrl: element.dataset.baseUrl || '/',
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
