/**
 * Cytoscape adds a `<style>` element to the page the first time it draws (one rule: its container is
 * `position: relative`), unless an element with this id already exists. The page's CSP allows no
 * inline styles (style-src 'self'), so that element would be refused and reported as a violation.
 * The rule lives in app.css instead, and an inert marker with the id tells Cytoscape it is there.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

export function markCytoscapeStylesheet(document: Document): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  marker.name = 'cytoscape-container-style';
  marker.content = 'in app.css';
  document.head.append(marker);
}
