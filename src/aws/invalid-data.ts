import { InventoryError } from './errors.js';
import { operationSpec, type ServiceKey } from './operations.js';

/** The AWS answer a value came from: names the operation (and so the IAM action) in the ERROR finding. */
export interface DataSource {
  service: ServiceKey;
  operation: string;
  account: string;
  region: string;
}

/**
 * "AWS answered, but not with something we can judge": an InventoryError of kind 'invalid-data'.
 * Thrown from a check (or inside result.forEach), the engine turns it into ERROR, never PASS.
 */
export function invalidData(source: DataSource, message: string, code = 'InvalidData'): InventoryError {
  return new InventoryError({
    kind: 'invalid-data',
    service: source.service,
    operation: source.operation,
    iamAction: operationSpec(source.service, source.operation).iamAction,
    code,
    message,
    account: source.account,
    region: source.region,
  });
}

/** Runs a parser over an AWS answer; a parse failure becomes invalid-data naming the source (checks never catch). */
export function parseOrInvalid<T>(source: DataSource, what: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof InventoryError) throw err;
    throw invalidData(source, `${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
