// custom-elements.json, for editors and frameworks, from the element's JSDoc (npm run analyze):
// its public API only, at the path the package serves it from (dist/index.js), with every
// export of that module and the theme's defaults of its CSS custom properties.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const MODULE = 'dist/index.js';

/** The names src/index.ts exports as values (not types only), as TypeScript resolves them. */
function valueExports() {
  const program = ts.createProgram(['src/index.ts'], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile('src/index.ts')));
  const isValue = (symbol) => ((symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol).flags & ts.SymbolFlags.Value) !== 0;
  return exports.filter(isValue).map((symbol) => symbol.name).sort();
}

/** The light theme's value of each custom property: the first `:host` block of the theme. */
function themeDefaults() {
  const theme = readFileSync('src/element/styles/theme.styles.ts', 'utf8');
  const host = theme.slice(theme.indexOf(':host {'), theme.indexOf('}', theme.indexOf(':host {')));
  return new Map([...host.matchAll(/^\s*(--ct-[\w-]+):\s*([^;]+);/gm)].map(([, name, value]) => [name, value.trim()]));
}

export default {
  globs: ['src/element/conflict-timeline.ts', 'src/element/timeline-properties.ts', 'src/element/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'public-api-only',
      // Reactive state is declared with the public properties but is not part of the API; the
      // emit helper's `type` parameter is not an event.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const hidden = new Set((declaration.members ?? []).filter((member) => member.privacy !== undefined && member.privacy !== 'public').map((member) => member.name));
            declaration.members = declaration.members?.filter((member) => !hidden.has(member.name));
            declaration.attributes = declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName));
            declaration.events = declaration.events?.filter((event) => event.name !== 'type');
          }
        }
      },
    },
    {
      name: 'as-published',
      packageLinkPhase({ customElementsManifest }) {
        // The element only: the class its properties are declared on is a detail of the source.
        const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
        for (const declaration of declarations) {
          declaration.superclass = { name: 'LitElement', package: 'lit' };
          // The properties first, as a reader of the API expects them: then the element's own.
          declaration.members?.sort((a, b) => Number(!a.inheritedFrom) - Number(!b.inheritedFrom));
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) delete item.inheritedFrom;
        }
        const defaults = themeDefaults();
        for (const declaration of declarations) {
          for (const property of declaration.cssProperties ?? []) if (defaults.has(property.name)) property.default = defaults.get(property.name);
        }
        const at = (name) => ({ name, module: MODULE });
        customElementsManifest.modules = [
          {
            kind: 'javascript-module',
            path: MODULE,
            declarations,
            exports: [...valueExports().map((name) => ({ kind: 'js', name, declaration: at(name) })), { kind: 'custom-element-definition', name: 'conflict-timeline', declaration: at('ConflictTimeline') }],
          },
        ];
      },
    },
  ],
};
