/**
 * Wires the explorer: one store (state/) owns all view state; the effects load what it asks for
 * (effects/), the API client talks to the server (api/), the graphology graph holds the network (graph/),
 * and the sigma canvas and the panels read the store and dispatch (views/); the Cypher console loads on
 * demand (console/), and every word comes from i18n/. Data flows one way: API → graphology graph → view
 * model → reducers; views dispatch actions.
 */
import { wireConsole } from './console/toggle.js';
import { createAgreementGraphEffects } from './effects/agreement-graph.js';
import { createAgreementCache } from './effects/agreement-cache.js';
import { createAgreementTableEffects } from './effects/agreement-table.js';
import { createDetailEffects } from './effects/details.js';
import { rememberLanguage, storedLanguage } from './effects/language.js';
import { followLinks } from './effects/links.js';
import { createNetworkEffects } from './effects/network.js';
import { createReviewEffects } from './effects/review.js';
import { createTimelineEffects } from './effects/timeline.js';
import { keepReview, storedReview } from './effects/review-storage.js';
import { syncUrl } from './effects/url.js';
import { type CooperationGraph, createNetworkGraph } from './graph/network.js';
import { explorerStrings } from './i18n/strings.js';
import { initialState } from './state/reducer.js';
import { createStore } from './state/store.js';
import { parseViewState } from './state/url.js';
import { watch } from './state/watch.js';
import { createAnalysisPanel } from './views/analysis-panel.js';
import { createCanvasControls } from './views/canvas-controls.js';
import { type AgreementsCanvas, createAgreementsCanvas } from './views/canvas/agreements-canvas.js';
import { createCanvasHost, type Timing } from './views/canvas/host.js';
import { drawPaths } from './views/canvas/path-layer.js';
import type { CooperationRenderer } from './views/canvas/renderer.js';
import { createReveal } from './views/canvas/reveal.js';
import { createChrome } from './views/chrome.js';
import { createCounts } from './views/counts.js';
import { createEmptyView } from './views/empty-view.js';
import { createExportMenu } from './views/export-menu.js';
import { createFiltersPanel } from './views/filters-panel.js';
import { bindKeyboard } from './views/keyboard.js';
import { createLegend } from './views/legend.js';
import { createLoadProgress } from './views/load-progress.js';
import { pageElements } from './views/page-elements.js';
import { createPanel } from './views/panel/panel.js';
import { createPathFinder } from './views/path-finder/path-finder.js';
import { createReviewTool } from './views/review/review-tool.js';
import { createSearchBox } from './views/search-box.js';
import { createSourceReader } from './views/source-reader.js';
import { createTableTool } from './views/table/table-tool.js';
import { createTimeBar } from './views/time-bar.js';
import { createTools } from './views/tools.js';

declare global {
  interface Window {
    /** Set once the first frame is drawn, for browser tests and for poking at the graph in devtools. */
    cooperationGraph?: {
      renderer: CooperationRenderer;
      graph: CooperationGraph;
      timing: Timing;
      /** The agreements view's canvas, once the user has opened it. */
      agreements: AgreementsCanvas;
    };
  }
}

const elements = pageElements();
/** A link's `lang` wins, then the user's last choice, then English. */
const store = createStore(initialState(parseViewState(window.location.search, storedLanguage())));
const graph = createNetworkGraph();
const agreements = createAgreementCache();
const host = createCanvasHost(elements, graph, store, agreements);
const renderer = (): CooperationRenderer | null => host.canvas()?.renderer ?? null;

syncUrl(store);
// A review in progress comes back as it was left (the text, the draft, the decisions).
const keptReview = storedReview();
if (keptReview !== null) store.dispatch({ type: 'review', change: { type: 'restore', session: keptReview } });
keepReview(store);
createReviewEffects(store);
const details = createDetailEffects(store, graph);
details.start();
followLinks(store, graph, agreements);
createTimelineEffects(store, graph);
createAgreementGraphEffects(store, graph);
createAgreementTableEffects(store);
const agreementsCanvas = createAgreementsCanvas(elements.agreementsGraph, store, renderer);
const network = createNetworkEffects(store, graph, {
  // The canvas was made large while the first answer was on its way (see start()).
  onScale: host.onScale,
  onAnswer: host.onAnswer,
  onMerged: () => host.canvas()?.attach(),
  // A network that came in pages has its positions from the server: ForceAtlas2 over tens of thousands
  // of institutions would only move them slowly; the user can still start it.
  onGrow: () => {
    if (store.getState().pages === null) store.dispatch({ type: 'setLayout', layout: 'running' });
  },
  onReset: () => {
    void renderer()?.getCamera().animatedReset({ duration: 0 });
    if (store.getState().pages === null) store.dispatch({ type: 'setLayout', layout: 'running' });
  },
});

// Views: each reads the store and dispatches; none holds state of its own beyond what it draws.
const tools = createTools(elements.toolbar, elements.tools, store);
createFiltersPanel(tools.filters, store, graph);
createPathFinder(tools.path, store, graph);
createAnalysisPanel(tools.analysis, store, (id) => reveal.institution(id, false));
createTableTool(tools.table, store, graph, {
  // As a click on the map does: the agreement's parties are highlighted and its panel opens.
  agreement: (id) => reveal.agreement(id, false),
  institution: (id) => reveal.institution(id, false),
});
createReviewTool(tools.review, store, graph);
const search = createSearchBox({
  id: 'search',
  language: store.getState().language,
  label: (language) => explorerStrings(language).searchLabel,
  placeholder: (language) => explorerStrings(language).searchPlaceholder,
  onChoose: (result) =>
    result.type === 'institution' ? reveal.institution(result.id, true) : reveal.agreement(result.id, true),
});
elements.search.replaceChildren(search.element);
createCounts(elements.stats, store, graph);
createLoadProgress(elements.stage, store);
createEmptyView(elements.stage, store);
createLegend(elements.legend, graph, store);
createTimeBar(elements.timeBar, store);
const sourceReader = createSourceReader(() => store.getState().language);
const panel = createPanel({
  root: elements.panel,
  graph,
  store,
  onRetry: details.retryInstitution,
  readSource: sourceReader.open,
});
createExportMenu(elements.exportMenu, store, {
  renderer,
  decorate: (exported) => {
    const layer = exported.createCanvas('paths');
    drawPaths(exported, layer, host.canvas()?.overlay() ?? null, store.getState().language);
  },
});
createCanvasControls(elements.controls, store, () =>
  store.getState().shape === 'agreements' ? agreementsCanvas.renderer() : renderer(),
);
wireConsole(elements.consoleToggle, elements.console, store, () => {
  const canvas = host.canvas();
  return canvas === null ? null : { graph, renderer: canvas.renderer };
});
bindKeyboard(store, {
  search: search.input,
  panel: elements.panel,
  tools: elements.tools,
  console: elements.console,
});

rememberLanguage(store);
watch(store, ['language'], ({ language }) => search.setLanguage(language));
const chrome = createChrome(elements, store, () => void start());
const reveal = createReveal(store, graph, host.canvas, () => panel.focus());

async function start(): Promise<void> {
  chrome.setPageState('loading');
  try {
    // The canvas is made once the first answer says how large the network is (hooks.onScale), while the
    // next request is on its way; a page opened on neighbourhoods (focus) makes a small one after it.
    await network.start();
    if (host.canvas() === null) await host.createView(false);
  } catch (error) {
    console.error(error);
    // A failure to draw (no WebGL) is not a failed request: say so in the same box.
    if (store.getState().load.status !== 'error') store.dispatch({ type: 'loadFailed', error });
    chrome.setPageState('error');
    return;
  }
  const view = host.canvas();
  if (view === null) return;
  // Sigma has drawn synchronously; wait one frame so the pixels are on screen before announcing it.
  requestAnimationFrame(() => {
    window.cooperationGraph = {
      renderer: view.renderer,
      graph,
      timing: host.timing,
      agreements: agreementsCanvas,
    };
    chrome.setPageState('ready');
    reveal.follow(store.getState());
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

void start();
