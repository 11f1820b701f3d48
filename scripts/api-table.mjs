// The README's API table, written from custom-elements.json so that the two cannot drift:
// `npm run docs` rewrites the part of README.md between the api markers; a test checks it.
import { readFile, writeFile } from 'node:fs/promises';
import { replaceBetween } from './markers.mjs';

const root = new URL('../', import.meta.url);
export const START = '<!-- api: written by npm run docs from custom-elements.json -->';
export const END = '<!-- /api -->';

const cell = (text = '') => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The API of the element in the manifest, as one Markdown table. */
export function apiTable(manifest) {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName);
  const attributes = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName, attribute.name]));
  const rows = [];
  for (const member of element.members ?? []) {
    if (member.kind === 'field') {
      const attribute = attributes.get(member.name);
      const name = attribute ? `\`${attribute}\` attribute, \`${member.name}\` property` : `\`${member.name}\` property`;
      rows.push(['attribute / property', name, `\`${member.type?.text ?? ''}\``, member.description]);
    } else if (member.kind === 'method') {
      const parameters = (member.parameters ?? []).map((parameter) => parameter.name).join(', ');
      rows.push(['method', `\`${member.name}(${parameters})\``, `\`${member.return?.type?.text ?? 'void'}\``, member.description]);
    }
  }
  for (const event of element.events ?? []) rows.push(['event', `\`${event.name}\``, 'bubbles, composed', event.description]);
  for (const property of element.cssProperties ?? []) rows.push(['CSS custom property', `\`${property.name}\``, '', property.description]);
  for (const part of element.cssParts ?? []) rows.push(['part', `\`::part(${part.name})\``, '', part.description]);
  for (const slot of element.slots ?? []) rows.push(['slot', slot.name ? `\`${slot.name}\`` : '(default)', '', slot.description]);
  return [`| kind | name | type | what it is |`, `|---|---|---|---|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** The README with its API section written anew. */
export function withApiTable(readme, manifest) {
  return replaceBetween(readme, START, END, `${apiTable(manifest)}\n`, 'README.md');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
  const readmeUrl = new URL('README.md', root);
  await writeFile(readmeUrl, withApiTable(await readFile(readmeUrl, 'utf8'), manifest));
}
