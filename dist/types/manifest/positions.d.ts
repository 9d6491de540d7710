import type { PathSegment, Position, SourceFile } from './source.js';
/** The line and column of the value at a path (or of the deepest part of the path that exists). */
export declare function positionOf(source: SourceFile, path: readonly PathSegment[]): Position;
/** The line and column of the key of a mapping entry, so findings about the entry point at its name. */
export declare function keyPositionOf(source: SourceFile, path: readonly PathSegment[]): Position;
/** The source text of the scalar at a path, as written (so `1.10` stays `1.10`). */
export declare function sourceTextAt(source: SourceFile, path: readonly PathSegment[]): string | undefined;
