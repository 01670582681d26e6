/**
 * Cascade stress testing: pure functions over plain data (no DOM, no Node), used live by the
 * renderer's sliders and by main / the CLI.
 */
export { scenarioSchema, type Scenario } from './scenario';
