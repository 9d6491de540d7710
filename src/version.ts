declare const __ROLLGATE_VERSION__: string | undefined;

/** rollgate's version, package.json's: the build and the test run define it; source run otherwise says so. */
export const VERSION: string =
  typeof __ROLLGATE_VERSION__ !== 'undefined' ? __ROLLGATE_VERSION__ : '0.0.0-source';
