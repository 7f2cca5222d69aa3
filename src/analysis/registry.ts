import { anonymityPass } from './anonymity.js';
import { geotagPass } from './geotag.js';
import { interestPass } from './interest.js';
import { patientPass } from './patient.js';
import type { AnalysisPass } from './types.js';

/** Every analysis pass, in the order their findings are listed. A new pass is one line here. */
export const PASSES: readonly AnalysisPass[] = [patientPass, interestPass, anonymityPass, geotagPass];
