// `npm start`: serves the demo with the TypeScript sources compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { d3TransitionStub } from './scripts/d3-transition-stub.mjs';

export default {
  nodeResolve: true,
  watch: true,
  plugins: [d3TransitionStub.devServer(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
};
