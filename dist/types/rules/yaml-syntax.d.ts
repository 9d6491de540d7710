/** `yaml/syntax`: applied by the YAML reader (src/manifest/yaml.ts) before any rule runs. */
export declare const yamlSyntax: import("./types.js").Rule<"yaml/syntax", never>;
