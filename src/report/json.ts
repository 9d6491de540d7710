import type { CheckResult } from '../check/index.js';

/** The JSON report: a public contract (`{ ok, summary, changes, findings }`). */
export function toJsonReport(result: CheckResult) {
  return {
    ok: result.ok,
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    changes: result.changes.map((c) => ({
      cluster: c.cluster,
      component: c.component,
      ...(c.member !== undefined ? { member: c.member } : {}),
      from: c.from,
      to: c.to,
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...(f.code !== undefined ? { code: f.code } : {}),
      file: f.file,
      line: f.line,
      column: f.column,
      ...(f.cluster !== undefined ? { cluster: f.cluster } : {}),
      ...(f.component !== undefined ? { component: f.component } : {}),
      ...(f.member !== undefined ? { member: f.member } : {}),
      // Whether the change brought it; false: the base had it too (a warning unless --strict).
      introduced: f.introduced !== false,
    })),
  };
}

/** The JSON report as text. */
export function renderJson(result: CheckResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
