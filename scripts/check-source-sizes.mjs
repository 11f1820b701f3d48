// Fails when a source file passes 300 lines or a function 60, or when
// a file does not open with a comment saying its job: the limits that keep each file readable.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 60;
const root = new URL('..', import.meta.url).pathname;

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

const problems = [];
for (const path of sourceFiles(join(root, 'src'))) {
  const name = relative(root, path);
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE_LINES) problems.push(`${name}: ${lines} lines, over ${MAX_FILE_LINES}: split it`);
  if (!/^(\/\/|\/\*)/.test(text)) problems.push(`${name}:1: opens with no comment saying what the file is for`);
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const lineOf = (position) => source.getLineAndCharacterOfPosition(position).line + 1;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const length = lineOf(node.body.getEnd()) - lineOf(node.body.getStart()) + 1;
      if (length > MAX_FUNCTION_LINES) problems.push(`${name}:${lineOf(node.getStart())}: a function of ${length} lines, over ${MAX_FUNCTION_LINES}: name its steps`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
