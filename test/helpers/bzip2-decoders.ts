// Test support: the bzip2 decoders this machine has. CI installs lbzip2 and bzip2; elsewhere a missing one is said
// once on stderr, not skipped in silence.
import { findDecoderProgram } from '../../src/dump/bzip2-decoders.js';

/** lbzip2 and bzip2 where on PATH, and JavaScript always. */
export const AVAILABLE_DECODERS = (['lbzip2', 'bzip2', 'javascript'] as const).filter(
  (d) => d === 'javascript' || findDecoderProgram(d) !== null,
);

for (const d of ['lbzip2', 'bzip2'] as const)
  if (!AVAILABLE_DECODERS.includes(d)) console.warn(`${d} is not on PATH: the tests of that decoder are skipped`);
