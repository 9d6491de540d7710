/**
 * `channel/eol`: a track or version past its end of life. One the base already ran there (a new revision of it
 * included), the change did not bring: a warning by default, as every finding already in the base; one the change
 * moves to is its own.
 */
export declare const channelEol: import("./types.js").Rule<"channel/eol", "alreadyPastEndOfLife" | "pastEndOfLife">;
