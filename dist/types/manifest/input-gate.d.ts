import type { Finding } from '../findings.js';
/** The finding that keeps a text from being parsed at all, or undefined when it may be parsed. */
export declare function checkInput(text: string, file: string): Finding | undefined;
