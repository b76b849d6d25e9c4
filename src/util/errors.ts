/** Problems the user can fix: printed as one sentence, exit 2, no stack trace. */
export class UsageError extends Error {}

/** A configuration file or key that is wrong: a usage error that names the key and what was expected. */
export class ConfigError extends UsageError {}
