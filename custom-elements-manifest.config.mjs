// custom-elements.json, for editors and frameworks, from the element's JSDoc (npm run analyze).
export default {
  globs: ['src/element/conflict-timeline.ts', 'src/element/define.ts'],
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
  ],
};
