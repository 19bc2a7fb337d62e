/**
 * YAML text → a small tree in which every node knows its file, line and key path,
 * so every later complaint can point at the exact spot (yaml's LineCounter + node ranges).
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { TemplateError } from './template-error.js';

export interface TreeNode {
  file: string;
  line: number;
  key: string;
  kind: 'map' | 'seq' | 'scalar';
  map: Map<string, TreeNode>;
  seq: TreeNode[];
  value: string | number | boolean | null;
}

export function parseYamlTree(file: string, text: string): TreeNode {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
    const { line, problem } = yamlProblem(e.code, e.message, text, at);
    throw new TemplateError({ file, line, key: '（文件格式）' }, problem);
  }
  const lineOf = (n: YamlNode | null | undefined, fallback: number) =>
    n?.range ? lineCounter.linePos(n.range[0]).line : fallback;

  const build = (n: unknown, key: string, line: number): TreeNode => {
    const node: TreeNode = { file, line, key, kind: 'scalar', map: new Map(), seq: [], value: null };
    if (n == null) return node;
    if (isMap(n)) {
      node.kind = 'map';
      for (const pair of n.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyLine = lineOf(pair.key as YamlNode, line);
        const path = key ? `${key}.${k}` : k;
        node.map.set(k, build(pair.value, path, lineOf(pair.value as YamlNode, keyLine)));
      }
      return node;
    }
    if (isSeq(n)) {
      node.kind = 'seq';
      n.items.forEach((item, i) => node.seq.push(build(item, `${key}.${i + 1}`, lineOf(item as YamlNode, line))));
      return node;
    }
    if (isScalar(n)) {
      const v = n.value;
      node.value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v == null ? null : String(v);
      return node;
    }
    throw new TemplateError({ file, line, key: key || '（根）' }, '不支持的 YAML 写法（如锚点、别名），请直接写出文字');
  };
  return build(doc.contents, '', 1);
}

const YAML_HINT = '请检查缩进、冒号和引号；以“{”开头的文字要加英文双引号';

/**
 * yaml's error codes in words a template editor can act on. yaml notices an unclosed quote only at
 * the end of the file and a misaligned key only at the next one, so point at where the fault starts.
 */
export function yamlProblem(code: string, message: string, text: string, at: number): { line: number; problem: string } {
  if (code === 'DUPLICATE_KEY') return { line: at, problem: '同一层中有两个相同的键，请删去或合并其中一个' };
  if (code === 'TAB_AS_INDENT') return { line: at, problem: 'YAML 格式错误：缩进用了 Tab，请改用空格' };
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    const open = unclosedQuoteLine(text);
    return { line: open ?? at, problem: 'YAML 格式错误：英文引号没有配对，这一行的文字缺少结尾的引号（每段文字写在一行内）' };
  }
  if (code === 'BAD_INDENT') {
    return { line: at, problem: 'YAML 格式错误：本行或它上面几行的缩进与同一层的其他键没有对齐（用空格对齐，每层缩进两个空格）' };
  }
  return { line: at, problem: `YAML 格式错误，${YAML_HINT}` };
}

/** The first line whose value opens an English quote it never closes (each text is on one line). */
function unclosedQuoteLine(text: string): number | null {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:-\s+)?(?:[^\s#:"'][^:#]*:\s+|-\s+)?(["'])(.*)$/.exec(lines[i]);
    if (!m) continue;
    const [, q, rest] = m;
    const body = q === '"' ? rest.replace(/\\./g, '') : rest.replace(/''/g, '');
    if (!body.includes(q)) return i + 1;
  }
  return null;
}
