/** `channel/eol`: a track or version past its end of life; staying on one the change did not touch is a warning. */
export declare const channelEol: import("./types.js").Rule<"channel/eol", "alreadyPastEndOfLife" | "pastEndOfLife">;
