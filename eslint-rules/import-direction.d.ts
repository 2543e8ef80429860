import type { ESLint, Rule } from "eslint";

/** One zone of the dependency rule; see import-direction.js. */
export interface Layer {
  readonly importers: readonly string[];
  readonly forbidden: readonly string[];
  readonly allowed?: readonly string[];
  readonly because: string;
}

export const LAYERS: readonly Layer[];
export const importDirection: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
