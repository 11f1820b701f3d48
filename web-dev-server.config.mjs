// `npm start`: serves the demo with the TypeScript sources compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  nodeResolve: true,
  watch: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
};
