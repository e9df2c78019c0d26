/** The elements of index.html the explorer fills in, looked up once: a missing one fails loudly at start. */
import { required } from './dom.js';

export function pageElements() {
  return {
    graph: required('graph', HTMLDivElement),
    agreementsGraph: required('agreements-graph', HTMLDivElement),
    status: required('status', HTMLDivElement),
    stage: required('stage', HTMLElement),
    stats: required('stats', HTMLParagraphElement),
    legend: required('legend', HTMLElement),
    timeBar: required('timebar', HTMLElement),
    panel: required('panel', HTMLElement),
    search: required('search', HTMLDivElement),
    toolbar: required('toolbar', HTMLElement),
    tools: required('tools', HTMLElement),
    controls: required('canvas-controls', HTMLDivElement),
    exportMenu: required('export', HTMLDivElement),
    languageSwitch: required('language-switch', HTMLButtonElement),
    consoleToggle: required('console-toggle', HTMLButtonElement),
    console: required('console', HTMLElement),
  };
}

export type PageElements = ReturnType<typeof pageElements>;
