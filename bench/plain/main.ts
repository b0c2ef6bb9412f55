// The baseline: what a developer writes by hand with Cytoscape to draw a graph file. Fetch it, map
// nodes and edges to elements, a simple stylesheet with labels, the same fcose layout as the app.
// Opened as `/plain/?graph=<url>`; exposes `window.cy` and `window.showOrganisation` for the bench.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

interface FileNode {
  id: string;
  label: string;
  type: string;
  position?: { x: number; y: number };
}

interface FileEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

declare global {
  interface Window {
    showOrganisation?: (id: string) => void;
    findAndSelect?: (text: string) => void;
  }
}

function elementsOf(file: { nodes: FileNode[]; edges: FileEdge[] }): ElementDefinition[] {
  return [
    ...file.nodes.map((node) => ({
      data: { id: node.id, label: node.label, type: node.type },
      position: node.position,
    })),
    ...file.edges.map((edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type } })),
  ];
}

// The app's fcose options (src/canvas/layouts.ts), minus its seed; fitted to the window.
const fcoseLayout = (nodes: number): LayoutOptions =>
  ({
    name: 'fcose',
    quality: nodes <= 300 ? 'proof' : nodes <= 2000 ? 'default' : 'draft',
    randomize: true,
    animate: false,
    fit: true,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: () => 190,
    nodeRepulsion: () => 30000,
    nodeSeparation: 120,
    packComponents: true,
  }) as LayoutOptions;

/** The organisation, its units (via part_of), their people (holds_role, founded) and products (developed). */
function showOrganisation(cy: Core, id: string): void {
  let units = cy.getElementById(id);
  for (let frontier = units; frontier.nonempty();) {
    frontier = frontier.incomers('edge[type = "part_of"]').sources().difference(units);
    units = units.union(frontier);
  }
  const people = units.incomers('edge[type = "holds_role"], edge[type = "founded"]').sources();
  const products = units.outgoers('edge[type = "developed"]').targets();
  const shown = units.union(people).union(products);
  cy.batch(() => {
    shown.style('display', 'element');
    cy.nodes().difference(shown).style('display', 'none');
  });
}

/** A search box done by hand: the first node whose label contains the text (any case), selected and centred. */
function findAndSelect(cy: Core, text: string): void {
  const wanted = text.toLowerCase();
  const node = cy.nodes().filter((candidate) => String(candidate.data('label')).toLowerCase().includes(wanted))[0];
  if (!node) return;
  cy.$(':selected').unselect();
  node.select();
  cy.center(node);
}

async function main(): Promise<void> {
  const url = new URLSearchParams(window.location.search).get('graph');
  if (url === null) throw new Error('no ?graph= parameter');
  const response = await fetch(url);
  const file = (await response.json()) as { nodes: FileNode[]; edges: FileEdge[] };
  const cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elementsOf(file),
    // A file saved with positions is drawn where it was saved, as in the app.
    layout: file.nodes.every((node) => node.position) ? { name: 'preset', fit: true } : fcoseLayout(file.nodes.length),
    style: [
      {
        selector: 'node',
        // 34 px: the size the app draws and lays nodes out at (NODE_SIZE); fcose's time depends on it.
        style: {
          label: 'data(label)',
          width: 34,
          height: 34,
          'font-size': 12,
          'text-valign': 'bottom',
          'background-color': '#0072B2',
        },
      },
      { selector: 'node[type = "organization"]', style: { 'background-color': '#E69F00', shape: 'round-rectangle' } },
      { selector: 'node[type = "product"]', style: { 'background-color': '#009E73', shape: 'diamond' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#8c959f',
          'target-arrow-color': '#8c959f',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
        },
      },
    ],
  });
  window.cy = cy;
  window.showOrganisation = (id) => showOrganisation(cy, id);
  window.findAndSelect = (text) => findAndSelect(cy, text);
}

void main();
