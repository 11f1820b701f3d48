// Resolves the d3 modules that d3-zoom imports for transitions, and d3-selection, of which it
// uses a sliver, to the element's stand-ins (src/element/d3-stand-ins/ says why): `rollup` for
// the builds, `devServer` for the demo and the tests, so that the tests run the d3 that readers
// get. Together they spare every reader d3-transition, d3-color, d3-ease, d3-interpolate and
// most of d3-selection: about 10 KB gzip.
import { fileURLToPath } from 'node:url';

const STAND_INS = {
  'd3-transition': 'src/element/d3-stand-ins/transition.ts',
  'd3-interpolate': 'src/element/d3-stand-ins/interpolate.ts',
  'd3-selection': 'src/element/d3-stand-ins/selection.ts',
};

export const d3StandIns = {
  rollup: () => ({
    name: 'd3-stand-ins',
    resolveId: (source) => (STAND_INS[source] ? fileURLToPath(new URL(`../${STAND_INS[source]}`, import.meta.url)) : null),
  }),
  devServer: () => ({
    name: 'd3-stand-ins',
    resolveImport: ({ source }) => (STAND_INS[source] ? `/${STAND_INS[source]}` : undefined),
  }),
};
