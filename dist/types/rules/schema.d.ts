/** `schema`: applied by the loaders against schemas/fleet.schema.json and schemas/policy.schema.json. */
export declare const schema: import("./types.js").Rule<"schema", never>;
