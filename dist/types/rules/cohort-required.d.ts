/** `cohort/required`: components that must refresh in the snap's cohort, so every member gets the same revision. */
export declare const cohortRequired: import("./types.js").Rule<"cohort/required", "notInCohort">;
