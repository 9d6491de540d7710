import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { Severity } from '../findings.js';
import { visible } from '../report/escape.js';
import type { AnnotationPick } from './annotations.js';

/**
 * Prints text that may hold manifest content to the log with workflow commands paused, so a line
 * such as `::add-mask::` or `::error::` inside a manifest is shown, not obeyed by the runner.
 */
export function logUntrusted(text: string): void {
  const resume = randomUUID();
  core.info(`::stop-commands::${resume}`);
  core.info(text.replace(/\n$/, ''));
  core.info(`::${resume}::`);
}

/** Emits the picked findings as annotations on their lines, and a notice for those GitHub would not show. */
export function annotate(pick: AnnotationPick): void {
  for (const finding of pick.shown) {
    const properties = {
      title: `rollgate ${finding.rule}`,
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column,
    };
    // An annotation is text a reviewer copies from: what it shows is what it holds.
    const message = visible(finding.message);
    if (finding.severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
  const more = (severity: Severity, count: number) =>
    count > 0 ? [`${count} more ${severity}${count === 1 ? '' : 's'}`] : [];
  const hidden = [...more('error', pick.hidden.error), ...more('warning', pick.hidden.warning)];
  if (hidden.length > 0) {
    core.notice(
      `rollgate found ${hidden.join(' and ')} than GitHub shows as annotations (10 of each per step; those on lines this change touches come first). The job summary lists them all.`,
      { title: 'rollgate: more findings' },
    );
  }
}
