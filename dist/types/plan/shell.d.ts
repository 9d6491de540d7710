import type { PlannedStep, Stage } from './types.js';
/** A value as one single-quoted bash word: nothing inside is expanded, whatever it holds. */
export declare function shellQuote(value: string): string;
/** A value as a shell word, quoted only when it holds anything beyond plain characters (for files a person reads). */
export declare function shellWord(value: string): string;
/**
 * How member commands are run: the words of a command prefix with `{member}` in them, and how the command is passed.
 * `word`: as one quoted word where the `{command}` word stands, for a program that hands a string to a remote shell
 * (ssh, autossh, pdsh), which splits it again; `arguments`: as separate arguments after the prefix, for one that
 * runs them as they are (env, sudo, timeout).
 */
export interface Transport {
    words: string[];
    command: 'word' | 'arguments';
}
/** The transport that runs every command on the runner itself (a self-hosted runner that lives on the member). */
export declare const LOCAL_TRANSPORT: Transport;
/**
 * Programs that join their arguments into one line for a remote shell, so the command must reach them as one quoted
 * word: ssh and what wraps it (autossh), the parallel shells (pdsh, dsh, clush), and rsh.
 */
export declare const REMOTE_SHELLS: readonly ['ssh', 'autossh', 'pdsh', 'dsh', 'clush', 'rsh'];
/**
 * Reads a transport template such as `ssh {member}` or `env ROLLGATE_MEMBER={member}`: words split on spaces.
 * `{member}` becomes the host; a `{command}` word states that the command is passed as one quoted string, for
 * transports that hand a string to a remote shell. The programs in REMOTE_SHELLS do that, so wherever one stands
 * `{command}` is implied when the template omits it; any other template passes the command as separate arguments.
 */
export declare function parseTransport(template: string | undefined): Transport;
/** The argv that runs a step: on the runner as written, elsewhere behind the transport with the host filled in. */
export declare function transportArgv(step: PlannedStep, transport: Transport): string[];
/** The bash script that carries out a stage: its parts in order, or the one part given as its argument. */
export declare function renderJobScript(stage: Stage, planId: string, transport: Transport): string;
