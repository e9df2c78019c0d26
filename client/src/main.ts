/**
 * Wires the page: load the network, build and lay out the graph, draw it, and connect the legend,
 * the institution panel and the language switch. Each of those lives in its own module; this one
 * only holds the page-level state (language, selection, loading/ready/error).
 */
import { fetchNetwork } from './api.js';
import { el, required } from './dom.js';
import { describeError } from './errors.js';
import { isLanguage, type Language, strings, translateStaticText } from './i18n.js';
import { renderLegend } from './legend.js';
import { applyLabels, buildNetwork, type CooperationGraph } from './network.js';
import type { ConsolePanel } from './console/index.js';
import { createPanel, type InstitutionPanel } from './panel.js';
import { createGraphView, type CooperationRenderer, type GraphView } from './renderer.js';

declare global {
  interface Window {
    /** Set once the first frame is drawn, for browser tests and for poking at the graph in devtools. */
    cooperationGraph?: { renderer: CooperationRenderer; graph: CooperationGraph };
  }
}

type PageState = 'loading' | 'ready' | 'error';

const LANGUAGE_KEY = 'cooperation-graph.language';

const elements = {
  graph: required('graph', HTMLDivElement),
  status: required('status', HTMLDivElement),
  stage: required('stage', HTMLElement),
  stats: required('stats', HTMLParagraphElement),
  legend: required('legend', HTMLElement),
  panel: required('panel', HTMLElement),
  languageSwitch: required('language-switch', HTMLButtonElement),
  consoleToggle: required('console-toggle', HTMLButtonElement),
  console: required('console', HTMLElement),
};

let language: Language = initialLanguage();
let loaded: { graph: CooperationGraph; view: GraphView; panel: InstitutionPanel } | null = null;
let failure: unknown = null;
/** Created the first time the console is opened (its module is loaded then). */
let consolePanel: Promise<ConsolePanel> | null = null;

/** `?lang=ko` wins (shareable links), then the user's last choice, then English. */
function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, sandboxed frames): the default is fine.
  }
  return 'en';
}

function setPageState(state: PageState): void {
  document.body.dataset.state = state;
  elements.status.hidden = state !== 'loading';
}

async function start(): Promise<void> {
  setPageState('loading');
  failure = null;
  renderError();
  try {
    const data = await fetchNetwork();
    const graph = buildNetwork(data, language);
    const view = createGraphView(elements.graph, graph, {
      onNodeClick: (node) => select(node),
      onStageClick: () => select(null),
    });
    const panel = createPanel({
      root: elements.panel,
      graph,
      language,
      onClose: () => select(null),
      onSelect: (node) => select(node),
    });
    loaded = { graph, view, panel };
    renderLanguage();
    // Sigma draws synchronously in its constructor; wait one frame so the pixels are on screen
    // before announcing readiness to tests.
    requestAnimationFrame(() => {
      window.cooperationGraph = { renderer: view.renderer, graph };
      setPageState('ready');
    });
  } catch (error) {
    console.error(error);
    failure = error;
    renderError();
    setPageState('error');
  }
}

function select(node: string | null): void {
  if (loaded === null) return;
  loaded.view.select(node);
  if (node === null) loaded.panel.close();
  else loaded.panel.open(node);
}

function setLanguage(next: Language): void {
  language = next;
  try {
    window.localStorage.setItem(LANGUAGE_KEY, next);
  } catch {
    // Not remembered across visits; the switch still works.
  }
  renderLanguage();
}

/** The console's module is large (Neo4j's Cypher language support): it is loaded on first use. */
function loadConsole(): Promise<ConsolePanel> {
  consolePanel ??= import('./console/index.js').then(({ createConsole }) =>
    createConsole({
      root: elements.console,
      language,
      canvas: () => (loaded === null ? null : { graph: loaded.graph, renderer: loaded.view.renderer }),
      onClose: () => void toggleConsole(false),
    }),
  );
  consolePanel.catch(() => {
    // A failed download may succeed on the next click.
    consolePanel = null;
  });
  return consolePanel;
}

async function toggleConsole(open: boolean): Promise<void> {
  elements.consoleToggle.setAttribute('aria-expanded', String(open));
  document.body.dataset.console = open ? 'open' : 'closed';
  try {
    const panel = await loadConsole();
    if (open) panel.open();
    else panel.close();
  } catch (error) {
    console.error(error);
    elements.consoleToggle.setAttribute('aria-expanded', 'false');
    document.body.dataset.console = 'closed';
  }
}

/** Everything that shows text: static strings, node labels, legend, panel, counts, error. */
function renderLanguage(): void {
  const text = strings(language);
  document.documentElement.lang = language;
  document.title = text.appTitle;
  translateStaticText(document, language);
  elements.graph.setAttribute('aria-label', text.graphLabel);
  elements.languageSwitch.dataset.language = language;
  elements.languageSwitch.setAttribute('aria-label', text.switchLanguage);
  elements.languageSwitch.title = text.switchLanguage;
  for (const option of elements.languageSwitch.querySelectorAll<HTMLElement>('[data-lang]')) {
    option.classList.toggle('active', option.dataset.lang === language);
  }
  elements.consoleToggle.textContent = text.console.open;
  void consolePanel?.then((panel) => panel.setLanguage(language));
  if (loaded !== null) {
    const { graph, panel } = loaded;
    applyLabels(graph, language);
    renderLegend(elements.legend, graph, language);
    panel.setLanguage(language);
    elements.stats.textContent = graph.order === 0 ? text.empty : text.stats(graph.order, graph.size);
  }
  renderError();
}

/** The error box exists only while there is an error, so tests can look for it by presence. */
function renderError(): void {
  elements.stage.querySelector('.error')?.remove();
  if (failure === null) return;
  const text = strings(language);
  const { summary, detail } = describeError(failure, language);
  const retry = el('button', { className: 'button', text: text.retry, attrs: { type: 'button' } });
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

elements.languageSwitch.addEventListener('click', () => setLanguage(language === 'en' ? 'ko' : 'en'));
elements.consoleToggle.addEventListener('click', () => {
  void toggleConsole(elements.consoleToggle.getAttribute('aria-expanded') !== 'true');
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && loaded?.panel.isOpen()) select(null);
});

renderLanguage();
void start();
