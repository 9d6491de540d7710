/** fs.closeSync. */
export declare const closeSync: typeof import("fs").closeSync;
/** fs.constants. */
export declare const constants: typeof import("fs").constants;
/** fs.existsSync. */
export declare const existsSync: typeof import("fs").existsSync;
/** fs.fstatSync. */
export declare const fstatSync: typeof import("fs").fstatSync;
/** fs.openSync. */
export declare const openSync: typeof import("fs").openSync;
/** fs.readdirSync. */
export declare const readdirSync: typeof import("fs").readdirSync;
/** fs.readFileSync. */
export declare const readFileSync: typeof import("fs").readFileSync;
/** fs.readSync. */
export declare const readSync: typeof import("fs").readSync;
/** fs.realpathSync.native: the system's realpath, as node:fs/promises' realpath. */
export declare const realpathNative: typeof import("fs").realpathSync.native;
/** fs.statSync. */
export declare const statSync: import("fs").StatSyncFn;
/** fs.writeSync. */
export declare const writeSync: typeof import("fs").writeSync;
/** node:fs/promises, loaded on first use. */
export declare function fsPromises(): typeof import('node:fs/promises');
