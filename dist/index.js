import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);

// src/action/index.ts
throw new Error("rollgate: the GitHub Action is not built yet.");
