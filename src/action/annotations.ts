import type { Finding, Severity } from '../findings.js';

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

// Above this many cells the exact diff costs more than it is worth; every line in the differing middle counts as changed.
const MAX_DIFF_CELLS = 4_000_000;

/**
 * The 1-based lines of the head that the change added or edited, from a line diff of base and head
 * (the same lines `git diff` marks with +). With no base, every line is new.
 */
export function changedLines(base: string | undefined, head: string): Set<number> {
  const after = head.split('\n');
  const changed = new Set<number>();
  if (base === undefined) return new Set(after.map((_, i) => i + 1));
  const before = base.split('\n');
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const rows = endBefore - start;
  const columns = endAfter - start;
  if (rows === 0 || rows * columns > MAX_DIFF_CELLS) {
    for (let j = start; j < endAfter; j++) changed.add(j + 1);
    return changed;
  }
  // Longest common subsequence of the differing middle; head lines outside it are the changed ones.
  const width = columns + 1;
  const table = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      table[i * width + j] =
        before[start + i] === after[start + j]
          ? (table[(i + 1) * width + j + 1] as number) + 1
          : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (j < columns) {
    if (i < rows && before[start + i] === after[start + j]) {
      i++;
      j++;
    } else if (i < rows && (table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) {
      i++;
    } else {
      changed.add(start + j + 1);
      j++;
    }
  }
  return changed;
}

/** The annotations to show, and how many of each level GitHub would not. */
export interface AnnotationPick {
  shown: Finding[];
  hidden: Record<Severity, number>;
}

/**
 * Picks the findings to annotate: at most `perLevel` errors and `perLevel` warnings, those the change
 * touches (`touched`) first, so the reviewer sees what this PR caused before what it inherited.
 */
export function pickAnnotations(
  findings: Finding[],
  touched: (finding: Finding) => boolean,
  perLevel = ANNOTATIONS_PER_LEVEL,
): AnnotationPick {
  const shown: Finding[] = [];
  const hidden: Record<Severity, number> = { error: 0, warning: 0 };
  for (const severity of ['error', 'warning'] as const) {
    const level = findings.filter((f) => f.severity === severity);
    const ordered = [...level.filter(touched), ...level.filter((f) => !touched(f))];
    shown.push(...ordered.slice(0, perLevel));
    hidden[severity] = Math.max(0, ordered.length - perLevel);
  }
  return { shown, hidden };
}
