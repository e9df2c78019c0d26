/**
 * Wires the explorer: one store (state/), the effects that load what it asks for (effects/), the sigma
 * canvas and the panels that read it (views/, panel.ts, legend.ts), the URL, the keyboard and the Cypher
 * console. Data flows one way: API → graphology graph → view model → reducers; views dispatch actions.
 */
import { wireConsole } from './console/toggle.js';
import { el, required } from './views/dom.js';
import { createDetailEffects } from './effects/details.js';
import { createNetworkEffects } from './effects/network.js';
import { syncUrl } from './effects/url.js';
import { describeError } from './i18n/describe-error.js';
import { createLayoutController, type LayoutController } from './graph/layout-worker.js';
import { isLanguage, type Language } from './i18n/language.js';
import { translateStaticText } from './i18n/static-text.js';
import { explorerStrings, strings } from './i18n/strings.js';
import { bindKeyboard } from './views/keyboard.js';
import { createLegend } from './views/legend.js';
import { type CooperationGraph, createNetworkGraph } from './graph/network.js';
import { createPanel } from './views/panel/panel.js';
import type { CooperationRenderer } from './views/canvas/renderer.js';
import { current, initialState } from './state/reducer.js';
import { createStore } from './state/store.js';
import type { ExplorerState } from './state/types.js';
import { parseViewState } from './state/url.js';
import { createAnalysisPanel } from './views/analysis-panel.js';
import { createCanvas, type CanvasView } from './views/canvas/canvas.js';
import { createCanvasControls } from './views/canvas-controls.js';
import { createCounts } from './views/counts.js';
import { createExportMenu } from './views/export-menu.js';
import { createFiltersPanel } from './views/filters-panel.js';
import { createLoadProgress } from './views/load-progress.js';
import { attachPathLayer, drawPaths } from './views/canvas/path-layer.js';
import { createPathFinder } from './views/path-finder/path-finder.js';
import { createSearchBox } from './views/search-box.js';
import { sigmaSettings } from './views/canvas/sigma-setup.js';
import { createTools } from './views/tools.js';

declare global {
  interface Window {
    /** Set once the first frame is drawn, for browser tests and for poking at the graph in devtools. */
    cooperationGraph?: {
      renderer: CooperationRenderer;
      graph: CooperationGraph;
      /** Milliseconds since navigation started: network answered, first sigma frame drawn. */
      timing: { networkLoaded: number; firstFrame: number };
    };
  }
}

const LANGUAGE_KEY = 'cooperation-graph.language';

const elements = {
  graph: required('graph', HTMLDivElement),
  status: required('status', HTMLDivElement),
  stage: required('stage', HTMLElement),
  stats: required('stats', HTMLParagraphElement),
  legend: required('legend', HTMLElement),
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

/** A link's `lang` wins, then the user's last choice, then English. */
function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, sandboxed frames): the default is fine.
  }
  return 'en';
}

const store = createStore(initialState(parseViewState(window.location.search, storedLanguage())));
const graph = createNetworkGraph();
let canvas: CanvasView | null = null;
let layout: LayoutController | null = null;
/** A link that names a camera position keeps it, rather than framing the path it also names. */
const linkPath = store.getState().camera === null ? null : store.getState().path;
/** Where the camera should go once the graph or the agreement it waits for has arrived. */
let pending: { institution: string } | { agreement: string } | null = null;

syncUrl(store);
const details = createDetailEffects(store, graph);
details.start();
/** Milliseconds since navigation started, for the time-to-first-frame figure. */
const timing = { networkLoaded: 0, firstFrame: 0 };
const network = createNetworkEffects(store, graph, {
  // The canvas was made large while the first answer was on its way (see start()).
  onScale: async (large) => {
    if (canvas === null) return createView(large);
    if (!large && canvas.isLarge()) canvas.drawSmall(await sigmaSettings(false));
  },
  onAnswer: () => {
    if (timing.networkLoaded === 0) timing.networkLoaded = performance.now();
  },
  onMerged: () => canvas?.attach(),
  // A network that came in pages has its positions from the server: ForceAtlas2 over tens of thousands
  // of institutions would only move them slowly; the user can still start it.
  onGrow: () => {
    if (store.getState().pages === null) store.dispatch({ type: 'setLayout', layout: 'running' });
  },
  onReset: () => {
    void canvas?.renderer.getCamera().animatedReset({ duration: 0 });
    if (store.getState().pages === null) store.dispatch({ type: 'setLayout', layout: 'running' });
  },
});

// Views: each reads the store and dispatches; none holds state of its own beyond what it draws.
const tools = createTools(elements.toolbar, elements.tools, store);
createFiltersPanel(tools.filters, store, graph);
createPathFinder(tools.path, store, graph);
createAnalysisPanel(tools.analysis, store, (id) => revealInstitution(id, false));
const search = createSearchBox({
  id: 'search',
  language: store.getState().language,
  label: (language) => explorerStrings(language).searchLabel,
  placeholder: (language) => explorerStrings(language).searchPlaceholder,
  onChoose: (result) =>
    result.type === 'institution' ? revealInstitution(result.id, true) : revealAgreement(result.id, true),
});
elements.search.replaceChildren(search.element);
createCounts(elements.stats, store, graph);
createLoadProgress(elements.stage, store);
createLegend(elements.legend, graph, store);
const panel = createPanel({ root: elements.panel, graph, store, onRetry: details.retryInstitution });
createExportMenu(elements.exportMenu, store, {
  renderer: () => canvas?.renderer ?? null,
  decorate: (renderer) => {
    const layer = renderer.createCanvas('paths');
    drawPaths(renderer, layer, canvas?.overlay() ?? null, store.getState().language);
  },
});
createCanvasControls(elements.controls, store, () => canvas?.renderer ?? null);
const consoleWiring = wireConsole(
  elements.consoleToggle,
  elements.console,
  () => store.getState().language,
  () => (canvas === null ? null : { graph, renderer: canvas.renderer }),
);
bindKeyboard(store, {
  search: search.input,
  panel: elements.panel,
  tools: elements.tools,
  console: elements.console,
});

/** Selects an institution and brings it into view, loading its neighbourhood when it is not drawn. */
function revealInstitution(id: string, moveFocus: boolean): void {
  store.dispatch({ type: 'selectInstitution', id });
  if (graph.hasNode(id)) canvas?.showNode(id);
  else {
    pending = { institution: id };
    store.dispatch({ type: 'expand', id });
  }
  if (moveFocus) requestAnimationFrame(() => panel.focus());
}

/** Shows an agreement on its own and its parties on the canvas, once its details are in. */
function revealAgreement(id: string, moveFocus: boolean): void {
  store.dispatch({ type: 'clearSelection' });
  store.dispatch({ type: 'selectAgreement', id });
  pending = { agreement: id };
  if (moveFocus) requestAnimationFrame(() => panel.focus());
}

function followPending(state: ExplorerState): void {
  if (pending === null || canvas === null) return;
  if ('institution' in pending && graph.hasNode(pending.institution)) {
    canvas.showNode(pending.institution);
    pending = null;
  } else if ('agreement' in pending) {
    const agreement = current(state.agreement);
    if (agreement?.id !== pending.agreement) return;
    canvas.showNodes(agreement.parties.map((party) => party.id).filter((party) => graph.hasNode(party)));
    pending = null;
  }
}

function setPageState(state: 'loading' | 'ready' | 'error'): void {
  document.body.dataset.state = state;
  elements.status.hidden = state !== 'loading';
}

/** Static words, the language switch, and the error box, in the current language. */
function renderChrome(state: ExplorerState): void {
  const { language } = state;
  const text = strings(language);
  document.documentElement.lang = language;
  document.title = text.appTitle;
  translateStaticText(document, language);
  elements.graph.setAttribute('aria-label', text.graphLabel);
  elements.toolbar.setAttribute('aria-label', language === 'ko' ? '도구' : 'Tools');
  elements.languageSwitch.dataset.language = language;
  elements.languageSwitch.setAttribute('aria-label', text.switchLanguage);
  elements.languageSwitch.title = text.switchLanguage;
  for (const option of elements.languageSwitch.querySelectorAll<HTMLElement>('[data-lang]')) {
    option.classList.toggle('active', option.dataset.lang === language);
  }
  elements.consoleToggle.textContent = text.console.open;
  renderError(state);
}

/** The error box exists only while the network cannot be loaded, so tests can look for it by presence. */
function renderError(state: ExplorerState): void {
  elements.stage.querySelector('.error')?.remove();
  if (state.load.status !== 'error') return;
  const text = strings(state.language);
  const { summary, detail } = describeError(state.load.error, state.language);
  const retry = el('button', {
    className: 'button',
    text: text.retry,
    attrs: { type: 'button', 'data-testid': 'retry' },
  });
  retry.addEventListener('click', () => void start());
  elements.stage.append(
    el('div', { className: 'error', attrs: { role: 'alert', 'data-testid': 'error-message' } }, [
      el('h2', { className: 'error-title', text: text.errorTitle }),
      el('p', { className: 'error-summary', text: summary }),
      detail !== null && el('p', { className: 'error-detail', text: detail }),
      retry,
    ]),
  );
}

store.subscribe((next, previous) => {
  if (next.language !== previous.language) {
    try {
      window.localStorage.setItem(LANGUAGE_KEY, next.language);
    } catch {
      // Not remembered across visits; the switch still works.
    }
    search.setLanguage(next.language);
    consoleWiring.setLanguage(next.language);
  }
  if (next.language !== previous.language || next.load !== previous.load) renderChrome(next);
  if (next.layout !== previous.layout && layout !== null) {
    if (next.layout === 'running' && !layout.isRunning()) layout.start();
    if (next.layout === 'stopped' && layout.isRunning()) layout.stop();
  }
  if (next.graphVersion !== previous.graphVersion || next.agreement !== previous.agreement)
    followPending(next);
  // A path found is brought into view (once it and the network are both there), unless the link that
  // opened the page says where the camera is. After the canvas has read the same change: next frame.
  if ((next.paths !== previous.paths || next.load !== previous.load) && next.paths.status === 'ready') {
    if (next.path !== linkPath) {
      requestAnimationFrame(() => {
        const overlay = canvas?.overlay();
        if (overlay !== null && overlay !== undefined && overlay.nodes.size > 0)
          canvas?.showNodes(overlay.nodes);
      });
    }
  }
});

elements.languageSwitch.addEventListener('click', () =>
  store.dispatch({ type: 'setLanguage', language: store.getState().language === 'en' ? 'ko' : 'en' }),
);

/**
 * A large network's canvas (its cheap programs only) or a small one's (pictograms and curves too). Sigma
 * creates its WebGL contexts and compiles its programs in its constructor (0.3 s and more in software
 * WebGL): the canvas is made while the first answer is on its way, guessing large since the whole network
 * is asked for in pages; a small network's programs are added when its answer says so.
 */
async function createView(large: boolean): Promise<void> {
  performance.mark('cooperation-graph:canvas-start');
  const settings = await sigmaSettings(large);
  // Another call made it meanwhile.
  if (canvas !== null) return;
  canvas = createCanvas(elements.graph, graph, store, {
    large,
    settings,
    // The side panel and the tool drawer cover the canvas' sides: the camera keeps clear of them.
    occluded: () => ({
      left: elements.tools.hidden ? 0 : elements.tools.getBoundingClientRect().width + 12,
      right: elements.panel.hidden ? 0 : elements.panel.getBoundingClientRect().width + 12,
    }),
  });
  attachPathLayer(
    canvas.renderer,
    () => canvas?.overlay() ?? null,
    () => store.getState().language,
  );
  const renderer = canvas.renderer;
  layout = createLayoutController(graph, {
    onChange: (running) => store.dispatch({ type: 'setLayout', layout: running ? 'running' : 'stopped' }),
    nodeSize: (node) => renderer.getNodeDisplayData(node)?.size ?? graph.getNodeAttribute(node, 'size'),
  });
  const onFrame = (): void => {
    if (timing.networkLoaded === 0 || graph.order === 0) return;
    timing.firstFrame = performance.now();
    renderer.off('afterRender', onFrame);
  };
  renderer.on('afterRender', onFrame);
  performance.mark('cooperation-graph:canvas-ready');
}

async function start(): Promise<void> {
  setPageState('loading');
  try {
    // The request goes out first; a page opened on neighbourhoods (focus) makes a small canvas after it.
    const whole = store.getState().focus.length === 0;
    await Promise.all([network.start(), canvas === null && whole ? createView(true) : undefined]);
    if (canvas === null) await createView(false);
  } catch (error) {
    console.error(error);
    // A failure to draw (no WebGL) is not a failed request: say so in the same box.
    if (store.getState().load.status !== 'error') store.dispatch({ type: 'loadFailed', error });
    setPageState('error');
    return;
  }
  const view = canvas;
  if (view === null) return;
  // Sigma has drawn synchronously; wait one frame so the pixels are on screen before announcing it.
  requestAnimationFrame(() => {
    window.cooperationGraph = { renderer: view.renderer, graph, timing };
    setPageState('ready');
    followPending(store.getState());
    const { selection, camera } = store.getState();
    if (selection.institution !== null && graph.hasNode(selection.institution) && camera === null) {
      view.showNode(selection.institution);
    }
    // The worker refines the first layout. It is deterministic (fixed start, fixed stopping rule), so a
    // shared camera position frames the same place once it settles.
    // Stored positions (a network in pages) are final: no worker.
    if (store.getState().layout === 'stopped' && store.getState().pages === null)
      store.dispatch({ type: 'setLayout', layout: 'running' });
  });
}

renderChrome(store.getState());
void start();
