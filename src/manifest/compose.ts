// The yaml package's two stages, as rollgate drives them: tokens first (its parser keeps its own stack), then the
// first document composed from them (which recurses once per level), and the walks that measure their depth
// without recursing.
import {
  Composer,
  type CST,
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  Parser,
  YAMLParseError,
} from 'yaml';
import { YAML_LIMITS } from './source.js';

/** The tokens of a text. */
export function tokensOf(text: string): CST.Token[] {
  return [...new Parser().parse(text)];
}

/** The first document of the tokens, composed as `parseDocument` does, with an error when more follow. */
export function composeFirstDocument(tokens: CST.Token[], length: number): Document.Parsed {
  // logLevel error: the yaml package would print its warnings (a list as a mapping key) to stderr itself.
  // uniqueKeys false: the yaml package compares each key with every key before it (100,000 keys took minutes);
  // duplicateKeyErrors does the same check in one pass.
  const composer = new Composer({ uniqueKeys: false, strict: true, version: '1.2', logLevel: 'error' });
  let first: Document.Parsed | undefined;
  for (const document of composer.compose(tokens, true, length)) {
    if (!first) {
      first = document;
      first.errors.push(...duplicateKeyErrors(document.contents));
      continue;
    }
    first.errors.push(
      new YAMLParseError(
        [document.range[0], document.range[1]],
        'MULTIPLE_DOCS',
        'Source contains multiple documents; a manifest is one document',
      ),
    );
    break;
  }
  return first as Document.Parsed;
}

/**
 * A DUPLICATE_KEY error, as the yaml package words it, at every key that repeats an earlier scalar key of its mapping
 * (scalar keys are equal when their values are, as the package compares them), in the order they appear.
 */
function duplicateKeyErrors(root: unknown): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const item of node.items) {
        if (isScalar(item.key)) {
          if (seen.has(item.key.value) && item.key.range)
            errors.push(
              new YAMLParseError(
                [item.key.range[0], item.key.range[1]],
                'DUPLICATE_KEY',
                'Map keys must be unique',
              ),
            );
          seen.add(item.key.value);
        }
        stack.push(item.value, item.key);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.value, node.key);
    }
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/** The collection tokens under a token, each with its depth: mappings, sequences and flow collections open a level. */
function* collectionDepths(tokens: CST.Token[], from: number): Generator<[token: unknown, depth: number]> {
  const stack: Array<[unknown, number]> = tokens.map((token) => [token, from]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [unknown, number];
    if (token === null || typeof token !== 'object') continue;
    const { type, items, value } = token as { type?: string; items?: unknown; value?: unknown };
    const collection = type === 'block-map' || type === 'block-seq' || type === 'flow-collection';
    const level = collection ? depth + 1 : depth;
    yield [token, level];
    if (type === 'document') stack.push([value, level]);
    if (collection && Array.isArray(items)) {
      for (const item of items as Array<{ key?: unknown; value?: unknown }>)
        stack.push([item.key, level], [item.value, level]);
    }
  }
}

/** The offset of the first collection token nested deeper than the limit, walked without recursion. */
export function findTooDeepToken(tokens: CST.Token[]): number | undefined {
  for (const [token, level] of collectionDepths(tokens, 0)) {
    if (level > YAML_LIMITS.maxDepth) return (token as { offset?: number }).offset ?? 0;
  }
  return undefined;
}

/** Whether a piece nests past the limit (counting the levels above it) or holds an alias, which a piece cannot resolve alone. */
export function hasDeepTokenOrAlias(tokens: CST.Token[], depth: number): boolean {
  for (const [token, level] of collectionDepths(tokens, depth)) {
    if ((token as { type?: string }).type === 'alias' || level > YAML_LIMITS.maxDepth) return true;
  }
  return false;
}

/** The first mapping or sequence node nested deeper than the limit, walked without recursion. */
export function findTooDeepNode(root: unknown): Node | null {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (isMap(node) || isSeq(node)) {
      if (depth > YAML_LIMITS.maxDepth) return node;
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push([item.key, depth + 1], [item.value, depth + 1]);
        } else {
          stack.push([item, depth + 1]);
        }
      }
    }
  }
  return null;
}
