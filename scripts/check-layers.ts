// The layer rules of DESIGN.md that Biome's noRestrictedImports cannot say:
// renderer/ may take only *types* from src/ (it reaches the core through the
// API), and electron/ may import src/ only through src/api and src/host.
// Biome checks the rest (biome.json); this runs beside it in `npm run lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type LayerProblem = { file: string; line: number; message: string };

const importPattern =
  /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts)$/.test(name)) out.push(path);
  }
  return out;
}

/** Checks one file's imports against the rules of its layer. */
export function checkFile(root: string, file: string, text: string): LayerProblem[] {
  const problems: LayerProblem[] = [];
  const rel = relative(root, file).split('\\').join('/');
  const layer = rel.split('/')[0];
  if (layer !== 'renderer' && layer !== 'electron') return problems;
  for (const match of text.matchAll(importPattern)) {
    const spec = match[3] ?? match[4];
    if (!spec?.startsWith('.')) continue;
    const target = relative(root, resolve(dirname(file), spec))
      .split('\\')
      .join('/');
    if (!target.startsWith('src/')) continue;
    const line = text.slice(0, match.index).split('\n').length;
    const typeOnly = match[2] !== undefined;
    if (layer === 'renderer' && !typeOnly) {
      problems.push({
        file: rel,
        line,
        message: `renderer/ may import only types from src/ (write "import type"): ${spec}. The renderer reaches the core through the API.`,
      });
    }
    if (layer === 'electron' && !/^src\/(api|host)\//.test(target)) {
      problems.push({
        file: rel,
        line,
        message: `electron/ may import src/ only through src/api or src/host: ${spec}.`,
      });
    }
  }
  return problems;
}

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const problems: LayerProblem[] = [];
  for (const layer of ['renderer', 'electron']) {
    for (const file of sourceFiles(join(root, layer))) {
      problems.push(...checkFile(root, file, readFileSync(file, 'utf8')));
    }
  }
  for (const p of problems) console.error(`${p.file}:${p.line}  ${p.message}`);
  if (problems.length > 0) {
    console.error(`layers: ${problems.length} forbidden import(s).`);
    process.exit(1);
  }
}

if (import.meta.main) main();
