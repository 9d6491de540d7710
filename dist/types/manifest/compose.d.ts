import { type CST, type Document, type Node } from 'yaml';
/** The tokens of a text. */
export declare function tokensOf(text: string): CST.Token[];
/** The first document of the tokens, composed as `parseDocument` does, with an error when more follow. */
export declare function composeFirstDocument(tokens: CST.Token[], length: number): Document.Parsed;
/** The offset of the first collection token nested deeper than the limit, walked without recursion. */
export declare function findTooDeepToken(tokens: CST.Token[]): number | undefined;
/** Whether a piece nests past the limit (counting the levels above it) or holds an alias, which a piece cannot resolve alone. */
export declare function hasDeepTokenOrAlias(tokens: CST.Token[], depth: number): boolean;
/** The first mapping or sequence node nested deeper than the limit, walked without recursion. */
export declare function findTooDeepNode(root: unknown): Node | null;
