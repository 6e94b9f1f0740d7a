// Types of build.js for the TypeScript that imports it (bench/support.ts).
export const DIST: string;
export const BUNDLE: string;
export function buildIsStale(): boolean;
export function build(): number;
