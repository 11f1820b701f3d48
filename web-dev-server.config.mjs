// `npm start`: serves the demo with the TypeScript sources compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { d3StandIns } from './scripts/d3-stand-ins.mjs';

export default {
  nodeResolve: true,
  watch: true,
  plugins: [d3StandIns.devServer(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
};
