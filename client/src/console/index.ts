/**
 * The Cypher console, loaded on demand: Neo4j's language support is large, and most visits never open
 * the console, so main.ts imports this module only when the console is first opened.
 */
export { createConsole } from './console-panel.js';
export type { ConsoleOptions, ConsolePanel } from './console-panel.js';
