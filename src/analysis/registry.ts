import type { AnalysisPass } from './types.js';

/** Every analysis pass, in the order their findings are listed. A new pass is one line here. */
export const PASSES: readonly AnalysisPass[] = [];
