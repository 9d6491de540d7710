import type { CheckResult } from '../check.js';
import type { Finding } from '../findings.js';
import type { RenderOptions } from './types.js';

const COLORS = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 } as const;

/** A report for a terminal: changes, then findings grouped by cluster; colour only when asked. */
export function renderText(result: CheckResult, options: RenderOptions = {}): string {
  const paint = (color: keyof typeof COLORS, text: string) =>
    options.color ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
  const lines: string[] = [];
  if (result.changes.length > 0) {
    lines.push(paint('bold', 'Changes'));
    for (const c of result.changes) {
      lines.push(
        `  ${c.cluster}${c.member ? `/${c.member}` : ''}  ${c.component}  ${c.from ?? '(new)'} -> ${c.to ?? '(removed)'}`,
      );
    }
    lines.push('');
  }
  const groups = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const key = finding.cluster ?? '';
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  for (const [cluster, findings] of groups) {
    lines.push(paint('bold', cluster ? `Cluster ${cluster}` : 'Fleet'));
    for (const f of findings) {
      const severity = f.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
      lines.push(
        `  ${paint('dim', `${f.file}:${f.line}:${f.column}`)}  ${severity}  ${f.message}  ${paint('dim', f.rule)}`,
      );
    }
    lines.push('');
  }
  const { errors, warnings } = result.summary;
  const verdict = result.ok ? paint('green', 'pass') : paint('red', 'fail');
  lines.push(
    `${verdict}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${result.changes.length} change${result.changes.length === 1 ? '' : 's'}`,
  );
  return `${lines.join('\n')}\n`;
}
