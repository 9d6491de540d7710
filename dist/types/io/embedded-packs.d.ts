/** A built-in pack as the build embeds it: its text, and its value as JSON. */
export interface EmbeddedPack {
    text: string;
    json: string;
}
/** The embedded packs by name, or undefined when rollgate runs from source (the packs are then read from policies/). */
export declare function embeddedPacks(): Record<string, EmbeddedPack> | undefined;
