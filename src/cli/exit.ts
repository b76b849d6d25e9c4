/** Exit codes (DESIGN.md): a public contract for scheduled runs. */
export const EXIT = {
  clean: 0,
  findings: 1,
  usage: 2,
  incomplete: 3,
} as const;

