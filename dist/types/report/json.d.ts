import type { CheckResult } from '../check/index.js';
/** The JSON report: a public contract (`{ ok, summary, changes, findings }`). */
export declare function toJsonReport(result: CheckResult): {
    ok: boolean;
    summary: {
        errors: number;
        warnings: number;
    };
    changes: {
        cluster: string;
        component: string;
        member?: string | undefined;
        from: string | null;
        to: string | null;
    }[];
    findings: {
        rule: "channel/blocked" | "channel/eol" | "channel/risk" | "cohort/required" | "drift" | "hold/freeze" | "hold/required" | "order/promotion" | "order/requires" | "order/transition" | "pins/conflict" | "policy/changed" | "schema" | "skew/components" | "skew/downgrade" | "skew/jump" | "skew/major" | "skew/members" | "yaml/syntax";
        severity: import("../findings.js").Severity;
        message: string;
        code?: string | undefined;
        file: string;
        line: number;
        column: number;
        cluster?: string | undefined;
        component?: string | undefined;
        member?: string | undefined;
        introduced: boolean;
    }[];
};
/** The JSON report as text. */
export declare function renderJson(result: CheckResult): string;
