// Resolves d3-transition to the element's stand-in (src/element/d3-transition-stub.ts says
// why): `rollup` for the standalone build, `devServer` for the demo and the tests, so that the
// tests run the d3 that readers get.
import { fileURLToPath } from 'node:url';

const STUB = 'src/element/d3-transition-stub.ts';

export const d3TransitionStub = {
  rollup: () => ({
    name: 'd3-transition-stub',
    resolveId: (source) => (source === 'd3-transition' ? fileURLToPath(new URL(`../${STUB}`, import.meta.url)) : null),
  }),
  devServer: () => ({
    name: 'd3-transition-stub',
    resolveImport: ({ source }) => (source === 'd3-transition' ? `/${STUB}` : undefined),
  }),
};
