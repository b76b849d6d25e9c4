/** Exit codes (DESIGN.md): a public contract for scheduled runs. */
export const EXIT = {
  clean: 0,
  findings: 1,
  usage: 2,
  incomplete: 3,
} as const;

/** A usage or configuration problem: printed as one sentence, exit 2, no stack trace. */
export class UsageError extends Error {}
