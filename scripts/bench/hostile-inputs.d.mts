/** A hostile manifest and the finding rollgate must give it. */
export interface HostileInput {
  name: string;
  /** The manifest's text, made when asked (each is large). */
  text: () => string;
  /** The finding it must get; none for a manifest that passes. */
  rule?: string;
  code?: string;
  message?: RegExp;
  /** Judged with `--base-ref HEAD` in a repository whose one commit holds it. */
  baseRef?: boolean;
}

export declare const HOSTILE_INPUTS: HostileInput[];
