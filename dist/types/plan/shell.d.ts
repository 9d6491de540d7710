import type { PlannedStep } from './types.js';
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
    /** Whether `{member}` names the host, so each member's commands reach that member. */
    perMember: boolean;
    /** The user said `--transport local`: every command runs on the runner, whatever the cluster. */
    local?: boolean;
}
/** No transport: every command on the runner itself, which a plan allows only where one member's steps run there. */
export declare const LOCAL_TRANSPORT: Transport;
/** For a plan that is only looked at (the pull request's preview), never run: where commands would run is not judged. */
export declare const PREVIEW_TRANSPORT: Transport;
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
 * `local` runs every command on the runner, said knowingly. A template that names `{member}` twice or anywhere but
 * ssh's host, puts words after ssh's host, or puts `{command}` anywhere but last is refused.
 */
export declare function parseTransport(template: string | undefined): Transport;
/** The argv that runs a step: on the runner as written, elsewhere behind the transport with the host filled in. */
export declare function transportArgv(step: PlannedStep, transport: Transport): string[];
/** A line of text as a bash comment: control characters cannot end the comment and start a command. */
export declare function comment(text: string): string;
