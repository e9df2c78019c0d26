/**
 * The Cypher console. console/ holds the panel (console-panel.ts) and what it is made of: the editor
 * with Neo4j's Cypher language support, the history, the named queries, query runs, the results table
 * and the result on the canvas. All of it but toggle.ts is loaded on demand, since most visits never open
 * the console: toggle.ts imports this module on the first opening, and the panel then imports the
 * language support (cypher-language.ts, megabytes of Neo4j's parser) behind an editor already usable.
 */
export { createConsole } from './console-panel.js';
export type { ConsolePanel } from './console-panel.js';
