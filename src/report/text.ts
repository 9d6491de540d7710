import type { CheckResult } from '../check/index.js';
import type { Finding } from '../findings.js';
import { inertText } from './escape.js';
import type { RenderOptions } from './types.js';

const COLORS = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 } as const;

/**
 * A report for a terminal: changes, then findings grouped by cluster; colour only when asked. Every name and message
 * goes through inertText, so a file name or manifest value cannot drive the terminal or command a CI runner.
 */
export function renderText(result: CheckResult, options: RenderOptions = {}): string {
  const paint = (color: keyof typeof COLORS, text: string) =>
    options.color ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
  const lines: string[] = [];
  if (result.changes.length > 0) {
    lines.push(paint('bold', 'Changes'));
    for (const c of result.changes) {
      lines.push(
        `  ${inertText(c.cluster)}${c.member ? `/${inertText(c.member)}` : ''}  ${inertText(c.component)}  ${c.from === null ? '(new)' : inertText(c.from)} -> ${c.to === null ? '(removed)' : inertText(c.to)}`,
      );
    }
    lines.push('');
  }
  const groups = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const key = finding.cluster ?? '';
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  for (const [cluster, findings] of groups) {
    lines.push(paint('bold', cluster ? `Cluster ${inertText(cluster)}` : 'Fleet'));
    for (const f of findings) {
      const severity = f.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
      lines.push(
        `  ${paint('dim', `${inertText(f.file)}:${f.line}:${f.column}`)}  ${severity}  ${inertText(f.message)}${f.introduced === false ? ' (already in the base)' : ''}  ${paint('dim', inertText(f.rule))}`,
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
