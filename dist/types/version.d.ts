/** rollgate's version, package.json's: the build and the test run define it; source run otherwise says so. */
export declare const VERSION: string;
